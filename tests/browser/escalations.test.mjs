// TPS Escalations in real Chromium against a provisioned and seeded local SharePoint: a TPSO escalates arrears from
// the TPS Queue and the SSO's open board shows it on top without a reload, with the deadline an independent
// calculation gives (deadlineOracle.mjs); the SSO group and the team leader got the alert (outbox, no CRN); the SSO
// assigns, documents (keyboard only), follows up, finalises (mail without the CRN); two SSOs assign at once and the
// loser is told who; an SSO confirms or declines flags, the Team Leader closes a confirmed one and only the TPSO
// concerned can then read it; a Service Officer
// gets a plain message. axe-core checks each view, in the three workbench layouts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, restAs, seriousViolations } from './harness.mjs';
import { arrearsDueAt, dateKey, localParts } from './deadlineOracle.mjs';

const SO1 = 'so1@boutique.local';
const TPSO1 = 'tpso1@boutique.local';
const TPSO2 = 'tpso2@boutique.local';
const SSO = 'sso@boutique.local';
const TL = 'tl@boutique.local';
// The enquiry comes from an Adelaide officer (Sasha's centre), so it is on her board's "my centre" view.
const ZONE = 'Australia/Adelaide';
const STATE = 'SA';

let site;
let browser;
let tom;
let board;
let arrearsId;
let arrearsEnquiry;

before(async () => {
  site = await startSite({ empty: false });
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (site) await site.stop();
});

function rest(login, path, init = {}) {
  return restAs(site, login, path, init);
}

async function add(login, list, body) {
  const digest = (await rest(login, '/contextinfo', { method: 'POST' })).FormDigestValue;
  return rest(login, `/web/lists/getByTitle('${list}')/items`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json;odata=nometadata', 'X-RequestDigest': digest },
    body: JSON.stringify(body)
  });
}

async function outbox() {
  return (await fetch(`${site.url}/_local/outbox`)).json();
}

function key() {
  return `browser-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

async function openWebPart(login, webpart, { layout = 'full', timezoneId = ZONE } = {}) {
  const context = await browser.newContext({ timezoneId });
  const page = await context.newPage();
  await page.goto(`${site.url}/?persona=${encodeURIComponent(login)}&webpart=${webpart}&layout=${layout}`);
  return { context, page };
}

async function openBoard(login, options) {
  const b = await openWebPart(login, 'escalations', options);
  await b.page.getByRole('heading', { name: 'TPS Escalations' }).waitFor({ timeout: 30000 });
  await b.page
    .locator('text=/ shown · |No open escalations|Arrears from your centre/')
    .first()
    .waitFor({ timeout: 30000 });
  return b;
}

function row(page, id) {
  return page.locator(`li[data-escalation-id="${id}"]`);
}

/** The deadline words the board should show, worked out here from the rule, not from the app. */
function expectedDueText(dueAt, now) {
  const time = new Intl.DateTimeFormat('en-AU', { timeZone: ZONE, hour: 'numeric', minute: '2-digit', hour12: true })
    .format(dueAt)
    .replace(/\u202f/g, ' ')
    .toLowerCase();
  const today = dateKey(localParts(now, ZONE)) === dateKey(localParts(dueAt, ZONE));
  return today
    ? `Refer to ICT by ${time} today (Adelaide)`
    : new RegExp(
        `^Refer to ICT by .*${time.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|Refer to ICT by ${time} tomorrow \\(Adelaide\\)`
      );
}

test("the SSO's board is open; a TPSO escalates arrears from the queue and it appears on top, live, with the rule's deadline; the alert went", async () => {
  board = await openBoard(SSO);
  assert.deepEqual(await seriousViolations(board.page), []);

  arrearsEnquiry = (
    await add(SO1, 'Enquiries', {
      Title: key(),
      RequestKey: key(),
      WorkType: 'TAP',
      Status: 'Waiting',
      Reason: 'Arrears or negative adjustment',
      Question: 'Finalising the claim generated arrears the customer is not entitled to.',
      ReferencesChecked: ['Operational Blueprint'],
      CustomerOnHold: true,
      CentreTimeZone: ZONE,
      RequesterKey: SO1,
      CRN: '987654321B'
    })
  ).Id;

  tom = await openWebPart(TPSO1, 'tps-queue', { timezoneId: 'Australia/Hobart' });
  const q = tom.page;
  await q.getByRole('tab', { name: 'Waiting' }).waitFor({ timeout: 30000 });
  await q.getByRole('button', { name: new RegExp(`^Open #${arrearsEnquiry},`) }).click({ timeout: 25000 });
  await q.getByRole('button', { name: 'Claim', exact: true }).click();
  await q
    .getByTestId('queue-announcer')
    .getByText(`You claimed enquiry #${arrearsEnquiry}.`)
    .waitFor({ timeout: 10000 });
  await q.getByRole('button', { name: 'Escalate to SSO…' }).click();
  await q.getByRole('combobox', { name: /Escalation category/ }).click();
  await q.getByRole('option', { name: 'Arrears generated incorrectly / stop payment' }).click();
  await q
    .getByRole('textbox', { name: 'Summary for the SSO' })
    .fill('Arrears generated incorrectly after the rate change; stop payment DOC recorded.');
  await q.getByRole('checkbox', { name: /recorded the escalation DOC/ }).focus();
  await q.keyboard.press('Space');
  const raisedFrom = new Date();
  await q.getByRole('button', { name: 'Escalate to SSO', exact: true }).click();
  await q
    .getByTestId('queue-announcer')
    .getByText(new RegExp(`Enquiry #${arrearsEnquiry} was escalated`))
    .waitFor({ timeout: 10000 });
  const raisedTo = new Date();
  const stored = (
    await rest(
      SSO,
      `/web/lists/getByTitle('Escalations')/items?$filter=EnquiryId eq ${arrearsEnquiry}&$select=Id,DueAt,Urgent,CRN`
    )
  ).value;
  assert.equal(stored.length, 1);
  arrearsId = stored[0].Id;

  // Live: the board polls (one request per 15 s at most); no reload.
  await row(board.page, arrearsId).waitFor({ timeout: 25000 });
  const ids = await board.page
    .locator('li[data-escalation-id]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-escalation-id'))));
  const urgentCount = await board.page.locator('li[data-escalation-id]', { hasText: 'Urgent' }).count();
  assert.ok(ids.indexOf(arrearsId) < urgentCount, 'urgent arrears are among the rows on top');
  // The deadline, against the rule computed here: close of business in Adelaide (SA business days).
  const expected = [arrearsDueAt(raisedFrom, ZONE, STATE), arrearsDueAt(raisedTo, ZONE, STATE)].map((d) =>
    d.toISOString()
  );
  assert.ok(
    expected.includes(new Date(stored[0].DueAt).toISOString()),
    `DueAt ${stored[0].DueAt}, expected ${expected.join(' or ')}`
  );
  const shown = (await row(board.page, arrearsId).getByTestId('due-text').innerText()).trim();
  const want = expectedDueText(new Date(stored[0].DueAt), new Date());
  if (typeof want === 'string') assert.equal(shown, want);
  else assert.match(shown, want);

  // The alert: every SSO on the roster and the team leader, at once, once, without the CRN.
  const alerts = (await outbox()).filter(
    (m) => /^Urgent: arrears/.test(m.subject) && m.subject.includes(`#${arrearsId} `)
  );
  assert.equal(alerts.length, 1);
  assert.ok(alerts[0].to.includes(SSO) && alerts[0].to.includes(TL), alerts[0].to.join(', '));
  assert.doesNotMatch(JSON.stringify(alerts[0]), /987\s?654\s?321/);
  await tom.context.close();
});

test('keyboard only: the SSO opens it, assigns it to herself, and documents the referral to ICT; it is no longer urgent', async () => {
  const { page } = board;
  await row(page, arrearsId)
    .getByRole('button', { name: `Open #${arrearsId}` })
    .focus();
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('escalation-detail');
  await detail.getByRole('heading', { name: new RegExp(`Escalation #${arrearsId}`) }).waitFor({ timeout: 20000 });
  await detail.getByText(/Urgent arrears alert mailed to/).waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await detail.getByRole('button', { name: 'Assign to me' }).focus();
  await page.keyboard.press('Enter');
  await page
    .getByTestId('escalations-announcer')
    .getByText(new RegExp(`Escalation #${arrearsId} is now with`))
    .waitFor({ timeout: 10000 });
  await detail.getByRole('textbox', { name: /^Action taken/ }).focus();
  await page.keyboard.type('Stop payment request sent to the ICT Applications Service Desk.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('ICT Service Desk page');
  await detail.getByRole('checkbox', { name: /referred to ICT/ }).focus();
  await page.keyboard.press('Space');
  await detail.getByRole('button', { name: 'Add note' }).focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('escalations-announcer').getByText('Saved.').waitFor({ timeout: 10000 });
  const item = await rest(
    SSO,
    `/web/lists/getByTitle('Escalations')/items(${arrearsId})?$select=Urgent,AssigneeKey,Status`
  );
  assert.equal(item.Urgent, false);
  assert.equal(item.AssigneeKey, SSO);
  await detail.getByText('Stop payment request sent to the ICT Applications Service Desk.').waitFor();
});

test('finalise: reason and who completes the work; CRN cleared; the officer and the TPSO are mailed without it', async () => {
  const { page } = board;
  const detail = page.getByTestId('escalation-detail');
  await detail.getByRole('combobox', { name: /Finalisation reason/ }).click();
  await page.getByRole('option').first().click();
  await detail.getByRole('combobox', { name: /Who completes the work/ }).click();
  await page.getByRole('option').first().click();
  await detail.getByRole('button', { name: 'Finalise and notify' }).click();
  await page
    .getByTestId('escalations-announcer')
    .getByText(new RegExp(`Escalation #${arrearsId} is finalised`))
    .waitFor({ timeout: 10000 });
  const item = await rest(SSO, `/web/lists/getByTitle('Escalations')/items(${arrearsId})?$select=Status,CRN`);
  assert.equal(item.Status, 'Finalised');
  assert.ok(!item.CRN);
  const mails = (await outbox()).filter((m) => m.subject === `TPS escalation #${arrearsId} finalised`);
  assert.equal(mails.length, 1);
  assert.ok(mails[0].to.includes(SO1) && mails[0].to.includes(TPSO1));
  assert.doesNotMatch(JSON.stringify(mails[0]), /987\s?654\s?321/);
  assert.equal(await row(page, arrearsId).count(), 0, 'a finalised escalation leaves the board');
});

test('follow up a system issue: the next follow-up is recomputed by the rules', async () => {
  const { page } = board;
  const open = (
    await rest(
      SSO,
      "/web/lists/getByTitle('Escalations')/items?$filter=(Status eq 'Open' or Status eq 'Assigned') and Category eq 'SystemIssue' and CentreKey eq 'Australia/Adelaide'&$select=Id,NextFollowUpAt"
    )
  ).value;
  assert.ok(open.length > 0, 'the demo data has an Adelaide system issue');
  const id = open[0].Id;
  await row(page, id)
    .getByRole('button', { name: `Open #${id}` })
    .click();
  const detail = page.getByTestId('escalation-detail');
  await detail.getByRole('heading', { name: new RegExp(`Escalation #${id}`) }).waitFor({ timeout: 20000 });
  await detail.getByRole('textbox', { name: /^Action taken/ }).fill('Checked the ICT incident: fix still scheduled.');
  await detail.getByRole('textbox', { name: /^Resources used/ }).fill('ICT Service Desk, NNU');
  const why = detail.getByRole('textbox', { name: /^Why it is not finalised/ });
  await why.fill('Waiting for the system release named in the NNU.');
  await detail.getByRole('button', { name: 'Record follow-up' }).click();
  await page.getByTestId('escalations-announcer').getByText('Saved.').waitFor({ timeout: 10000 });
  const after = await rest(SSO, `/web/lists/getByTitle('Escalations')/items(${id})?$select=NextFollowUpAt,Notes`);
  assert.ok(new Date(after.NextFollowUpAt).getTime() > Date.now(), 'the next follow-up is in the future');
  assert.match(after.Notes, /followUp/);
  await detail.getByRole('button', { name: 'Close' }).click();
});

test('two SSOs assign the same escalation at once: one wins, the other is told who', async () => {
  const open = (
    await rest(
      SSO,
      "/web/lists/getByTitle('Escalations')/items?$filter=(Status eq 'Open') and CentreKey eq 'Australia/Adelaide'&$select=Id,AssigneeKey"
    )
  ).value.filter((e) => !e.AssigneeKey);
  assert.ok(open.length > 0);
  const id = open[0].Id;
  const other = await openBoard(SSO);
  const pages = [board.page, other.page];
  for (const p of pages) {
    await row(p, id)
      .getByRole('button', { name: `Open #${id}` })
      .click();
    await p.getByTestId('escalation-detail').getByRole('button', { name: 'Assign to me' }).waitFor({ timeout: 20000 });
  }
  await board.page.getByTestId('escalation-detail').getByRole('button', { name: 'Assign to me' }).click();
  await board.page
    .getByTestId('escalations-announcer')
    .getByText(new RegExp(`Escalation #${id} is now with`))
    .waitFor({ timeout: 10000 });
  await other.page.getByTestId('escalation-detail').getByRole('button', { name: 'Assign to me' }).click();
  // The loser's form says who changed it (ETag 412, as in the queue).
  await other.page
    .getByTestId('escalation-detail')
    .getByText(/Someone else changed this escalation: Sasha Senior/)
    .waitFor({ timeout: 10000 });
  const item = await rest(SSO, `/web/lists/getByTitle('Escalations')/items(${id})?$select=AssigneeKey,Notes`);
  assert.equal(item.AssigneeKey, SSO);
  assert.equal((item.Notes.match(/"kind":"assign"/g) || []).length, 1, 'one assignment landed');
  await other.context.close();
});

test('an SSO reviews flags: a confirmed one reaches the Team Leader, who records and closes it; a declined one reaches no one', async () => {
  const flag = async (detail) =>
    add(SO1, 'Feedback', {
      Title: key(),
      RequestKey: key(),
      EnquiryId: arrearsEnquiry,
      TpsoKey: TPSO1,
      TeamLeaderKey: TL,
      RaisedByKey: SO1,
      Detail: detail,
      Status: 'New'
    });
  const fb = await flag('The answer quoted the old TAP rate.');
  const other = await flag('The answer did not mention the voucher step.');

  // The SSO (a Senior Practitioner) reviews: a reason is required and privacy-guarded; by keyboard.
  const sso = await openBoard(SSO);
  await sso.page.getByRole('heading', { name: 'Flags waiting for review' }).waitFor({ timeout: 20000 });
  // the flags are read when the reviewer first works in the web part (first render stays at two requests)
  await sso.page.getByRole('heading', { name: 'Flags waiting for review' }).hover();
  const item = sso.page.locator(`li[aria-labelledby="flag-${fb.Id}"]`);
  await item.getByText('The answer quoted the old TAP rate.').waitFor({ timeout: 20000 });
  assert.deepEqual(await seriousViolations(sso.page), []);
  const reason = item.getByRole('textbox', { name: /Reason/ });
  await reason.fill('Customer CRN 123 456 789A was quoted the old rate.');
  const confirm = item.getByRole('button', { name: /^Confirm/ });
  await sso.page.waitForFunction((el) => el && el.disabled, await confirm.elementHandle(), { timeout: 10000 });
  await reason.fill("OB 111-05070020 gives the current TAP rate; the answer used last year's.");
  await sso.page.waitForFunction((el) => el && !el.disabled, await confirm.elementHandle(), { timeout: 10000 });
  await confirm.focus();
  await sso.page.keyboard.press('Enter');
  await sso.page
    .getByTestId('escalations-announcer')
    .getByText(`Flag #${fb.Id} confirmed. It has gone to the TPSO's team leader.`)
    .waitFor({ timeout: 10000 });
  const second = sso.page.locator(`li[aria-labelledby="flag-${other.Id}"]`);
  await second.getByRole('textbox', { name: /Reason/ }).fill('The NNU says there is no voucher step for this claim.');
  await second.getByRole('button', { name: /^Decline/ }).click();
  await sso.page
    .getByTestId('escalations-announcer')
    .getByText(`Flag #${other.Id} declined. It counts against no one.`)
    .waitFor({ timeout: 10000 });
  await sso.context.close();
  const reviews = (
    await rest(
      TL,
      `/web/lists/getByTitle('Feedback Reviews')/items?$filter=FeedbackId eq ${fb.Id} or FeedbackId eq ${other.Id}&$select=FeedbackId,Status,ReviewedByKey`
    )
  ).value;
  assert.deepEqual(
    reviews.map((r) => [r.FeedbackId, r.Status, r.ReviewedByKey]).sort((x, y) => x[0] - y[0]),
    [
      [fb.Id, 'Confirmed', SSO],
      [other.Id, 'Declined', SSO]
    ]
  );
  // The officer reads the outcome on their own item (a copy; the review is what counts).
  assert.equal(
    (await rest(SO1, `/web/lists/getByTitle('Feedback')/items(${fb.Id})?$select=Status`)).Status,
    'Confirmed'
  );

  const tl = await openBoard(TL, { timezoneId: 'Australia/Darwin' });
  const { page } = tl;
  await page.getByRole('heading', { name: 'Arrears from your centre' }).waitFor();
  // Only arrears from Darwin (the demo data has one).
  const cats = await page.locator('li[data-escalation-id] h3').allInnerTexts();
  assert.ok(cats.length > 0 && cats.every((t) => /Arrears/.test(t)), cats.join(' | '));
  await page.getByRole('heading', { name: "Feedback about your TPSOs' answers" }).waitFor();
  await page.getByRole('heading', { name: "Feedback about your TPSOs' answers" }).hover();
  const confirmed = page.locator(`li[aria-labelledby="feedback-${fb.Id}"]`);
  await confirmed.getByText('The answer quoted the old TAP rate.').waitFor({ timeout: 20000 });
  await confirmed.getByText(/Confirmed by sso@boutique.local/).waitFor();
  // the declined flag reaches no one, and neither waits for review any more
  assert.equal(await page.locator(`li[aria-labelledby="feedback-${other.Id}"]`).count(), 0);
  assert.equal(
    await page.locator(`li[aria-labelledby="flag-${fb.Id}"], li[aria-labelledby="flag-${other.Id}"]`).count(),
    0
  );
  assert.deepEqual(await seriousViolations(page), []);
  await confirmed
    .getByRole('textbox', { name: /What was done/ })
    .fill('Coached the TPSO on the current TAP rate; they called the officer back.');
  await confirmed.getByRole('button', { name: 'Record and close' }).click();
  await page
    .getByTestId('escalations-announcer')
    .getByText(`Feedback #${fb.Id} closed. The TPSO can now read it.`)
    .waitFor({ timeout: 10000 });
  const closed = (
    await rest(
      TL,
      `/web/lists/getByTitle('Feedback Reviews')/items?$filter=FeedbackId eq ${fb.Id}&$select=Status,Outcome`
    )
  ).value[0];
  assert.equal(closed.Status, 'Closed');
  const mine = (
    await rest(
      TPSO1,
      `/web/lists/getByTitle('Feedback Notices')/items?$filter=TpsoKey eq '${TPSO1}'&$select=FeedbackId,Outcome`
    )
  ).value;
  assert.ok(mine.map((n) => n.FeedbackId).includes(fb.Id));
  assert.ok(!mine.map((n) => n.FeedbackId).includes(other.Id), 'a declined flag publishes nothing');
  await assert.rejects(
    rest(TPSO2, `/web/lists/getByTitle('Feedback Notices')/items?$filter=TpsoKey eq '${TPSO1}'`),
    (e) => e.status === 404
  );
  await tl.context.close();
});

test('a Service Officer gets a plain message, and the board is axe-clean in every layout', async () => {
  const so = await openWebPart(SO1, 'escalations');
  await so.page
    .getByText('TPS Escalations is for TPS staff. Ask TPS shows your own enquiries.')
    .waitFor({ timeout: 30000 });
  assert.deepEqual(await seriousViolations(so.page), []);
  await so.context.close();
  for (const layout of ['column', 'full', 'teams']) {
    const b = await openBoard(SSO, { layout });
    assert.deepEqual(await seriousViolations(b.page), [], layout);
    await b.context.close();
  }
  await board.context.close();
});
