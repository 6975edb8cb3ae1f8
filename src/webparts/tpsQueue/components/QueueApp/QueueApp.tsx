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
import { usePolling } from '../../../../shared/hooks/usePolling';
import { queueOf, readPrefs, writePrefs } from '../../model';
import { offeredWorkTypes } from '../../../../domain/workTypes';
import { isOpenEnquiry } from '../../../../domain/enquiryValues';
import type { IQueuePrefs, QueueViewKey } from '../../model';
import type { IFinaliseProgress } from '../../actions';
import { QueueList } from '../QueueList';
import { EnquiryDetail } from '../EnquiryDetail';
import { beep } from './beep';
import { useQueueSetup } from './useQueueSetup';
import { useIsMounted } from '../../../../shared/hooks/useIsMounted';

/** How often the queue looks for new arrivals (issue 4: at most one request per 15 seconds, none while hidden). */
export const POLL_MS: number = 15000;

type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; items: IEnquiry[]; hasMore: boolean };

/**
 * The TPSO's queue. First render costs one request after the site gate: a `$batch` of every waiting enquiry
 * (filtered on the indexed Status), the TPSO's roster rows and the Work Types list. The queue is narrowed in the
 * browser to the work types chosen, which default to the TPSO's specialties (remembered on the device, so a
 * failed roster read still has them). Every poll refreshes the queue; a roster or work types read that failed is
 * retried in the same `$batch`.
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
  const { workTypes, rosterError, readRoster, readWorkTypes, stale } = useQueueSetup(data, login,
    (keys) => setPrefs(writePrefs(login, { specialties: keys, specialtiesAt: Date.now() })));
  // Finalise progress per enquiry, here rather than in the panel: closing it, reopening it or switching views
  // after a mail went out must not send a second one.
  const finaliseProgress = React.useRef<Map<number, IFinaliseProgress>>(new Map<number, IFinaliseProgress>());
  const seen = React.useRef<number[] | undefined>(undefined);
  const seenTypes = React.useRef<string>('');
  const mounted = useIsMounted();

  const specialties: string[] = prefs.specialties || [];
  const chosen: string[] = prefs.chosen || specialties;

  const progressFor = (id: number): IFinaliseProgress => {
    let p: IFinaliseProgress | undefined = finaliseProgress.current.get(id);
    if (!p) {
      p = { mailSent: false };
      finaliseProgress.current.set(id, p);
    }
    return p;
  };

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
        page = await data.enquiries.listResolvedOn(login, new Date());
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

  // First render: queue, roster and work types in one $batch, so it stays at two requests (site gate + this).
  React.useEffect(() => {
    const first: Promise<unknown> = data.readTogether((batched) =>
      Promise.all([loadWaiting(false, batched), readRoster(batched), readWorkTypes(batched)]));
    first.catch((error) => {
      // Only the batch itself can fail here (each read shows its own error): show it where the queue would be.
      if (mounted.current) {
        setWaiting({ kind: 'error', message: toUserMessage(error) });
      }
    });
  }, [data, loadWaiting, readRoster, readWorkTypes, login]);

  // Keep track of what the TPSO has already seen, so only new arrivals are announced.
  React.useEffect(() => {
    if (waiting.kind === 'ready') {
      announceArrivals(waiting.items, chosen);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [waiting, chosen.join(',')]);

  // Every tick refreshes the queue (arrivals are announced in every view); reads that have not succeeded yet ride
  // in the same $batch, so a tick is still one request.
  usePolling(async () => {
    const { roster, types } = stale();
    if (!roster && !types) {
      await loadWaiting(true);
      return;
    }
    await data.readTogether((batched) => Promise.all([
      loadWaiting(true, batched),
      roster ? readRoster(batched) : Promise.resolve(),
      types ? readWorkTypes(batched) : Promise.resolve()
    ]));
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

  const replaceInLists = (next: IEnquiry): void => {
    const replace = (load: Load): Load => load.kind === 'ready'
      ? { ...load, items: load.items.map((e) => (e.id === next.id ? next : e)) }
      : load;
    setWaiting(replace);
    setOther(replace);
  };

  const onChanged = (next: IEnquiry, message: string): void => {
    setNotice(message);
    const stillOpen: boolean = isOpenEnquiry(next.status);
    setSelected(stillOpen ? next : undefined);
    replaceInLists(next);
  };

  const onRefreshed = (next: IEnquiry): void => {
    setSelected((current) => (current && current.id === next.id ? next : current));
    replaceInLists(next);
  };

  const onLost = (message: string): void => {
    setNotice(message);
    setSelected(undefined);
    loadWaiting(true).catch(() => undefined);
  };

  const typeOptions: IDropdownOption[] = offeredWorkTypes(workTypes).map((t) => ({
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
          workTypes={workTypes}
        />
      )}
      {selected && (
        <EnquiryDetail
          key={selected.id}
          enquiry={selected}
          onChanged={onChanged}
          onLost={onLost}
          onRefreshed={onRefreshed}
          onClose={() => setSelected(undefined)}
          workTypes={workTypes}
          finaliseProgress={progressFor(selected.id)}
        />
      )}
    </Stack>
  );
};
