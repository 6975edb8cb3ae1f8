import * as React from 'react';
import type { Resource } from '../../domain/resources';
import { useIsMounted } from './useIsMounted';

/** Where {@link useResources} reads the TPS Resources list. */
export interface IResourcesSource {
  /** The TPS Resources store. */
  resources: { list(): Promise<Resource[]> };
}

/** What {@link useResources} returns. */
export interface IResources {
  /** The site's rows once read; `undefined` before (the domain's defaults then show the names without links). */
  rows: ReadonlyArray<Resource> | undefined;
  /** Reads the list once (later calls do nothing; after a failure the next call reads again). */
  ensureLoaded(): void;
}

/**
 * The TPS Resources rows (seed 004 "Extra": the intranet links the Blueprint names, kept by site owners). Read
 * lazily, the first time the person works in the web part, so first render stays within its request budget; a
 * failed read keeps the names without links and is tried again on the next call.
 */
export function useResources(data: IResourcesSource): IResources {
  const [rows, setRows] = React.useState<ReadonlyArray<Resource> | undefined>(undefined);
  const state = React.useRef<'idle' | 'loading' | 'done'>('idle');
  const mounted = useIsMounted();

  const ensureLoaded = React.useCallback((): void => {
    if (state.current !== 'idle') {
      return;
    }
    state.current = 'loading';
    data.resources
      .list()
      .then((read) => {
        state.current = 'done';
        if (mounted.current) {
          setRows(read);
        }
      })
      .catch(() => {
        state.current = 'idle';
      });
  }, [data, mounted]);

  return { rows, ensureLoaded };
}
