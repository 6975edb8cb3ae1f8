import * as React from 'react';
import { toUserMessage } from '../../../shared/text/errorText';
import { MAX_BATCH_REQUESTS } from '../../../data/services';
import type { IDataServices } from '../../../data/services';
import type { IQolResponseKindRow, IQolTallyRow } from '../../../data/stores/types';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { useServices } from '../../../shared/services';
import { officersOf, summarise, summaryMonthKeys } from '../model';
import type { IQolPeriod, IQolSummary } from '../model';

/** Where the summary is. */
export type SummaryLoad =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; summary: IQolSummary };

/**
 * Reads a period's checks and the officers' responses to them, and summarises them, in two rounds of `$batch`:
 * the checks by the indexed WorkTypeMonthKey (one query per work type and month: each matches a few hundred of
 * 100,000 checks, so every query stays under the 5,000-item list view threshold; a month alone or a date range
 * would not), then the responses of each officer checked by the indexed OfficerKey. Fast because it is lean:
 * only the four columns a tally counts (no feedback text, no person expansion) and up to 100 queries per `$batch`
 * (SharePoint Online's most, PnPjs's default is 20), so 12 months of 15 work types are two requests, not nine.
 * A tally kept on write was not chosen: every check would update a shared counter item (412s under concurrent
 * checkers, and a count that drifts when a write half-fails), and the summary also needs open send-backs and
 * feedback, which officers' responses change in a list TPS staff do not write.
 */
export async function readSummary(
  data: IDataServices,
  workTypes: ReadonlyArray<string>,
  period: IQolPeriod
): Promise<IQolSummary> {
  const keys: string[] = summaryMonthKeys(workTypes, period);
  const perKey: IQolTallyRow[][] = await data.readTogether(
    (d) => Promise.all(keys.map((k) => d.qolChecks.listTallyForMonthKey('WorkTypeMonthKey', k))),
    { maxRequests: MAX_BATCH_REQUESTS }
  );
  const checks: IQolTallyRow[] = ([] as IQolTallyRow[]).concat(...perKey);
  const officers: string[] = officersOf(checks);
  const perOfficer: IQolResponseKindRow[][] =
    officers.length === 0
      ? []
      : await data.readTogether((d) => Promise.all(officers.map((o) => d.qolResponses.listKindsForOfficer(o))), {
          maxRequests: MAX_BATCH_REQUESTS
        });
  return summarise(checks, ([] as IQolResponseKindRow[]).concat(...perOfficer));
}

/** The quality summary of a period, read again when the period or the work types change. */
export function useQolSummary(
  workTypes: ReadonlyArray<string>,
  period: IQolPeriod
): { load: SummaryLoad; retry(): void } {
  const { data } = useServices();
  const [load, setLoad] = React.useState<SummaryLoad>({ kind: 'loading' });
  const [attempt, setAttempt] = React.useState<number>(0);
  const mounted = useIsMounted();
  const typesKey: string = workTypes.join(',');
  const periodKey: string = JSON.stringify(period);
  React.useEffect(() => {
    let current: boolean = true;
    setLoad({ kind: 'loading' });
    if (!typesKey) {
      return undefined; // no work types yet: nothing to read
    }
    readSummary(
      data,
      typesKey.split(',').filter((t) => !!t),
      JSON.parse(periodKey) as IQolPeriod
    ).then(
      (summary) => {
        if (current && mounted.current) {
          setLoad({ kind: 'ready', summary });
        }
      },
      (err) => {
        if (current && mounted.current) {
          setLoad({ kind: 'failed', message: toUserMessage(err) });
        }
      }
    );
    return () => {
      current = false;
    };
  }, [data, typesKey, periodKey, attempt, mounted]);
  return { load, retry: () => setAttempt((n) => n + 1) };
}
