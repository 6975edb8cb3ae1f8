import * as React from 'react';
import type { IQolResponse, IQolResult } from '../../../data/stores/types';
import type { QolResponseKind } from '../../../domain/qol';
import { useSaveAction } from '../../../shared/hooks/useSaveAction';
import type { ISaveAction } from '../../../shared/hooks/useSaveAction';
import { useServices } from '../../../shared/services';
import { respond } from '../actions';

/**
 * The request key of an officer's response: one per check and kind, so pressing again, retrying after a failure or
 * answering from two tabs lands one response.
 */
export function responseKey(checkId: number, kind: QolResponseKind): string {
  return 'qol-' + kind.toLowerCase() + '-' + String(checkId);
}

/** An officer acknowledging feedback or confirming a correction; `onLanded` shows it at once. */
export function useRespond(onLanded: (r: IQolResponse) => void): {
  save: ISaveAction;
  send(result: IQolResult, kind: QolResponseKind): Promise<boolean>;
} {
  const { data } = useServices();
  const save = useSaveAction();
  const send = React.useCallback(
    (result: IQolResult, kind: QolResponseKind): Promise<boolean> =>
      save.run(async () => {
        onLanded(await respond(data, result, kind, responseKey(result.checkId, kind)));
      }),
    [data, save, onLanded]
  );
  return { save, send };
}
