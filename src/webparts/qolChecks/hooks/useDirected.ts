import * as React from 'react';
import type { IQolCheck, IQolDirection } from '../../../data/stores/types';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { useServices } from '../../../shared/services';
import { directedRows, directionKeysToRead } from '../model';
import type { IDirectedRow } from '../model';

/**
 * A TPSO's directions with what is done. Their own checks of this month and last come with the first screen
 * (`recent`, by the indexed CheckerMonthKey); only directions reaching further back read the older months' checks
 * by the indexed month keys of each direction's officer or work type (one `$batch`). `recorded` bumps when this TPSO
 * saves a check, so the counts follow their morning's work (read again then, all months).
 */
export function useDirected(
  directions: IQolDirection[],
  recorded: number,
  now: Date,
  recent: { keys: string[]; checks: IQolCheck[] }
): IDirectedRow[] {
  const { data, user } = useServices();
  const [checks, setChecks] = React.useState<IQolCheck[]>([]);
  const mounted = useIsMounted();
  React.useEffect(() => {
    const preloaded: string[] = recorded === 0 ? recent.keys : [];
    const keys = directionKeysToRead(directions, preloaded, new Date());
    const known: IQolCheck[] = recorded === 0 ? recent.checks : [];
    if (keys.length === 0) {
      setChecks(known);
      return;
    }
    data
      .readTogether((d) => Promise.all(keys.map((k) => d.qolChecks.listForMonthKey(k.column, k.key))))
      .then(
        (pages) => {
          if (mounted.current) {
            setChecks(known.concat(...pages));
          }
        },
        () => undefined
      ); // the directions still show, with the counts of the last read
  }, [data, directions, recorded, recent, mounted]);
  return React.useMemo(() => directedRows(directions, checks, user.login, now), [directions, checks, user.login, now]);
}
