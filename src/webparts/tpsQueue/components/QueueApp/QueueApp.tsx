import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import * as strings from 'TpsQueueWebPartStrings';
import { useServices } from '../../../../shared/services';
import { format } from '../../../../shared/text/format';
import { toUserMessage } from '../../../../data/errors';
import type { IEnquiry } from '../../../../data/stores/types';
import type { IPage } from '../../../../data/stores/listStore';
import type { IDataServices } from '../../../../data/services';
import { DEFAULT_WORK_TYPES } from '../../../../domain/workTypes';
import { usePolling } from '../../../../shared/hooks/usePolling';
import { queueOf, readPrefs, startOfToday, writePrefs } from '../../queueModel';
import type { IQueuePrefs, QueueViewKey } from '../../queueModel';
import { QueueList } from '../QueueList';
import { EnquiryDetail } from '../EnquiryDetail';

/** How often the queue looks for new arrivals (issue 4: at most one request per 15 seconds, none while hidden). */
export const POLL_MS: number = 15000;

type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; items: IEnquiry[]; hasMore: boolean };

function beep(): void {
  try {
    const Ctx: typeof AudioContext | undefined = (window as unknown as { AudioContext?: typeof AudioContext }).AudioContext;
    if (!Ctx) {
      return;
    }
    const ctx: AudioContext = new Ctx();
    const osc: OscillatorNode = ctx.createOscillator();
    const gain: GainNode = ctx.createGain();
    gain.gain.value = 0.05;
    osc.frequency.value = 880;
    osc.connect(gain);
    gain.connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.15);
  } catch {
    // No sound on this device.
  }
}

/**
 * The TPSO's queue. First render costs one GET after the site gate: every waiting enquiry (filtered on the
 * indexed Status), narrowed in the browser to the work types chosen, which default to the TPSO's specialties
 * from the roster remembered on this device. The roster itself is read with the first poll (or, on a device that
 * has never seen it, alongside the queue).
 */
export const QueueApp: React.FC = () => {
  const { data, user } = useServices();
  const login: string = user.login.toLowerCase();
  const [prefs, setPrefs] = React.useState<IQueuePrefs>(() => readPrefs(login));
  const [view, setView] = React.useState<QueueViewKey>('waiting');
  const [waiting, setWaiting] = React.useState<Load>({ kind: 'loading' });
  const [other, setOther] = React.useState<Load>({ kind: 'loading' });
  const [selected, setSelected] = React.useState<IEnquiry | undefined>(undefined);
  const [notice, setNotice] = React.useState<string>('');
  const [rosterError, setRosterError] = React.useState<string>('');
  const rosterFresh = React.useRef<boolean>(false);
  const seen = React.useRef<number[] | undefined>(undefined);
  const seenTypes = React.useRef<string>('');
  const mounted = React.useRef<boolean>(true);
  React.useEffect(() => () => { mounted.current = false; }, []);

  const specialties: string[] = prefs.specialties || [];
  const chosen: string[] = prefs.chosen || specialties;

  const readRoster = React.useCallback(async (source: IDataServices = data): Promise<void> => {
    try {
      const rows = await source.roster.forPerson(login);
      const keys: string[] = [];
      for (const r of rows) {
        for (const k of r.workTypes) {
          if (keys.indexOf(k) < 0) {
            keys.push(k);
          }
        }
      }
      rosterFresh.current = true;
      if (mounted.current) {
        setPrefs(writePrefs(login, { specialties: keys, specialtiesAt: Date.now() }));
        setRosterError('');
      }
    } catch (error) {
      if (mounted.current) {
        setRosterError(toUserMessage(error));
      }
    }
  }, [data, login]);

  const announceArrivals = React.useCallback((items: IEnquiry[], types: string[]): void => {
    const ids: number[] = queueOf(items, types).map((e) => e.id);
    const before: number[] | undefined = seen.current;
    const typesKey: string = types.slice().sort().join(',');
    const sameTypes: boolean = seenTypes.current === typesKey;
    seen.current = ids;
    seenTypes.current = typesKey;
    if (!before || !sameTypes) {
      return;
    }
    let fresh: number = 0;
    for (const id of ids) {
      if (before.indexOf(id) < 0) {
        fresh++;
      }
    }
    if (fresh > 0) {
      setNotice(fresh === 1 ? strings.NewArrivalOne : format(strings.NewArrivalMany, fresh));
      if (readPrefs(login).sound) {
        beep();
      }
    }
  }, [login]);

  const loadWaiting = React.useCallback(async (quiet: boolean, source: IDataServices = data): Promise<void> => {
    if (!quiet) {
      setWaiting({ kind: 'loading' });
    }
    try {
      const page: IPage<IEnquiry> = await source.enquiries.listAllWaiting();
      if (mounted.current) {
        setWaiting({ kind: 'ready', items: page.items, hasMore: page.hasMore });
      }
    } catch (error) {
      if (mounted.current && !quiet) {
        setWaiting({ kind: 'error', message: toUserMessage(error) });
      }
    }
  }, [data]);

  const loadOther = React.useCallback(async (v: QueueViewKey): Promise<void> => {
    setOther({ kind: 'loading' });
    try {
      let page: IPage<IEnquiry>;
      if (v === 'mine') {
        page = await data.enquiries.listHeldBy(login, ['Claimed', 'TakenOver']);
      } else if (v === 'takenOver') {
        page = await data.enquiries.listHeldBy(login, ['TakenOver']);
      } else {
        page = await data.enquiries.listResolvedSince(login, startOfToday(new Date()));
      }
      if (mounted.current) {
        setOther({ kind: 'ready', items: page.items, hasMore: page.hasMore });
      }
    } catch (error) {
      if (mounted.current) {
        setOther({ kind: 'error', message: toUserMessage(error) });
      }
    }
  }, [data, login]);

  // First render: the queue; on a device that has never read the roster, the roster with it in one $batch, so the
  // first render stays at two requests (site gate + this) on every device.
  React.useEffect(() => {
    const first: Promise<unknown> = readPrefs(login).specialties
      ? loadWaiting(false)
      : data.readTogether((batched) => Promise.all([loadWaiting(false, batched), readRoster(batched)]));
    first.catch((error) => {
      // Only the batch itself can fail here (each read shows its own error): show it where the queue would be.
      if (mounted.current) {
        setWaiting({ kind: 'error', message: toUserMessage(error) });
      }
    });
  }, [data, loadWaiting, readRoster, login]);

  // Keep track of what the TPSO has already seen, so only new arrivals are announced.
  React.useEffect(() => {
    if (waiting.kind === 'ready') {
      announceArrivals(waiting.items, chosen);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [waiting, chosen.join(',')]);

  usePolling(async () => {
    if (!rosterFresh.current) {
      await readRoster();
      return;
    }
    if (view === 'waiting') {
      await loadWaiting(true);
    }
  }, { intervalMs: POLL_MS });

  const onChooseTypes = (option?: IDropdownOption): void => {
    if (!option) {
      return;
    }
    const key: string = String(option.key);
    const next: string[] = chosen.filter((k) => k !== key);
    if (option.selected) {
      next.push(key);
    }
    setPrefs(writePrefs(login, { chosen: next }));
  };

  const onView = (item?: PivotItem): void => {
    const key: QueueViewKey = ((item && item.props.itemKey) || 'waiting') as QueueViewKey;
    setView(key);
    setSelected(undefined);
    if (key === 'waiting') {
      loadWaiting(false).catch(() => undefined);
    } else {
      loadOther(key).catch(() => undefined);
    }
  };

  const onChanged = (next: IEnquiry, message: string): void => {
    setNotice(message);
    const stillOpen: boolean = next.status === 'Claimed' || next.status === 'TakenOver' || next.status === 'Waiting';
    setSelected(stillOpen ? next : undefined);
    const replace = (load: Load): Load => load.kind === 'ready'
      ? { ...load, items: load.items.map((e) => (e.id === next.id ? next : e)) }
      : load;
    setWaiting(replace);
    setOther(replace);
  };

  const onLost = (message: string): void => {
    setNotice(message);
    setSelected(undefined);
    loadWaiting(true).catch(() => undefined);
  };

  const typeOptions: IDropdownOption[] = DEFAULT_WORK_TYPES.map((t) => ({
    key: t.key,
    text: t.title + (specialties.indexOf(t.key) >= 0 ? strings.SpecialtyMark : '')
  }));

  const current: Load = view === 'waiting' ? waiting : other;
  const rows: IEnquiry[] = current.kind !== 'ready' ? []
    : view === 'waiting' ? queueOf(current.items, chosen) : current.items;

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="queue-announcer">
        {notice && <MessageBar messageBarType={MessageBarType.info} onDismiss={() => setNotice('')} dismissButtonAriaLabel={strings.Dismiss}>{notice}</MessageBar>}
      </div>
      {rosterError && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>{format(strings.RosterFailed, rosterError)}</MessageBar>
      )}
      {!rosterError && prefs.specialties && prefs.specialties.length === 0 && (
        <MessageBar messageBarType={MessageBarType.info}>{strings.NoSpecialties}</MessageBar>
      )}
      <Pivot selectedKey={view} onLinkClick={onView} headersOnly={true} aria-label={strings.ViewsLabel}>
        <PivotItem itemKey="waiting" headerText={strings.ViewWaiting} />
        <PivotItem itemKey="mine" headerText={strings.ViewMine} />
        <PivotItem itemKey="takenOver" headerText={strings.ViewTakenOver} />
        <PivotItem itemKey="resolvedToday" headerText={strings.ViewResolvedToday} />
      </Pivot>
      {view === 'waiting' && (
        <Stack horizontal={true} wrap={true} verticalAlign="end" tokens={{ childrenGap: 16 }}>
          <Dropdown
            label={strings.WorkTypesLabel}
            multiSelect={true}
            selectedKeys={chosen}
            options={typeOptions}
            onChange={(_e, option) => onChooseTypes(option)}
            styles={{ dropdown: { minWidth: 280 } }}
          />
          <DefaultButton text={strings.MySpecialties} onClick={() => setPrefs(writePrefs(login, { chosen: undefined }))} />
          <Checkbox label={strings.SoundLabel} checked={!!prefs.sound} onChange={(_e, v) => setPrefs(writePrefs(login, { sound: !!v }))} />
        </Stack>
      )}
      {current.kind === 'loading' && <Spinner size={SpinnerSize.medium} label={strings.Loading} ariaLive="polite" />}
      {current.kind === 'error' && (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline={true}
          actions={<DefaultButton onClick={() => { onView({ props: { itemKey: view } } as PivotItem); }}>{strings.Retry}</DefaultButton>}
        >
          {format(strings.LoadFailed, current.message)}
        </MessageBar>
      )}
      {current.kind === 'ready' && (
        <QueueList
          view={view}
          items={rows}
          selectedId={selected ? selected.id : undefined}
          onOpen={(e) => setSelected(e)}
          hasMore={current.hasMore}
        />
      )}
      {selected && (
        <EnquiryDetail
          key={selected.id}
          enquiry={selected}
          onChanged={onChanged}
          onLost={onLost}
          onClose={() => setSelected(undefined)}
        />
      )}
    </Stack>
  );
};
