import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'EscalationsWebPartStrings';
import type { IEscalation } from '../../../../data/stores/types';
import { PrivacyTextField } from '../../../../shared/components/PrivacyTextField';
import { useServices } from '../../../../shared/services';
import { format } from '../../../../shared/text/format';
import { assign } from '../../actions';
import { useSaveAction } from '../../../../shared/hooks/useSaveAction';
import { useRosterPeople } from '../../hooks/useRosterPeople';

/** Assign to me, or to another SSO or member of the development pool; a reassignment says why (seed 004). */
export const AssignForm: React.FC<{ escalation: IEscalation; onSaved: (e: IEscalation, text: string) => void }> = ({
  escalation,
  onSaved
}) => {
  const { data, user } = useServices();
  const me: string = user.login.toLowerCase();
  const people = useRosterPeople();
  const [to, setTo] = React.useState<string>('');
  const [reason, setReason] = React.useState<string>('');
  const action = useSaveAction();
  const held: boolean = !!escalation.assigneeKey;
  const options = people
    .filter((p) => p.personKey !== escalation.assigneeKey)
    .map((p) => ({ key: p.personKey, text: p.title }));

  const save = async (key: string): Promise<void> => {
    const ok = await action.run(async () => {
      const saved = await assign(data, escalation, { key: me, displayName: user.displayName }, key, reason);
      onSaved(saved, format(strings.Assigned, saved.id, saved.assigneeName || saved.assigneeKey || key));
    });
    if (ok) {
      setReason('');
      setTo('');
    }
  };

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {escalation.assigneeKey !== me && (
        <PrimaryButton
          text={strings.AssignToMe}
          disabled={action.busy}
          onClick={() => {
            save(me).catch(() => undefined);
          }}
        />
      )}
      <Dropdown
        label={strings.AssignTo}
        options={options}
        selectedKey={to || null}
        onChange={(_, o) => setTo(o ? String(o.key) : '')}
      />
      {held && <PrivacyTextField label={strings.ReassignReason} value={reason} onChange={setReason} required={true} />}
      <DefaultButton
        text={strings.AssignOther}
        disabled={action.busy || !to}
        onClick={() => {
          save(to).catch(() => undefined);
        }}
      />
      {action.error && <MessageBar messageBarType={MessageBarType.error}>{action.error}</MessageBar>}
    </Stack>
  );
};
