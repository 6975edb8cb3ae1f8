import * as React from 'react';
import { useServices } from '../../../../shared/services';
import { centreTimeZoneOf, DEFAULT_CENTRE_TIME_ZONE } from '../../../../domain/centres';
import { toUserMessage } from '../../../../data/errors';
import { DEFAULT_WORK_TYPES } from '../../../../domain/workTypes';
import type { WorkType } from '../../../../domain/workTypes';
import { PostEnquiryForm } from '../PostEnquiryForm';
import type { IEnquiryDraft } from '../PostEnquiryForm';

/**
 * The officer's centre time zone, until the roster or profile supplies it: the browser's zone when it is one of the
 * Smart Centre zones (or an alias of one, e.g. Australia/ACT for Canberra), otherwise Sydney.
 */
export function guessCentreTimeZone(): string {
  try {
    return centreTimeZoneOf(Intl.DateTimeFormat().resolvedOptions().timeZone);
  } catch {
    // Older browsers without Intl time zones.
  }
  return DEFAULT_CENTRE_TIME_ZONE;
}

/** Props of {@link AskTpsPosting}. */
export interface IAskTpsPostingProps {
  /** Work types to offer (defaults to the built-in ones). */
  workTypes?: ReadonlyArray<WorkType>;
  /** Called after a post lands (e.g. to refresh My enquiries at once). */
  onPosted?: () => void;
}

/** Connects the posting form to the Enquiries list of the web part's site. */
export const AskTpsPosting: React.FC<IAskTpsPostingProps> = ({ workTypes, onPosted }) => {
  const { data, user } = useServices();
  const enquiries = data.enquiries;

  const post = React.useCallback(async (draft: IEnquiryDraft): Promise<void> => {
    try {
      await enquiries.create({
        requestKey: draft.requestKey,
        workType: draft.workType,
        reason: draft.reason,
        question: draft.question,
        referencesChecked: draft.referencesChecked,
        referencesRead: draft.referencesRead || undefined,
        customerOnHold: draft.customerOnHold,
        centreTimeZone: guessCentreTimeZone(),
        requesterKey: user.login.toLowerCase(),
        crn: draft.crn || undefined
      });
    } catch (error) {
      throw new Error(toUserMessage(error));
    }
  }, [enquiries, user.login]);

  return (
    <PostEnquiryForm
      onSubmit={post}
      userKey={user.login}
      workTypes={workTypes || DEFAULT_WORK_TYPES}
      onPosted={onPosted ? () => onPosted() : undefined}
    />
  );
};
