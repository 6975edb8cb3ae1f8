import * as strings from 'BoutiqueSharedStrings';
import {
  formatTime,
  httpStatus,
  isConflictError,
  isDuplicateValueError,
  isHttpError,
  isProvisioningError,
  isThresholdError,
  serverError
} from '../../data/errors';
import type { MailOutcome } from '../../data/mail';
import { format } from './format';

/**
 * Plain words for any error the data layer can throw, for a MessageBar. The data layer classifies (src/data/errors);
 * the words are here and in loc.
 */
export function toUserMessage(err: unknown): string {
  if (isConflictError(err)) {
    const when: string = err.modified ? format(strings.ErrorConflictAt, formatTime(err.modified)) : '';
    return format(strings.ErrorConflict, err.what, err.editorTitle || strings.ErrorConflictSomeone, when);
  }
  if (isProvisioningError(err)) {
    return format(strings.ErrorStepFailed, err.step, toUserMessage(err.cause));
  }
  if (!isHttpError(err)) {
    if (err instanceof TypeError) {
      return strings.ErrorOffline;
    }
    return err instanceof Error ? err.message : String(err);
  }
  const status: number | undefined = httpStatus(err);
  if (status === 429 || status === 503 || status === 504) {
    // PnPjs has already retried by the time this is shown: say so, and that nothing typed is lost.
    return strings.ErrorBusy;
  }
  if (status === 401 || status === 403) {
    return strings.ErrorNoPermission;
  }
  if (status === 404) {
    return strings.ErrorNotFound;
  }
  if (status === 412) {
    return strings.ErrorChangedBySomeone;
  }
  if (isDuplicateValueError(err)) {
    // Only a copy the user can read back is "already saved" (the stores return it); this value is held by an item
    // they cannot see, so nothing of theirs was saved.
    return strings.ErrorDuplicateKey;
  }
  if (isThresholdError(err)) {
    return strings.ErrorThreshold;
  }
  const e: { code: string; message: string } = serverError(err);
  return format(strings.ErrorRefused, err.status, e.message ? format(strings.ErrorRefusedDetail, e.message) : '.');
}

/** What a TPSO is told when the answer mail did not go (the work itself is saved either way). */
export function mailOutcomeText(outcome: MailOutcome): string {
  if (outcome.kind === 'consentMissing') {
    return strings.MailConsentMissing;
  }
  return outcome.kind === 'failed' ? toUserMessage(outcome.error) : '';
}
