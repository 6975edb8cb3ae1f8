import * as React from 'react';
import type { IRosterEntry } from '../../../data/stores/types';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { useServices } from '../../../shared/services';

/**
 * The people an escalation can be handed to (seed 004: Senior Practitioners, and other staff such as the
 * development pool, who are on the roster): read from the TPS Roster when the assign form first shows.
 */
export function useRosterPeople(): IRosterEntry[] {
  const { data } = useServices();
  const [people, setPeople] = React.useState<IRosterEntry[]>([]);
  const mounted = useIsMounted();
  React.useEffect(() => {
    data.roster.listAll().then(
      (rows) => {
        if (mounted.current) {
          setPeople(rows.filter((r) => r.role === 'SSO' || r.role === 'TPSO'));
        }
      },
      () => undefined
    ); // "Assign to me" still works; the list stays empty.
  }, [data, mounted]);
  return people;
}
