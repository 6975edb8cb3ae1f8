/**
 * Demo data for the Operational Blueprint rules in the TPS Queue: a stop-payment request at the top of Tom's queue
 * (seeds 002 item 10, 004), a customer asking for a technical expert just under it (seed 002 item 4), an enquiry
 * whose work type a TPSO corrected (recorded on Enquiry Handling), a phone contact Tom recorded for Priya (seed
 * 002 item 7: she cannot open it in Ask TPS, she gets the mail), and a warm transfer to a Team Leader (the Team
 * Leader transfers view). Everything goes in through the app's own stores as the persona who would do it.
 */
import { EnquiryStore } from '../../src/data/stores/EnquiryStore';
import { HandlingStore, resolvedDayKey } from '../../src/data/stores/HandlingStore';
import type { IEnquiry, INewEnquiry } from '../../src/data/stores/types';
import { TECHNICAL_EXPERT_REASON } from '../../src/domain/queuePriority';
import { serialiseCorrections } from '../../src/domain/tpsOutcomes';
import { localSpAs } from './localClient';

const SO1 = 'so1@boutique.local';
const SO2 = 'so2@boutique.local';
const TPSO1 = 'tpso1@boutique.local';
const TPSO2 = 'tpso2@boutique.local';

function enquiry(key: string, requesterKey: string, over: Partial<INewEnquiry>): INewEnquiry {
  return {
    requestKey: 'demo-blueprint-' + key,
    workType: 'AIC',
    reason: 'System will not allow updates',
    question: 'The boarding allowance will not update after the school change.',
    referencesChecked: ['Operational Blueprint'],
    customerOnHold: false,
    centreTimeZone: 'Australia/Melbourne',
    requesterKey,
    ...over
  };
}

/** Claims an enquiry for a TPSO as the queue does: Enquiry Handling first, then the officer's copy. */
async function claimAs(siteUrl: string, login: string, e: IEnquiry, at: Date): Promise<number> {
  const handling = new HandlingStore(localSpAs(siteUrl, login));
  const userId = await handling.resolveUserId(login);
  const h = await handling.claim(
    { enquiryId: e.id, workType: e.workType, requesterKey: e.requesterKey },
    login,
    userId,
    at
  );
  await new EnquiryStore(localSpAs(siteUrl, login)).patchOnce(
    e.id,
    { status: 'Claimed', assigneeKey: login, claimedAt: at },
    '*',
    userId
  );
  return h.id;
}

/** Seeds the Blueprint demo items; returns how many enquiries. */
export async function seedBlueprint(siteUrl: string, now: number = Date.now()): Promise<number> {
  const asSo1 = new EnquiryStore(localSpAs(siteUrl, SO1));
  const asSo2 = new EnquiryStore(localSpAs(siteUrl, SO2));
  await asSo1.create(
    enquiry('stop', SO1, {
      reason: 'Arrears or negative adjustment unsure',
      stopPayment: true,
      customerOnHold: true,
      question:
        'Finalising the reassessment generated arrears the customer is not entitled to. Stop Payment Request DOC recorded.'
    })
  );
  await asSo1.create(
    enquiry('expert', SO1, {
      reason: TECHNICAL_EXPERT_REASON,
      customerOnHold: true,
      question: 'The customer wants a technical expert to explain the rate calculation.'
    })
  );

  // Posted under Pensioner Education Supplement, corrected to AIC by Tom (who, when, from, to on Enquiry Handling).
  const wrong = await asSo2.create(
    enquiry('corrected', SO2, { workType: 'PES', centreTimeZone: 'Australia/Brisbane' })
  );
  const tomHandling = new HandlingStore(localSpAs(siteUrl, TPSO1));
  const waiting = await tomHandling.ensureWaiting({ enquiryId: wrong.id, workType: 'PES', requesterKey: SO2 });
  const at = new Date(now - 5 * 60000);
  await tomHandling.update(waiting, {
    workType: 'AIC',
    corrections: serialiseCorrections([{ at, byKey: TPSO1, field: 'workType', from: 'PES', to: 'AIC' }])
  });
  await new EnquiryStore(localSpAs(siteUrl, TPSO1)).patchOnce(wrong.id, { workType: 'AIC' }, '*');

  // A phone contact Tom recorded for Priya, claimed by him.
  const phone = await new EnquiryStore(localSpAs(siteUrl, TPSO1)).create(
    enquiry('phone', SO2, {
      contactSource: 'Phone',
      centreTimeZone: 'Australia/Brisbane',
      question: 'Phoned: the claim will not progress past the income screen.'
    })
  );
  await claimAs(siteUrl, TPSO1, phone, new Date(now - 3 * 60000));

  // Not a technical issue: Fiona told the officer to warm transfer the call to the Team Leader.
  const transfer = await asSo2.create(
    enquiry('transfer', SO2, {
      workType: 'FHA',
      reason: TECHNICAL_EXPERT_REASON,
      centreTimeZone: 'Australia/Brisbane',
      question: 'The customer wants to complain about how the call was handled.'
    })
  );
  const resolvedAt = new Date(now - 60 * 60000);
  const hId = await claimAs(siteUrl, TPSO2, transfer, new Date(now - 70 * 60000));
  const fiona = new HandlingStore(localSpAs(siteUrl, TPSO2));
  const h = await fiona.getById(hId);
  await fiona.update(h, {
    status: 'Resolved',
    outcome: 'WarmTransferTeamLeader',
    resolvedAt,
    resolvedDayKey: resolvedDayKey(TPSO2, resolvedAt),
    notifiedAt: resolvedAt
  });
  await new EnquiryStore(localSpAs(siteUrl, TPSO2)).patchOnce(
    transfer.id,
    {
      status: 'Resolved',
      resolvedAt,
      notifiedAt: resolvedAt,
      resolution:
        'This is not a technical issue: please warm transfer the customer to your Team Leader (customer service issues are handled by an APS5 or above).'
    },
    '*'
  );
  return 5;
}
