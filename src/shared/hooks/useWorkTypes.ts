import * as React from 'react';
import { sameWorkTypes, workTypesFromList } from '../../domain/workTypes';
import type { WorkType } from '../../domain/workTypes';
import { useIsMounted } from './useIsMounted';

/** Where {@link useWorkTypes} reads the Work Types list (the data services, or a `$batch` of them). */
export interface IWorkTypesSource {
  /** The Work Types store. */
  workTypes: { list(): Promise<WorkType[]> };
}

/** What {@link useWorkTypes} returns. */
export interface IWorkTypes {
  /** The built-in types until the Work Types list has been read, then the list merged over them. */
  types: ReadonlyArray<WorkType>;
  /** Reads the list once (later calls do nothing; after a failure the next call reads again). */
  ensureLoaded(): void;
  /** Reads the list now through `source` (e.g. a `$batch`); never throws: a failure keeps the types shown. */
  read(source?: IWorkTypesSource): Promise<void>;
  /** True until a read has succeeded (to retry it with the next refresh). */
  isStale(): boolean;
}

/**
 * The work types to offer, from the Work Types list (active ones; see `workTypesFromList`). The built-in types
 * serve until the list is read, so the first render needs no request; a failed read keeps them and is tried again.
 * Unchanged options keep the same array, so an open work type choice is not disturbed.
 */
export function useWorkTypes(data: IWorkTypesSource): IWorkTypes {
  const [types, setTypes] = React.useState<ReadonlyArray<WorkType>>(() => workTypesFromList(undefined));
  const state = React.useRef<'idle' | 'loading' | 'done'>('idle');
  const mounted = useIsMounted();

  const read = React.useCallback(
    async (source: IWorkTypesSource = data): Promise<void> => {
      state.current = 'loading';
      try {
        const rows: WorkType[] = await source.workTypes.list();
        state.current = 'done';
        if (mounted.current) {
          const next: ReadonlyArray<WorkType> = workTypesFromList(rows);
          setTypes((shown) => (sameWorkTypes(shown, next) ? shown : next));
        }
      } catch {
        state.current = 'idle';
      }
    },
    [data, mounted]
  );

  const ensureLoaded = React.useCallback((): void => {
    if (state.current === 'idle') {
      read().catch(() => undefined);
    }
  }, [read]);

  const isStale = React.useCallback((): boolean => state.current !== 'done', []);
  return { types, ensureLoaded, read, isStale };
}
