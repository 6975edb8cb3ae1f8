import * as React from 'react';
import type { IQolCheck, IQolDirection } from '../../../data/stores/types';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { useServices } from '../../../shared/services';
import { directedRows, directionMonthKeys } from '../model';
import type { IDirectedRow } from '../model';

/**
 * A TPSO's directions with what is done: the checks that count are read by the indexed month keys of each
 * direction's officer or work type (one `$batch`), when the directions first show or change, not on every poll.
 * `recorded` bumps when this TPSO saves a check, so the counts follow their morning's work.
 */
export function useDirected(directions: IQolDirection[], recorded: number, now: Date): IDirectedRow[] {
  const { data, user } = useServices();
  const [checks, setChecks] = React.useState<IQolCheck[]>([]);
  const mounted = useIsMounted();
  React.useEffect(() => {
    const keys = directionMonthKeys(directions, new Date());
    if (keys.length === 0) {
      setChecks([]);
      return;
    }
    data
      .readTogether((d) => Promise.all(keys.map((k) => d.qolChecks.listForMonthKey(k.column, k.key))))
      .then(
        (pages) => {
          if (mounted.current) {
            setChecks(([] as IQolCheck[]).concat(...pages));
          }
        },
        () => undefined
      ); // the directions still show, with the counts of the last read
  }, [data, directions, recorded, mounted]);
  return React.useMemo(() => directedRows(directions, checks, user.login, now), [directions, checks, user.login, now]);
}
