import * as React from 'react';
import { toUserMessage } from '../../../shared/text/errorText';
import type { IDataServices } from '../../../data/services';
import type { IQolCheck, IQolResponse } from '../../../data/stores/types';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { useServices } from '../../../shared/services';
import { officersOf, summarise, summaryMonthKeys } from '../model';
import type { IQolPeriod, IQolSummary } from '../model';

/** Where the summary is. */
export type SummaryLoad =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; summary: IQolSummary };

/**
 * Reads a period's checks and the officers' responses to them, and summarises them. Two `$batch` requests (plus
 * pages past 5,000 items): the checks by the indexed WorkTypeMonthKey (one query per work type and month), then
 * the responses by the indexed OfficerKey of each officer checked. Neither query filters first on a person or
 * date column, so both hold under the list view threshold on 100,000 checks.
 */
export async function readSummary(
  data: IDataServices,
  workTypes: ReadonlyArray<string>,
  period: IQolPeriod
): Promise<IQolSummary> {
  const keys: string[] = summaryMonthKeys(workTypes, period);
  const perKey: IQolCheck[][] = await data.readTogether((d) =>
    Promise.all(keys.map((k) => d.qolChecks.listForMonthKey('WorkTypeMonthKey', k)))
  );
  const checks: IQolCheck[] = ([] as IQolCheck[]).concat(...perKey);
  const officers: string[] = officersOf(checks);
  const perOfficer =
    officers.length === 0
      ? []
      : await data.readTogether((d) => Promise.all(officers.map((o) => d.qolResponses.listForOfficer(o))));
  const responses: IQolResponse[] = ([] as IQolResponse[]).concat(...perOfficer.map((p) => p.items));
  return summarise(checks, responses);
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
