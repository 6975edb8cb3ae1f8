import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'EscalationsWebPartStrings';
import type { IEnquiry, IEscalation } from '../../../../data/stores/types';
import { FINALISATION_REASONS, WORK_COMPLETED_BY } from '../../../../domain/escalationLifecycle';
import type { FinalisationReason, WorkCompletedBy } from '../../../../domain/escalationLifecycle';
import { useServices } from '../../../../shared/services';
import { format } from '../../../../shared/text/format';
import { finalise } from '../../actions';
import { useSaveAction } from '../../../../shared/hooks/useSaveAction';

const REASONS = FINALISATION_REASONS.map((r) => ({ key: r.key, text: r.title }));
const WHO = WORK_COMPLETED_BY.map((w) => ({ key: w.key, text: w.title }));

/** Finalises with a seed-004 reason and who completes the work; the officer and the TPSO are told by mail. */
export const FinaliseForm: React.FC<{
  escalation: IEscalation;
  enquiry: IEnquiry | undefined;
  pastDayOne: boolean;
  onSaved: (e: IEscalation, text: string) => void;
}> = ({ escalation, enquiry, pastDayOne, onSaved }) => {
  const { data, user } = useServices();
  const [reason, setReason] = React.useState<FinalisationReason | ''>('');
  const [who, setWho] = React.useState<WorkCompletedBy | ''>(pastDayOne ? 'SeniorPractitioner' : '');
  const action = useSaveAction();
  const save = async (): Promise<void> => {
    await action.run(async () => {
      const result = await finalise(
        data,
        escalation,
        { key: user.login.toLowerCase(), displayName: user.displayName },
        { reason, completedBy: who },
        enquiry
      );
      onSaved(
        result.escalation,
        result.mailProblem
          ? format(strings.FinalisedNoMail, escalation.id, result.mailProblem)
          : format(strings.Finalised, escalation.id)
      );
    });
  };
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Dropdown
        label={strings.FinaliseReason}
        options={REASONS}
        selectedKey={reason || null}
        required={true}
        onChange={(_, o) => setReason(o ? (o.key as FinalisationReason) : '')}
      />
      <Dropdown
        label={strings.CompletedBy}
        options={WHO}
        selectedKey={who || null}
        required={true}
        onChange={(_, o) => setWho(o ? (o.key as WorkCompletedBy) : '')}
      />
      <PrimaryButton
        text={strings.FinaliseButton}
        disabled={action.busy}
        onClick={() => {
          save().catch(() => undefined);
        }}
      />
      {action.error && <MessageBar messageBarType={MessageBarType.error}>{action.error}</MessageBar>}
    </Stack>
  );
};
