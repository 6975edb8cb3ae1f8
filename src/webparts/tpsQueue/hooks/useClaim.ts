import * as React from 'react';
import * as strings from 'TpsQueueWebPartStrings';
import { useServices } from '../../../shared/services';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { format } from '../../../shared/text/format';
import { isConflictError } from '../../../data/errors';
import { canDo } from '../../../domain/enquiryLifecycle';
import { claim } from '../actions';
import { stateOf } from '../model';
import type { IEnquiryPanel } from './useEnquiryAction';

/** The claimant's site user id for the Assignee person: resolving, known, or not found (claim resolves it then). */
type ClaimId = { kind: 'resolving' } | { kind: 'ready'; id: number } | { kind: 'unknown' };

/** What {@link useClaim} returns. */
export interface IClaim {
  /** The lifecycle lets this TPSO claim the enquiry. */
  mayClaim: boolean;
  /** The person id for the claim is still being read: Claim waits. */
  preparing: boolean;
  /** Claims it; a lost race is announced through the panel's `onLost`. */
  claim: () => Promise<void>;
}

/**
 * Claiming from the panel. A claimable enquiry prepares the claim (the person id for the Assignee column, cached by
 * the store) so the claim itself is one request; Claim waits for it, so no claim lands without the person the
 * officer sees.
 */
export function useClaim(panel: IEnquiryPanel): IClaim {
  const { enquiry, data, actor, run, onChanged, onLost } = panel;
  const { user } = useServices();
  const mayClaim: boolean = canDo(stateOf(enquiry), 'claim', actor);
  const [claimId, setClaimId] = React.useState<ClaimId>(() => (mayClaim ? { kind: 'resolving' } : { kind: 'unknown' }));
  const mounted = useIsMounted();

  React.useEffect(() => {
    if (!mayClaim || claimId.kind === 'ready') {
      return;
    }
    setClaimId({ kind: 'resolving' });
    data.enquiries
      .resolveUserId(user.login)
      .then((id) => {
        if (mounted.current) {
          setClaimId(id === undefined ? { kind: 'unknown' } : { kind: 'ready', id });
        }
      })
      .catch(() => {
        if (mounted.current) {
          setClaimId({ kind: 'unknown' });
        }
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mayClaim, data, user.login]);

  const onClaim = (): Promise<void> =>
    run(strings.Claiming, 'claim', async () => {
      try {
        const next = await claim(data, enquiry, actor, claimId.kind === 'ready' ? claimId.id : undefined);
        onChanged(next, format(strings.Claimed, next.id));
      } catch (err) {
        if (isConflictError(err)) {
          onLost(format(strings.ClaimLost, enquiry.id, err.editorTitle || strings.AnotherTpso));
          return;
        }
        throw err;
      }
    });
  return { mayClaim, preparing: claimId.kind === 'resolving', claim: onClaim };
}
