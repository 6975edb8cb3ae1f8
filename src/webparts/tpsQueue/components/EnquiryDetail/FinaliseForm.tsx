import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import * as strings from 'TpsQueueWebPartStrings';
import { useServices } from '../../../../shared/services';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import { format } from '../../../../shared/text/format';
import { isConflictError } from '../../../../data/errors';
import type { IEnquiry } from '../../../../data/stores/types';
import type { WorkType } from '../../../../domain/workTypes';
import { parseReferences } from '../../../../domain/references';
import { ReferenceLinks } from '../../../../shared/components/ReferenceLinks';
import { actorOf, MAX_LENGTH } from '../../model';
import { workTypeTitle } from '../../../../domain/workTypes';
import { finalise } from '../../actions';
import type { IFinaliseProgress } from '../../actions';
import { ActionError } from './ActionError';
import type { RunAction } from './ActionError';

/** Props of {@link FinaliseForm}. */
export interface IFinaliseFormProps {
  enquiry: IEnquiry;
  workTypes: ReadonlyArray<WorkType>;
  /** This enquiry's finalise progress, kept by the queue so it outlives the panel (the mail goes once). */
  progress: IFinaliseProgress;
  disabled: boolean;
  run: RunAction;
  error: string | undefined;
  onChanged: (next: IEnquiry, message: string) => void;
  /** A newer copy of the enquiry was read (after a conflict): show it, keep what was typed. */
  onRefreshed: (next: IEnquiry) => void;
  section: string;
}

/** References given, Comments, and "Finalise and notify SO" (or without mail for urgent QOL). */
export const FinaliseForm: React.FC<IFinaliseFormProps> = (props) => {
  const { enquiry, workTypes, progress, disabled, run, error, onChanged, onRefreshed, section } = props;
  const { data, user } = useServices();
  const actor = React.useMemo(() => actorOf(user), [user]);
  const [refs, setRefs] = React.useState<string>('');
  const [comment, setComment] = React.useState<string>('');
  const [urgentQol, setUrgentQol] = React.useState<boolean>(false);
  const officer: string = enquiry.authorName || enquiry.requesterKey;

  const parsed = parseReferences(refs);
  const stored: string = parsed.valid.join(', ');
  const refsError: string | undefined = parsed.invalid.length > 0
    ? format(strings.ReferencesInvalid, parsed.invalid.join(', '))
    : stored.length > MAX_LENGTH.referencesGiven ? format(strings.ReferencesTooLong, MAX_LENGTH.referencesGiven, stored.length) : undefined;

  const [tried, setTried] = React.useState<boolean>(false);
  const finaliseNow = (): Promise<void> => run(strings.Finalising, 'finalise', async () => {
    try {
      const next = await finalise(data, enquiry, actor,
        { referencesGiven: refs, comment, notify: !urgentQol, workTypeTitle: workTypeTitle(workTypes, enquiry.workType) }, progress);
      onChanged(next, format(urgentQol ? strings.FinalisedNoMail : strings.Finalised, next.id, officer));
    } catch (err) {
      if (!isConflictError(err)) {
        throw err;
      }
      // Someone changed it since it was read: say who, and whether the officer already has the mail; re-read it
      // so "Finalise" can be pressed again with the new ETag (the progress makes sure no second mail goes).
      const fresh: IEnquiry | undefined = await data.enquiries.getById(enquiry.id).catch(() => undefined);
      if (fresh) {
        onRefreshed(fresh);
      }
      throw new Error(format(progress.mailSent ? strings.FinaliseConflictMailed : strings.FinaliseConflict,
        err.editorTitle || strings.SomeoneElse, enquiry.id, officer));
    }
  });
  const onFinalise = (): Promise<void> => {
    if (refsError) {
      setTried(true);
      return Promise.resolve();
    }
    return finaliseNow();
  };

  return (
    <Stack tokens={{ childrenGap: 8 }} className={section}>
      <h4 style={{ margin: 0 }}>{strings.FinaliseHeading}</h4>
      <TextField
        label={strings.ReferencesGiven}
        description={strings.ReferencesGivenHelp}
        value={refs}
        onChange={(_e, v) => setRefs(v || '')}
        errorMessage={refsError}
        disabled={disabled}
        required={true}
      />
      <ReferenceLinks label={strings.ReferenceLinks} numbers={parsed.valid} />
      <PrivacyTextField label={strings.Comments} value={comment} onChange={setComment} multiline={true} rows={4}
        required={true} disabled={disabled} description={strings.CommentsHelp} />
      <Checkbox label={strings.UrgentQol} checked={urgentQol} onChange={(_e, v) => setUrgentQol(!!v)} disabled={disabled} />
      <Text block={true} variant="small">{urgentQol ? strings.NoMailHelp : strings.MailHelp}</Text>
      {progress.mailSent && !urgentQol && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>{format(strings.MailAlreadySent, officer)}</MessageBar>
      )}
      <ActionError message={tried && refsError ? refsError : error} />
      <Stack horizontal={true}>
        <PrimaryButton text={urgentQol ? strings.FinaliseNoMail : strings.FinaliseAndNotify}
          onClick={() => { onFinalise().catch(() => undefined); }} disabled={disabled} />
      </Stack>
    </Stack>
  );
};
