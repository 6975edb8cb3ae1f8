import * as React from 'react';
import { useServices } from '../../../shared/services';
import { sameWorkTypes, workTypesFromList } from '../../../domain/workTypes';
import type { WorkType } from '../../../domain/workTypes';

/** What {@link useWorkTypes} returns. */
export interface IWorkTypes {
  /** The built-in types until the Work Types list has been read, then the list merged over them. */
  types: ReadonlyArray<WorkType>;
  /** Reads the Work Types list once (later calls do nothing). */
  ensureLoaded(): void;
}

/**
 * Work types without a request on first render: the first render of Ask TPS may make two requests (the site
 * gate's schema read and My enquiries), and a `$batch` would need a request digest (`contextinfo`, one more request
 * outside SharePoint pages). So the built-in types serve at once and the Work Types list is read the first time the
 * officer works in the form (focus), which is before they open the work type choice. A failed read keeps the
 * built-in types and is tried again on the next focus.
 */
export function useWorkTypes(): IWorkTypes {
  const { data } = useServices();
  const [types, setTypes] = React.useState<ReadonlyArray<WorkType>>(() => workTypesFromList(undefined));
  const state = React.useRef<'idle' | 'loading' | 'done'>('idle');
  const mounted = React.useRef<boolean>(true);
  React.useEffect(() => () => { mounted.current = false; }, []);

  const ensureLoaded = React.useCallback((): void => {
    if (state.current !== 'idle') {
      return;
    }
    state.current = 'loading';
    data.workTypes.list().then((rows) => {
      state.current = 'done';
      if (mounted.current) {
        // Same options as shown: keep the array, so an open work type choice is not disturbed.
        const next: ReadonlyArray<WorkType> = workTypesFromList(rows);
        setTypes((shown) => (sameWorkTypes(shown, next) ? shown : next));
      }
    }).catch(() => {
      state.current = 'idle';
    });
  }, [data]);

  return { types, ensureLoaded };
}
