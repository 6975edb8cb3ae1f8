/**
 * Demo data for the Operational Blueprint pieces of Ask TPS: intranet placeholder URLs in TPS Resources (a real site
 * owner pastes the real ones), and for so1 the newest enquiries: one answered with typed references (an NNU, a
 * mySupport article, an Office Locator entry and a TPS resource; no OB number), one escalated as an NNU-backed
 * system issue, and answers whose "technically incorrect" flags are in review, confirmed and declined.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { LIST } from '../../src/data/schema';
import { EnquiryFields, FeedbackFields, FeedbackReviewFields, ResourceFields } from '../../src/data/columns';
import { storeReferences } from '../../src/domain/references';
import type { ILocalSharePoint } from '../server';
import { localSpAs } from './localClient';

const OWNER = 'owner@boutique.local';
const SO1 = 'so1@boutique.local';
const TPSO1 = 'tpso1@boutique.local';
const SSO = 'sso@boutique.local';
const TL = 'tl@boutique.local';

/** Placeholder intranet addresses (a site owner replaces them); one left blank, as a new site has them all. */
const PLACEHOLDERS: Record<string, string> = {
  tpsoAccountability: 'https://intranet.example/tps/tpso-accountability-statement',
  mySupportWebforms: 'https://mysupport.example/webforms',
  boutiqueSupportTable: 'https://intranet.example/tps/boutique-technical-support',
  telephonySupportTable: 'https://intranet.example/tps/telephony-technical-support',
  stopPayment: 'https://ictservicedesk.example/how-to-stop-an-incorrect-payment',
  ictServiceDesk: 'https://ictservicedesk.example/',
  ictIncidentForm: 'https://ictservicedesk.example/online-incident-form',
  policyAdvisorForm: 'https://intranet.example/smart-centres/policy-advisor-web-form',
  fccDirectKnownIssue: 'https://mysupport.example/webforms/fcc-direct-known-issue',
  apprenticeshipTaskCards: 'https://intranet.example/smart-centres/operations/task-cards'
};

/** Seeds the resources' URLs and so1's Blueprint demo enquiries and flags; returns how many items it wrote. */
export async function seedResources(server: ILocalSharePoint, now: number = Date.now()): Promise<number> {
  const owner = localSpAs(server.siteUrl, OWNER);
  const resources = owner.web.lists.getByTitle(LIST.resources).items;
  let n = 0;
  const rows: Array<{ Id: number; [f: string]: unknown }> = await resources
    .select('Id', ResourceFields.ResourceKey)
    .top(100)();
  for (const r of rows) {
    const url = PLACEHOLDERS[String(r[ResourceFields.ResourceKey])];
    if (url) {
      await resources.getById(r.Id).update({ [ResourceFields.Url]: url });
      n++;
    }
  }

  const minutes = (m: number): string => new Date(now - m * 60000).toISOString();
  const answered = (key: string, m: number, refs: string, resolution: string): Record<string, unknown> => ({
    Title: key,
    Created: minutes(m + 20),
    Modified: minutes(m),
    WorkType: 'ABSTUDY',
    Status: 'Resolved',
    Reason: 'System will not allow updates',
    Question: 'Study load will not save after the course change; the rate stays at the old value.',
    ReferencesChecked: ['Operational Blueprint', 'NNU'],
    CustomerOnHold: false,
    CentreTimeZone: 'Australia/Melbourne',
    RequesterKey: SO1,
    RequestKey: key,
    AssigneeKey: TPSO1,
    ClaimedAt: minutes(m + 15),
    ResolvedAt: minutes(m),
    NotifiedAt: minutes(m),
    [EnquiryFields.ReferencesList]: refs,
    Resolution: resolution
  });
  const typed = storeReferences([
    { kind: 'NNU', text: 'NNU 2025-041 study load', url: 'https://intranet.example/nnu/2025-041' },
    { kind: 'mySupport', text: 'KB0031245 Course change' },
    { kind: 'OfficeLocator', text: 'Hobart processing team' },
    { kind: 'Resource', text: 'ictServiceDesk' }
  ]);
  server.bulkInsert(
    LIST.enquiries,
    [
      answered(
        'demo-bp-flag-declined',
        300,
        '111-05070020',
        'Recode the study load from the course start date as the reference says.'
      ),
      answered('demo-bp-flag-confirmed', 240, '109-01010000', 'Cancel and regrant from the date of the change.'),
      answered('demo-bp-flag-review', 180, '111-05070020', 'Update the enrolment first, then the study load.'),
      {
        Title: 'demo-bp-escalated',
        Created: minutes(90),
        Modified: minutes(60),
        WorkType: 'ABSTUDY',
        Status: 'Escalated',
        Reason: 'System will not allow updates',
        Question: 'The rate will not recalculate after the income change even after recoding.',
        ReferencesChecked: ['NNU'],
        CustomerOnHold: true,
        CentreTimeZone: 'Australia/Melbourne',
        RequesterKey: SO1,
        RequestKey: 'demo-bp-escalated',
        AssigneeKey: TPSO1,
        ClaimedAt: minutes(85),
        [EnquiryFields.EscalationCategory]: 'SystemIssue',
        [EnquiryFields.NnuReference]: 'NNU 2025-041'
      },
      answered(
        'demo-bp-typed',
        30,
        typed,
        'Follow the NNU workaround: save the course change first, then the study load.'
      )
    ],
    SO1
  );
  n += 5;

  // so1's flags: one waiting for review, one confirmed (it reaches tl's view), one declined. The decision is an item
  // in Feedback Reviews (where officers cannot write); the officer's Feedback item carries a copy of the status.
  const ids: Record<string, number> = {};
  const mine: Array<{ Id: number; RequestKey: string }> = await owner.web.lists
    .getByTitle(LIST.enquiries)
    .items.filter(`${EnquiryFields.RequesterKey} eq '${SO1}'`)
    .select('Id', 'RequestKey')
    .orderBy('ID', false)
    .top(20)();
  for (const e of mine) ids[e.RequestKey] = e.Id;
  const officerFeedback = localSpAs(server.siteUrl, SO1).web.lists.getByTitle(LIST.feedback).items;
  const reviewerFeedback = localSpAs(server.siteUrl, SSO).web.lists.getByTitle(LIST.feedback).items;
  const reviews = localSpAs(server.siteUrl, SSO).web.lists.getByTitle(LIST.feedbackReviews).items;
  for (const [key, status] of [
    ['demo-bp-flag-review', 'Flagged'],
    ['demo-bp-flag-confirmed', 'Confirmed'],
    ['demo-bp-flag-declined', 'Declined']
  ]) {
    const added: { Id: number } = await officerFeedback.add({
      Title: `demo-flag-${key}`,
      [FeedbackFields.RequestKey]: `demo-flag-${key}`,
      [FeedbackFields.EnquiryId]: ids[key],
      [FeedbackFields.TpsoKey]: TPSO1,
      [FeedbackFields.TeamLeaderKey]: TL,
      [FeedbackFields.RaisedByKey]: SO1,
      [FeedbackFields.Detail]: 'The answer contradicts the NNU for this course change.',
      [FeedbackFields.Status]: 'Flagged'
    });
    if (status !== 'Flagged') {
      await reviews.add({
        Title: `review-${added.Id}`,
        [FeedbackReviewFields.RequestKey]: `review-${added.Id}`,
        [FeedbackReviewFields.FeedbackId]: added.Id,
        [FeedbackReviewFields.EnquiryId]: ids[key],
        [FeedbackReviewFields.TpsoKey]: TPSO1,
        [FeedbackReviewFields.TeamLeaderKey]: TL,
        [FeedbackReviewFields.RaisedByKey]: SO1,
        [FeedbackReviewFields.Detail]: 'The answer contradicts the NNU for this course change.',
        [FeedbackReviewFields.Status]: status,
        [FeedbackReviewFields.ReviewNote]:
          status === 'Confirmed'
            ? 'NNU 2025-041 gives the workaround; the answer missed it.'
            : 'The answer follows the reference for this course change.',
        [FeedbackReviewFields.ReviewedByKey]: SSO,
        [FeedbackReviewFields.ReviewedAt]: new Date(now).toISOString()
      });
      await reviewerFeedback.getById(added.Id).update({ [FeedbackFields.Status]: status });
    }
    n++;
  }
  return n;
}
