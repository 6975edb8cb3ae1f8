import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'AskTpsWebPartStrings';
import { useServices } from '../../../../shared/services';
import { format } from '../../../../shared/text/format';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import { toUserMessage } from '../../../../data/errors';
import type { IEnquiry, IRosterEntry } from '../../../../data/stores/types';
import { hasBlockingFindings } from '../../../../domain/privacy';
import { newRequestKey } from '../../../../data/requestKey';
import { useIsMounted } from '../../../../shared/hooks/useIsMounted';

type FlagState = { kind: 'editing' } | { kind: 'sending' } | { kind: 'failed'; message: string } | { kind: 'sent' };

/**
 * Flags an answer as technically incorrect (seed 004 feedback protocol): records Feedback for the answering TPSO's
 * team leader, read from the TPS Roster. The detail goes through the privacy guard; a retry lands once (one
 * request key per open form).
 */
export const FlagAnswer: React.FC<{ enquiry: IEnquiry; onClose: () => void }> = ({ enquiry, onClose }) => {
  const { data, user } = useServices();
  const [detail, setDetail] = React.useState<string>('');
  const [state, setState] = React.useState<FlagState>({ kind: 'editing' });
  const [tried, setTried] = React.useState<boolean>(false);
  const requestKey = React.useRef<string>(newRequestKey());
  const mounted = useIsMounted();
  const tpso: string = enquiry.assigneeName || strings.SomeoneTps;
  const blocked: boolean = hasBlockingFindings(detail);
  const empty: boolean = !detail.trim();

  const send = async (): Promise<void> => {
    setTried(true);
    if (empty || blocked || state.kind === 'sending') {
      return;
    }
    setState({ kind: 'sending' });
    try {
      const tpsoKey: string = (enquiry.assigneeKey || '').toLowerCase();
      const rows: IRosterEntry[] = await data.roster.forPerson(tpsoKey);
      let teamLeaderKey: string | undefined;
      for (const r of rows) {
        if (r.teamLeaderKey) {
          teamLeaderKey = r.teamLeaderKey.toLowerCase();
          break;
        }
      }
      if (!teamLeaderKey) {
        throw new Error(format(strings.FlagNoTeamLeader, tpso));
      }
      await data.feedback.create({
        requestKey: requestKey.current,
        enquiryId: enquiry.id,
        tpsoKey,
        teamLeaderKey,
        raisedByKey: user.login.toLowerCase(),
        detail: detail.trim()
      });
      if (mounted.current) {
        setState({ kind: 'sent' });
      }
    } catch (error) {
      if (mounted.current) {
        setState({ kind: 'failed', message: toUserMessage(error) });
      }
    }
  };

  if (state.kind === 'sent') {
    return (
      <MessageBar messageBarType={MessageBarType.success} role="status" delayedRender={false}>
        {format(strings.FlagSent, tpso)}
      </MessageBar>
    );
  }

  const sending: boolean = state.kind === 'sending';
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <PrivacyTextField
        label={strings.FlagHeading}
        description={format(strings.FlagDescription, tpso)}
        value={detail}
        onChange={setDetail}
        multiline={true}
        rows={3}
        required={true}
        disabled={sending}
        errorMessage={tried && empty ? strings.FlagEmpty : tried && blocked ? strings.FlagPrivacy : undefined}
      />
      {state.kind === 'failed' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true} role="alert" delayedRender={false}>
          <strong>{strings.FlagFailed}</strong> {state.message}
        </MessageBar>
      )}
      <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={sending ? strings.FlagSending : strings.FlagSend} disabled={sending}
          onClick={() => { send().catch(() => undefined); }} />
        <DefaultButton text={strings.FlagCancel} disabled={sending} onClick={onClose} />
      </Stack>
    </Stack>
  );
};
