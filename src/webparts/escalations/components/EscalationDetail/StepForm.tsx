import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'EscalationsWebPartStrings';
import type { IEscalation } from '../../../../data/stores/types';
import type { EscalationNoteInput } from '../../../../domain/escalationLifecycle';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import { useServices } from '../../../../shared/services';
import { addStep } from '../../actions';
import { useSaveAction } from '../../../../shared/hooks/useSaveAction';

const EMPTY: EscalationNoteInput = {
  actionTaken: '',
  resourcesUsed: '',
  actionRequiredByOfficer: '',
  officerCallBack: false,
  whyNotFinalised: '',
  referredToIct: false
};

/**
 * Documents a step (seed 004 "Documenting escalations"), each text through the privacy guard: action taken,
 * resources used, action required by the officer and whether they must call the customer back, and why it is
 * not finalised on day one. A system issue or a death review records it as a follow-up. Kept as typed on failure.
 */
export const StepForm: React.FC<{
  escalation: IEscalation;
  pastDayOne: boolean;
  onSaved: (e: IEscalation, text: string) => void;
}> = ({ escalation, pastDayOne, onSaved }) => {
  const { data, user } = useServices();
  const [note, setNote] = React.useState<EscalationNoteInput>(EMPTY);
  const [blocked, setBlocked] = React.useState<{ [field: string]: boolean }>({});
  const action = useSaveAction();
  const set = (patch: Partial<EscalationNoteInput>): void => setNote((n) => ({ ...n, ...patch }));
  const onValidity =
    (field: string): ((b: boolean) => void) =>
    (b: boolean): void =>
      setBlocked((x) => ({ ...x, [field]: b }));
  const anyBlocked: boolean = Object.keys(blocked).some((k) => blocked[k]);
  const followUps: boolean = escalation.category === 'SystemIssue' || escalation.category === 'NotificationOfDeath';

  const save = async (kind: 'note' | 'followUp'): Promise<void> => {
    const ok = await action.run(async () => {
      const saved = await addStep(
        data,
        escalation,
        { key: user.login.toLowerCase(), displayName: user.displayName },
        kind,
        note
      );
      onSaved(saved, strings.Saved);
    });
    if (ok) {
      setNote(EMPTY);
    }
  };

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <PrivacyTextField
        label={strings.ActionTaken}
        value={note.actionTaken}
        onChange={(v) => set({ actionTaken: v })}
        multiline={true}
        rows={2}
        required={true}
        onValidityChange={onValidity('a')}
      />
      <PrivacyTextField
        label={strings.ResourcesUsed}
        value={note.resourcesUsed}
        onChange={(v) => set({ resourcesUsed: v })}
        required={true}
        onValidityChange={onValidity('r')}
      />
      <PrivacyTextField
        label={strings.ActionRequired}
        value={note.actionRequiredByOfficer}
        onChange={(v) => set({ actionRequiredByOfficer: v })}
        multiline={true}
        rows={2}
        onValidityChange={onValidity('o')}
      />
      <Checkbox
        label={strings.CallBack}
        checked={note.officerCallBack}
        onChange={(_, c) => set({ officerCallBack: !!c })}
      />
      <PrivacyTextField
        label={strings.WhyNotFinalised}
        value={note.whyNotFinalised}
        onChange={(v) => set({ whyNotFinalised: v })}
        multiline={true}
        rows={2}
        required={pastDayOne}
        onValidityChange={onValidity('w')}
      />
      {escalation.category === 'ArrearsStopPayment' && escalation.urgent && (
        <Checkbox
          label={strings.ReferredToIct}
          checked={!!note.referredToIct}
          onChange={(_, c) => set({ referredToIct: !!c })}
        />
      )}
      <Stack horizontal={true} tokens={{ childrenGap: 8 }}>
        <PrimaryButton
          text={strings.SaveNote}
          disabled={action.busy || anyBlocked}
          onClick={() => {
            save('note').catch(() => undefined);
          }}
        />
        {followUps && (
          <DefaultButton
            text={strings.SaveFollowUp}
            disabled={action.busy || anyBlocked}
            onClick={() => {
              save('followUp').catch(() => undefined);
            }}
          />
        )}
      </Stack>
      {action.error && <MessageBar messageBarType={MessageBarType.error}>{action.error}</MessageBar>}
    </Stack>
  );
};
