import * as React from 'react';
import { toUserMessage } from '../../../shared/text/errorText';
import type { IDataServices } from '../../../data/services';
import type { WorkType } from '../../../domain/workTypes';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { useWorkTypes } from '../../../shared/hooks/useWorkTypes';

/** What {@link useQueueSetup} returns. */
export interface IQueueSetup {
  /** The Work Types list once read; the built-in types until then (or while it is empty). */
  workTypes: ReadonlyArray<WorkType>;
  /** Why the roster could not be read ('' when it was). */
  rosterError: string;
  /** Reads the TPSO's roster rows (through `source`, e.g. a batch) and hands on their specialties. */
  readRoster(source?: IDataServices): Promise<void>;
  /** Reads the Work Types list (through `source`, e.g. a batch). */
  readWorkTypes(source?: IDataServices): Promise<void>;
  /** Which of the two has not been read successfully yet (to retry with the next queue refresh). */
  stale(): { roster: boolean; types: boolean };
}

/**
 * The queue's set-up reads: the TPSO's specialties from the TPS Roster and the Work Types list. Both start
 * inside the caller's `$batch` (they never throw: a failure is state), and report which still need a read.
 */
export function useQueueSetup(
  data: IDataServices,
  login: string,
  onSpecialties: (keys: string[]) => void
): IQueueSetup {
  const [rosterError, setRosterError] = React.useState<string>('');
  const rosterRead = React.useRef<boolean>(false);
  const mounted = useIsMounted();
  const types = useWorkTypes(data);
  const specialties = React.useRef(onSpecialties);
  specialties.current = onSpecialties;

  const readRoster = React.useCallback(
    async (source: IDataServices = data): Promise<void> => {
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
        rosterRead.current = true;
        if (mounted.current) {
          specialties.current(keys);
          setRosterError('');
        }
      } catch (error) {
        if (mounted.current) {
          setRosterError(toUserMessage(error));
        }
      }
    },
    [data, login, mounted]
  );

  // A failed read keeps the built-in types on screen; the next refresh tries again.
  const readWorkTypes: (source?: IDataServices) => Promise<void> = types.read;
  const typesStale: () => boolean = types.isStale;
  const stale = React.useCallback(() => ({ roster: !rosterRead.current, types: typesStale() }), [typesStale]);
  return { workTypes: types.types, rosterError, readRoster, readWorkTypes, stale };
}
