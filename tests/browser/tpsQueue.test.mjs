// TPS Queue in real Chromium against a provisioned and seeded local SharePoint: a Service Officer posts through the
// Ask TPS web part, the TPSO with that specialty sees it and one without does not, new arrivals appear live (posted
// through REST), two TPSOs claim at once and one wins, take over, finalise and notify (the officer's Ask TPS shows
// the answer; one mail, no CRN), escalate (the Escalations item holds the deadline the rule gives, worked out here
// independently of the app). Keyboard drives the enquiry; axe-core checks each view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, seriousViolations, chooseCentre, OWNER } from './harness.mjs';
import { addDays, arrearsDueAt, closeOfBusiness, dateKey, isBusinessDate, localParts } from './deadlineOracle.mjs';

const SO1 = 'so1@boutique.local';
const TPSO1 = 'tpso1@boutique.local';
const TPSO2 = 'tpso2@boutique.local';
const API = '/sites/boutique/_api';
// so1 works in Geelong (VIC): Ask TPS takes the centre's zone from the browser; the TPSOs' browsers are in Hobart.
const SO_ZONE = 'Australia/Melbourne';
const SO_STATE = 'VIC';
const TPSO_ZONE = 'Australia/Hobart';

let site;
let browser;
const figures = {};

before(async () => {
  site = await startSite({ empty: false });
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (site) await site.stop();
  console.log('TPS Queue measured requests:', JSON.stringify(figures));
});

async function rest(login, path, init = {}) {
  const headers = { Accept: 'application/json;odata=nometadata', 'X-Local-User': login, ...(init.headers || {}) };
  const r = await fetch(site.url + API + path, { ...init, headers });
  const text = await r.text();
  if (!r.ok) throw new Error(`${init.method || 'GET'} ${path} -> ${r.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** A Service Officer posts an enquiry through REST (as Ask TPS would). */
async function post(workType, extra = {}) {
  const digest = (await rest(SO1, '/contextinfo', { method: 'POST' })).FormDigestValue;
  const key = `browser-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const item = await rest(SO1, "/web/lists/getByTitle('Enquiries')/items", {
    method: 'POST',
    headers: { 'Content-Type': 'application/json;odata=nometadata', 'X-RequestDigest': digest },
    body: JSON.stringify({
      Title: key,
      RequestKey: key,
      WorkType: workType,
      Status: 'Waiting',
      Reason: 'System will not allow updates',
      Question: 'The rate will not update after the income change.',
      ReferencesChecked: ['Operational Blueprint', 'NNU'],
      CustomerOnHold: true,
      CentreTimeZone: 'Australia/Melbourne',
      RequesterKey: SO1,
      ...extra
    })
  });
  return item.Id;
}

/** The row button that opens an enquiry (Fluent's Link without href is a button). */
function openButton(page, id) {
  return page.getByRole('button', { name: new RegExp(`^Open #${id},`) });
}

async function openQueue(login) {
  const context = await browser.newContext({ timezoneId: TPSO_ZONE });
  const page = await context.newPage();
  await page.goto(`${site.url}/?persona=${encodeURIComponent(login)}&webpart=tps-queue`);
  return { context, page };
}

/** Ask TPS as the Service Officer, once My enquiries has rendered. */
async function openAskTps(login) {
  const context = await browser.newContext({ timezoneId: SO_ZONE });
  const page = await context.newPage();
  await page.goto(`${site.url}/?persona=${encodeURIComponent(login)}&webpart=ask-tps`);
  await page.getByRole('heading', { name: 'My enquiries' }).waitFor({ timeout: 30000 });
  return { context, page };
}

/** A Service Officer posts through the Ask TPS form (as in tests/browser/askTps.test.mjs); returns the new id. */
async function postThroughAskTps({ workTypeTitle, question, crn }) {
  const { context, page } = await openAskTps(SO1);
  // The officer's centre is theirs to choose (the browser's zone is never used): so1 works in Melbourne.
  await chooseCentre(page, 'Melbourne (VIC)');
  await page.getByRole('combobox', { name: /work type/i }).click();
  await page.getByRole('option', { name: workTypeTitle }).click();
  await page.getByRole('radio', { name: /system won't allow updates/i }).check();
  await page.getByRole('checkbox', { name: 'Operational Blueprint' }).check({ force: true });
  await page.getByRole('textbox', { name: /your question/i }).fill(question);
  await page.getByRole('switch', { name: /customer on hold/i }).click();
  await page.getByRole('textbox', { name: /^CRN/ }).fill(crn);
  await page.getByRole('button', { name: 'Post enquiry' }).click();
  await page.getByText(/Posted\./).waitFor({ timeout: 20000 });
  const card = page.locator('article', { hasText: question });
  await card.first().waitFor({ timeout: 20000 });
  const id = Number(await card.first().getAttribute('data-enquiry-id'));
  assert.deepEqual(await seriousViolations(page), []);
  await context.close();
  return id;
}

/** Waits until a Fluent button is enabled (e.g. Claim while the claimant's person id is being resolved). */
async function enabled(locator) {
  await locator.waitFor();
  for (let i = 0; i < 100 && !(await locator.isEnabled()); i++) await new Promise((r) => setTimeout(r, 50));
  assert.ok(await locator.isEnabled(), 'button never became enabled');
}

async function pageLoadId(context) {
  const cookies = await context.cookies();
  const c = cookies.find((x) => x.name === 'localPageLoad');
  return c ? decodeURIComponent(c.value) : undefined;
}

async function requestsOf(context) {
  const id = await pageLoadId(context);
  const stats = await site.stats();
  return stats.byPageLoad[id] ? stats.byPageLoad[id].requests : 0;
}

/** The queue has rendered: its list or its empty state. */
async function queueReady(page) {
  await page.getByRole('tab', { name: 'Waiting' }).waitFor({ timeout: 30000 });
  await page.locator('text=/ shown$|No enquiries are waiting/').first().waitFor({ timeout: 30000 });
}

let tom;
let fiona;
let first;
let race;

test('a Service Officer posts in Ask TPS; the TPSO with the specialty sees it, live; one without it does not; first render is cheap', async () => {
  first = await postThroughAskTps({
    workTypeTitle: 'Assistance for Isolated Children (AIC)',
    question: `The rate will not update after the income change ${Date.now().toString(36)}`,
    crn: '123 456 789A'
  });
  const posted = await rest(
    SO1,
    `/web/lists/getByTitle('Enquiries')/items(${first})?$select=WorkType,Status,CRN,CentreTimeZone,CustomerOnHold`
  );
  assert.equal(posted.WorkType, 'AIC');
  assert.equal(posted.Status, 'Waiting');
  assert.match(posted.CRN, /^123\s?456\s?789A$/);
  assert.equal(posted.CentreTimeZone, SO_ZONE);
  assert.equal(posted.CustomerOnHold, true);
  tom = await openQueue(TPSO1);
  await openButton(tom.page, first).waitFor({ timeout: 30000 });
  figures.firstRenderFirstVisit = await requestsOf(tom.context);
  assert.ok(
    figures.firstRenderFirstVisit <= 2,
    `first visit on a device: gate + one $batch of queue and roster (${figures.firstRenderFirstVisit})`
  );
  await tom.page.waitForTimeout(600); // Fluent's row fade-in, which axe would measure half-way
  assert.deepEqual(await seriousViolations(tom.page), []);

  fiona = await openQueue(TPSO2);
  await queueReady(fiona.page);
  assert.equal(await openButton(fiona.page, first).count(), 0, 'not in FHA/EMEP/MIV/AISR');

  // A new arrival shows up without a reload (one request per 15 s) and is announced.
  race = await post('AIC');
  await openButton(tom.page, race).waitFor({ timeout: 25000 });
  await tom.page
    .getByTestId('queue-announcer')
    .getByText(/new enquir/)
    .waitFor({ timeout: 5000 });

  // Every later visit on the device: the roster is remembered, so the gate and one queue GET.
  await tom.page.reload();
  await openButton(tom.page, first).waitFor({ timeout: 30000 });
  figures.firstRender = await requestsOf(tom.context);
  assert.ok(figures.firstRender <= 2, `first render: ${figures.firstRender} requests`);
});

test('two TPSOs claim at once: exactly one wins and the other is told who has it', async () => {
  // Fiona widens her queue to AIC (remembered on her device).
  await fiona.page.getByRole('combobox', { name: 'Work types' }).click();
  await fiona.page.locator('label', { hasText: 'Assistance for Isolated Children' }).click();
  await fiona.page.keyboard.press('Escape');
  for (const p of [tom.page, fiona.page]) {
    await openButton(p, race).click({ timeout: 20000 });
    await p.getByRole('button', { name: 'Claim', exact: true }).waitFor();
  }
  await Promise.all([tom.page, fiona.page].map((p) => p.getByRole('button', { name: 'Claim', exact: true }).click()));
  const won = [];
  const lost = [];
  for (const [p, name] of [
    [tom.page, 'Tom Peer'],
    [fiona.page, 'Fiona Peer']
  ]) {
    const msg = p.getByTestId('queue-announcer');
    await msg.getByText(new RegExp(`claimed enquiry #${race}`)).waitFor({ timeout: 10000 });
    const text = await msg.innerText();
    if (text.includes(`You claimed enquiry #${race}`)) won.push(name);
    else lost.push(text.trim());
  }
  assert.equal(won.length, 1, `one winner: ${JSON.stringify({ won, lost })}`);
  assert.equal(lost.length, 1);
  assert.match(lost[0], new RegExp(`${won[0]} claimed enquiry #${race} first`));
  const stored = await rest(SO1, `/web/lists/getByTitle('Enquiries')/items(${race})?$select=Status,AssigneeKey`);
  assert.equal(stored.Status, 'Claimed');
  assert.equal(stored.AssigneeKey, won[0] === 'Tom Peer' ? TPSO1 : TPSO2);
});

test('by keyboard: claim, take over, finalise and notify: one mail without the CRN, the CRN cleared', async () => {
  const { page, context } = tom;
  await openButton(page, first).focus();
  await page.keyboard.press('Enter');
  const claimButton = page.getByRole('button', { name: 'Claim', exact: true });
  await enabled(claimButton); // the open enquiry prepares the claim (person id) and enables Claim when it has it
  let before = await requestsOf(context);
  await claimButton.focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('queue-announcer').getByText(`You claimed enquiry #${first}.`).waitFor({ timeout: 10000 });
  figures.claim = (await requestsOf(context)) - before;

  await page.getByRole('textbox', { name: 'Why you are taking it over' }).focus();
  await page.keyboard.type('Complex arrears: the officer can serve the next customer');
  await page.getByRole('button', { name: 'Take over', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('is free to take the next call').first().waitFor({ timeout: 10000 });

  await page.getByRole('textbox', { name: /^Reference 1/ }).focus();
  await page.keyboard.type('111-05070020');
  await page.getByRole('link', { name: '111-05070020' }).waitFor();
  await page.getByRole('textbox', { name: /Comments/ }).focus();
  await page.keyboard.type('Recode the income as the reference says, then reassess.');
  assert.deepEqual(await seriousViolations(page), []);
  before = await requestsOf(context);
  await page.getByRole('button', { name: 'Finalise and notify SO' }).focus();
  await page.keyboard.press('Enter');
  await page
    .getByTestId('queue-announcer')
    .getByText(new RegExp(`Enquiry #${first} is finalised`))
    .waitFor({ timeout: 10000 });
  figures.finalise = (await requestsOf(context)) - before;

  const outbox = await (await fetch(`${site.url}/_local/outbox`, { headers: { 'X-Local-User': OWNER } })).json();
  const mails = outbox.filter((m) => m.subject.includes(`#${first}`));
  assert.equal(mails.length, 1, 'exactly one mail for the enquiry');
  assert.ok(JSON.stringify(mails[0]).includes(SO1));
  assert.ok(mails[0].body.includes('111-05070020'));
  assert.doesNotMatch(JSON.stringify(mails[0]), /123\s?456\s?789/);
  const stored = await rest(
    SO1,
    `/web/lists/getByTitle('Enquiries')/items(${first})?$select=Status,CRN,TakenOverByKey,TakeOverReason,TakenOverAt`
  );
  assert.equal(stored.Status, 'Resolved');
  assert.ok(!stored.CRN, 'the CRN is cleared');
  assert.equal(stored.TakenOverByKey, TPSO1);
  assert.ok(stored.TakenOverAt);
  // Enquiry Handling first, then the officer's copy, with no read-back (the add's answer is the item, a MERGE's
  // answer its new ETag); finalise adds the mail.
  assert.ok(figures.claim <= 2, `claim: ${figures.claim} requests (Enquiry Handling, the officer's copy)`);
  assert.ok(
    figures.finalise <= 3,
    `finalise: ${figures.finalise} requests (the mail, Enquiry Handling, the officer's copy)`
  );

  // The officer's Ask TPS shows the answer, who gave it and the references as links.
  const so = await openAskTps(SO1);
  const card = so.page.locator(`article[data-enquiry-id="${first}"]`);
  await card.getByText('Answered by Tom Peer').waitFor({ timeout: 20000 });
  await card.getByText('Recode the income as the reference says, then reassess.').waitFor();
  await card.getByRole('link', { name: /111-05070020/ }).waitFor();
  assert.doesNotMatch(await card.innerText(), /123\s?456\s?789/);
  assert.deepEqual(await seriousViolations(so.page), []);
  await so.context.close();
});

/** Opens a fresh enquiry as Tom, claims it and opens the escalation form. */
async function claimAndOpenEscalation(id) {
  const { page } = tom;
  await page.getByRole('tab', { name: 'Waiting' }).click();
  await openButton(page, id).click({ timeout: 25000 });
  await page.getByRole('button', { name: 'Claim', exact: true }).click();
  await page.getByTestId('queue-announcer').getByText(`You claimed enquiry #${id}.`).waitFor({ timeout: 10000 });
  await page.getByRole('button', { name: 'Escalate to SSO…' }).click();
  await page.getByText("Don't escalate only because").waitFor();
  await page
    .getByText(/P24845/)
    .first()
    .waitFor();
  return page;
}

async function escalationOf(id) {
  const rows = await rest(
    'sso@boutique.local',
    `/web/lists/getByTitle('Escalations')/items?$filter=EnquiryId eq ${id}&$select=Id,Category,DueAt,NextFollowUpAt,EPED,ICTIncident,NnuReference,DocRecorded,CRN,Status,Urgent`
  );
  assert.equal(rows.value.length, 1);
  return rows.value[0];
}

test("escalate arrears / stop payment: the ICT incident is checked, DueAt is close of business the same day in the centre's zone", async () => {
  const id = await post('TAP', { CRN: '987654321B' });
  const page = await claimAndOpenEscalation(id);
  await page.getByRole('combobox', { name: /Escalation category/ }).click();
  await page.getByRole('option', { name: 'Arrears generated incorrectly / stop payment' }).click();
  await page.getByRole('checkbox', { name: /Referred to ICT/ }).focus();
  await page.keyboard.press('Space');
  // A wrong ICT incident number is said at once, in words, before anything is sent.
  const ict = page.getByRole('textbox', { name: /ICT incident number/ });
  await ict.fill('12345');
  await ict.blur();
  await page.getByText(/INC followed by 7 to 12 digits/).waitFor();
  await ict.fill('inc0012345');
  await page.getByRole('textbox', { name: /NNU reference/ }).fill('NNU 2024/17');
  await page
    .getByRole('textbox', { name: 'Summary for the SSO' })
    .fill('Arrears generated incorrectly after the income change; ICT incident raised.');
  await page.getByRole('checkbox', { name: /recorded the escalation DOC/ }).focus();
  await page.keyboard.press('Space');
  assert.equal(
    await page.getByRole('checkbox', { name: /Affects the customer's entitlement/ }).count(),
    0,
    'only for a system issue'
  );
  assert.deepEqual(await seriousViolations(page), []);
  const raisedFrom = new Date();
  await page.getByRole('button', { name: 'Escalate to SSO', exact: true }).click();
  await page
    .getByTestId('queue-announcer')
    .getByText(new RegExp(`Enquiry #${id} was escalated`))
    .waitFor({ timeout: 10000 });
  const raisedTo = new Date();
  const row = await escalationOf(id);
  assert.equal(row.Category, 'ArrearsStopPayment');
  assert.equal(row.ICTIncident, 'INC0012345');
  assert.equal(row.NnuReference, 'NNU 2024/17');
  assert.equal(row.CRN, '987654321B');
  assert.equal(row.Urgent, true);
  // The rule for the centre (Melbourne, VIC): close of business the same local day, or the next business day's when
  // raised after it or on a weekend or public holiday. Either end of the click, should it straddle 5 pm.
  const expected = [arrearsDueAt(raisedFrom, SO_ZONE, SO_STATE), arrearsDueAt(raisedTo, SO_ZONE, SO_STATE)].map((d) =>
    d.toISOString()
  );
  assert.ok(
    expected.includes(new Date(row.DueAt).toISOString()),
    `DueAt ${row.DueAt}, expected ${expected.join(' or ')}`
  );
  const enquiry = await rest(SO1, `/web/lists/getByTitle('Enquiries')/items(${id})?$select=Status,CRN`);
  assert.equal(enquiry.Status, 'Escalated');
  assert.ok(!enquiry.CRN);
});

test('escalate a system issue that affects entitlement: the EPED typed by keyboard is stored and, being sooner than a week, is the deadline', async () => {
  const id = await post('TAP');
  const page = await claimAndOpenEscalation(id);
  await page.getByRole('combobox', { name: /Escalation category/ }).click();
  await page.getByRole('option', { name: 'System issue' }).click();
  await page.getByRole('checkbox', { name: /Referred to ICT/ }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('textbox', { name: /ICT incident number/ }).fill('INC0012346');
  await page.getByRole('checkbox', { name: /Affects the customer's entitlement/ }).focus();
  await page.keyboard.press('Space');
  // The EPED: the first VIC business day two or more days from today, so it comes before the weekly follow-up.
  const today = localParts(new Date(), SO_ZONE);
  let eped = addDays(today, 2);
  while (!isBusinessDate(eped, SO_STATE)) eped = addDays(eped, 1);
  const typed = `${String(eped.day).padStart(2, '0')}/${String(eped.month).padStart(2, '0')}/${eped.year}`;
  await page.getByRole('combobox', { name: /Entitlement Period End Date/ }).focus();
  await page.keyboard.type(typed);
  await page.keyboard.press('Tab');
  await page
    .getByRole('textbox', { name: 'Summary for the SSO' })
    .fill('Rate will not update after the income change; ICT incident raised.');
  await page.getByRole('checkbox', { name: /recorded the escalation DOC/ }).focus();
  await page.keyboard.press('Space');
  await page.getByText('Deadline: Follow up by EPED').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.getByRole('button', { name: 'Escalate to SSO', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page
    .getByTestId('queue-announcer')
    .getByText(new RegExp(`Enquiry #${id} was escalated`))
    .waitFor({ timeout: 10000 });
  const row = await escalationOf(id);
  assert.equal(row.Category, 'SystemIssue');
  assert.equal(dateKey(localParts(new Date(row.EPED), SO_ZONE)), dateKey(eped), 'the EPED the TPSO typed');
  assert.equal(
    new Date(row.DueAt).toISOString(),
    closeOfBusiness(eped, SO_ZONE).toISOString(),
    'close of business on the EPED'
  );
  assert.equal(row.NextFollowUpAt, row.DueAt);
  await tom.context.close();
  await fiona.context.close();
});
