import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ComboBox } from '@fluentui/react/lib/ComboBox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'QolChecksWebPartStrings';
import type { IQolPerson } from '../../../../data/stores/QolCheckStore';
import type { IRosterEntry } from '../../../../data/stores/types';
import { newRequestKey } from '../../../../data/requestKey';
import type { IQolDirectionDraft } from '../../../../domain/qol';
import { offeredWorkTypes } from '../../../../domain/workTypes';
import { useIsMounted } from '../../../../shared/hooks/useIsMounted';
import { useSaveAction } from '../../../../shared/hooks/useSaveAction';
import { useWorkTypes } from '../../../../shared/hooks/useWorkTypes';
import { useServices } from '../../../../shared/services';
import { directChecks } from '../../actions';
import { getClassNames } from '../RecordCheckForm/RecordCheckForm.styles';
import type { IDirectChecksFormProps } from './IDirectChecksFormProps';

const EMPTY: IQolDirectionDraft = { tpsoKey: '', officerKey: '', workType: '', checkCount: 5, dueDate: '' };

/**
 * A Team Leader or SSO directs checks to a TPSO: a number of one officer's activities, or of one work type, by a
 * due date. The TPSOs come from the roster, the officers from the site's people (both read when the form opens).
 */
const DirectChecksForm: React.FC<IDirectChecksFormProps> = ({ onDirected, onClose }) => {
  const { data } = useServices();
  const classes = getClassNames(useTheme());
  const headingId: string = React.useMemo(() => getId('qolDirect'), []);
  const [draft, setDraft] = React.useState<IQolDirectionDraft>(EMPTY);
  const [tpsos, setTpsos] = React.useState<IRosterEntry[]>([]);
  const [people, setPeople] = React.useState<IQolPerson[]>([]);
  const workTypes = useWorkTypes(data);
  const ensureTypes = workTypes.ensureLoaded;
  const save = useSaveAction();
  const key = React.useRef<string>(newRequestKey('direct'));
  const mounted = useIsMounted();
  React.useEffect(() => ensureTypes(), [ensureTypes]);
  React.useEffect(() => {
    data
      .readTogether((d) => Promise.all([d.roster.listAll(), d.qolChecks.listPeople()]))
      .then(
        ([rows, ps]) => {
          if (mounted.current) {
            setTpsos(rows.filter((r) => r.role === 'TPSO'));
            setPeople(ps);
          }
        },
        () => undefined
      ); // the save explains what is missing
  }, [data, mounted]);

  const typeOptions: IDropdownOption[] = [{ key: '', text: strings.DirectNoWorkType }].concat(
    offeredWorkTypes(workTypes.types).map((t) => ({ key: t.key, text: t.title }))
  );

  const onSubmit = (e: React.FormEvent): void => {
    e.preventDefault();
    let saved: Awaited<ReturnType<typeof directChecks>> | undefined;
    save
      .run(async () => {
        saved = await directChecks(data, draft, key.current, new Date());
      })
      .then(
        (ok) => {
          if (ok && saved) {
            const tpso = tpsos.filter((t) => t.personKey === saved!.tpsoKey)[0];
            key.current = newRequestKey('direct');
            setDraft(EMPTY);
            onDirected(saved, tpso ? tpso.title : saved.tpsoKey);
          }
        },
        () => undefined
      );
  };

  return (
    <form className={classes.root} aria-labelledby={headingId} noValidate={true} onSubmit={onSubmit}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h4" variant="mediumPlus" id={headingId} block={true}>
          {strings.DirectHeading}
        </Text>
        <Dropdown
          label={strings.DirectTpsoLabel}
          required={true}
          disabled={save.busy}
          options={tpsos.map((t) => ({ key: t.personKey, text: t.title }))}
          selectedKey={draft.tpsoKey || null} // eslint-disable-line @rushstack/no-new-null
          onChange={(_e, o) => {
            if (o) {
              setDraft({ ...draft, tpsoKey: String(o.key) });
            }
          }}
        />
        <ComboBox
          label={strings.DirectOfficerLabel}
          autoComplete="on"
          allowFreeform={false}
          disabled={save.busy}
          useComboBoxAsMenuWidth={true}
          options={people.map((p) => ({ key: p.key, text: p.title + ' (' + p.key + ')' }))}
          selectedKey={draft.officerKey || null} // eslint-disable-line @rushstack/no-new-null
          onChange={(_e, o) => setDraft({ ...draft, officerKey: o ? String(o.key) : '' })}
        />
        <Dropdown
          label={strings.DirectWorkTypeLabel}
          disabled={save.busy}
          options={typeOptions}
          selectedKey={draft.workType}
          onChange={(_e, o) => {
            if (o) {
              setDraft({ ...draft, workType: String(o.key) });
            }
          }}
        />
        <TextField
          label={strings.DirectCountLabel}
          type="number"
          min={1}
          max={100}
          required={true}
          disabled={save.busy}
          value={String(draft.checkCount)}
          onChange={(_e, v) => setDraft({ ...draft, checkCount: Number(v) })}
        />
        <TextField
          label={strings.DirectDueLabel}
          type="date"
          required={true}
          disabled={save.busy}
          value={draft.dueDate}
          onChange={(_e, v) => setDraft({ ...draft, dueDate: v || '' })}
        />
        {save.error && (
          <MessageBar messageBarType={MessageBarType.error} role="alert">
            {save.error}
          </MessageBar>
        )}
        <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={save.busy ? strings.Saving : strings.DirectSave} disabled={save.busy} />
          <DefaultButton text={strings.CloseRecordForm} onClick={onClose} disabled={save.busy} />
        </Stack>
      </Stack>
    </form>
  );
};

export default DirectChecksForm;
