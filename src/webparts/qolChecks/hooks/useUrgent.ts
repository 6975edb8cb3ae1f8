import * as React from 'react';
import type { IQolCheck, IQolResponse } from '../../../data/stores/types';
import { newRequestKey } from '../../../data/requestKey';
import { useSaveAction } from '../../../shared/hooks/useSaveAction';
import type { ISaveAction } from '../../../shared/hooks/useSaveAction';
import { useServices } from '../../../shared/services';
import { claimUrgent, requestUrgent } from '../actions';
import type { IUrgentRequestDraft } from '../actions';

/** A checker claiming urgent requests: the claim (one checker wins; the loser's error names the winner). */
export function useClaimUrgent(onClaimed: (c: IQolCheck) => void): {
  save: ISaveAction;
  claim(request: IQolResponse): Promise<boolean>;
} {
  const { data } = useServices();
  const save = useSaveAction();
  const claim = React.useCallback(
    (request: IQolResponse): Promise<boolean> =>
      save.run(async () => {
        onClaimed(await claimUrgent(data, request, new Date()));
      }),
    [data, save, onClaimed]
  );
  return { save, claim };
}

/**
 * An officer asking for an urgent QOL: the request key is kept until the request lands, so a retry after a failure
 * lands once; a refusal (not one of the two reasons) keeps the form as typed.
 */
export function useRequestUrgent(onSent: (r: IQolResponse) => void): {
  save: ISaveAction;
  send(draft: IUrgentRequestDraft): Promise<boolean>;
} {
  const { data } = useServices();
  const save = useSaveAction();
  const key = React.useRef<string>(newRequestKey('urgent'));
  const send = React.useCallback(
    async (draft: IUrgentRequestDraft): Promise<boolean> => {
      const ok: boolean = await save.run(async () => {
        onSent(await requestUrgent(data, draft, key.current, new Date()));
      });
      if (ok) {
        key.current = newRequestKey('urgent');
      }
      return ok;
    },
    [data, save, onSent]
  );
  return { save, send };
}
