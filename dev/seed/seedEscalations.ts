/**
 * Demo escalations for the SSO board: a real morning at the Adelaide and Darwin centres (and a few elsewhere) —
 * every category, some overdue, arrears due at close of business today, follow-ups, one already with Sasha.
 * Deadlines come from the domain rules; everything goes in through the app's own store as the raising TPSO.
 */
import { EscalationStore } from '../../src/data/stores/EscalationStore';
import { createBusinessCalendar } from '../../src/domain/businessCalendar';
import type { EscalationCategory } from '../../src/domain/escalationCategories';
import { computeEscalationDeadlines } from '../../src/domain/escalationDeadlines';
import { localSpAs } from './localClient';

const HOUR: number = 3600 * 1000;

interface IDemoEscalation {
  category: EscalationCategory;
  zone: string;
  hoursAgo: number;
  ict: boolean;
  summary: string;
  assignee?: string;
}

const DEMO: IDemoEscalation[] = [
  {
    category: 'ArrearsStopPayment',
    zone: 'Australia/Adelaide',
    hoursAgo: 1,
    ict: false,
    summary: 'Arrears generated after a rate change; the Stop Payment Request DOC holds the amount.'
  },
  {
    category: 'ArrearsStopPayment',
    zone: 'Australia/Darwin',
    hoursAgo: 2,
    ict: false,
    summary: 'Incorrect arrears after the income update; stop payment needed before close of business.'
  },
  {
    category: 'NotificationOfDeath',
    zone: 'Australia/Adelaide',
    hoursAgo: 30,
    ict: true,
    summary: 'Death coding will not complete for the partner record; referred to ICT.'
  },
  {
    category: 'NotificationOfDeath',
    zone: 'Australia/Darwin',
    hoursAgo: 3,
    ict: false,
    summary: 'Coding the death of a customer stops at the payment screen.'
  },
  {
    category: 'FCSO',
    zone: 'Australia/Adelaide',
    hoursAgo: 24 * 9,
    ict: true,
    summary: 'FCSO/SAC claim stuck at assessment; ICT incident raised.'
  },
  {
    category: 'SystemIssue',
    zone: 'Australia/Adelaide',
    hoursAgo: 24 * 8,
    ict: true,
    summary: 'Rate will not recalculate after the income change: NNU says a fix is coming.',
    assignee: 'sso@boutique.local'
  },
  {
    category: 'SystemIssue',
    zone: 'Australia/Sydney',
    hoursAgo: 24 * 2,
    ict: true,
    summary: 'The system will not allow the address update; incident raised.'
  },
  {
    category: 'PolicyReferral',
    zone: 'Australia/Adelaide',
    hoursAgo: 24 * 3,
    ict: false,
    summary: 'Two references disagree on the income test for this work type.'
  },
  {
    category: 'ReviewOfDecision',
    zone: 'Australia/Adelaide',
    hoursAgo: 5,
    ict: false,
    summary: 'Customer asked for a review of the decision made on the call.'
  },
  {
    category: 'ComplexUnableToResolve',
    zone: 'Australia/Darwin',
    hoursAgo: 26,
    ict: false,
    summary: 'Complex assessment the TPSO could not resolve within scope.'
  },
  {
    category: 'ComplexUnableToResolve',
    zone: 'Australia/Perth',
    hoursAgo: 4,
    ict: false,
    summary: 'Coding results in an error the references do not solve.'
  }
];

/** Seeds the demo escalations; returns how many. */
export async function seedEscalations(siteUrl: string, now: number = Date.now()): Promise<number> {
  const store = new EscalationStore(localSpAs(siteUrl, 'tpso1@boutique.local'));
  let n = 0;
  for (const d of DEMO) {
    const raisedAt = new Date(now - d.hoursAgo * HOUR);
    const eped = d.category === 'SystemIssue' ? new Date(now + 4 * 24 * HOUR) : undefined;
    const deadlines = computeEscalationDeadlines(
      {
        category: d.category,
        raisedAt,
        timeZone: d.zone,
        referredToIct: d.ict,
        eped,
        affectsEntitlement: d.category === 'SystemIssue',
        finalisedAtFirstContact: false
      },
      createBusinessCalendar({ timeZone: d.zone })
    );
    const created = await store.create({
      requestKey: 'demo-board-' + n,
      enquiryId: 1 + n,
      workType: 'AIC',
      category: d.category,
      dueAt: deadlines.dueAt,
      reviewAt: deadlines.reviewAt,
      nextFollowUpAt: deadlines.nextFollowUpAt,
      eped,
      referredToIct: d.ict,
      ictIncident: d.ict ? 'INC' + (4100000 + n) : undefined,
      docRecorded: true,
      urgent: deadlines.urgent,
      raisedByKey: 'tpso1@boutique.local',
      summary: d.summary,
      centreTimeZone: d.zone
    });
    if (d.assignee) {
      await store.update(created.id, { status: 'Assigned', assigneeKey: d.assignee }, created.etag);
    }
    n++;
  }
  return n;
}
