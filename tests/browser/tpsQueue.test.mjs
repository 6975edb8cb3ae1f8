// TPS Queue in real Chromium against a provisioned and seeded local SharePoint: a Service Officer posts (through
// REST, independent of the Ask TPS UI), the TPSO with that specialty sees it and one without does not, new
// arrivals appear live, two TPSOs claim at once and one wins, take over, finalise and notify (one mail, no CRN),
// escalate (the Escalations item holds the deadline). Keyboard drives the enquiry; axe-core checks each view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, seriousViolations } from './harness.mjs';

const SO1 = 'so1@boutique.local';
const TPSO1 = 'tpso1@boutique.local';
const TPSO2 = 'tpso2@boutique.local';
const API = '/sites/boutique/_api';

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
      Title: key, RequestKey: key, WorkType: workType, Status: 'Waiting', Reason: 'System will not allow updates',
      Question: 'The rate will not update after the income change.', ReferencesChecked: ['Operational Blueprint', 'NNU'],
      CustomerOnHold: true, CentreTimeZone: 'Australia/Melbourne', RequesterKey: SO1, ...extra
    })
  });
  return item.Id;
}

/** The row button that opens an enquiry (Fluent's Link without href is a button). */
function openButton(page, id) {
  return page.getByRole('button', { name: new RegExp(`^Open #${id},`) });
}

async function openQueue(login) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}/?persona=${encodeURIComponent(login)}&webpart=tps-queue`);
  return { context, page };
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

test('the TPSO with the specialty sees the new enquiry, live; one without it does not; first render is cheap', async () => {
  first = await post('AIC', { CRN: '123456789A' });
  tom = await openQueue(TPSO1);
  await openButton(tom.page, first).waitFor({ timeout: 30000 });
  figures.firstRenderFirstVisit = await requestsOf(tom.context);
  assert.ok(figures.firstRenderFirstVisit <= 2, `first visit on a device: gate + one $batch of queue and roster (${figures.firstRenderFirstVisit})`);
  await tom.page.waitForTimeout(600); // Fluent's row fade-in, which axe would measure half-way
  assert.deepEqual(await seriousViolations(tom.page), []);

  fiona = await openQueue(TPSO2);
  await queueReady(fiona.page);
  assert.equal(await openButton(fiona.page, first).count(), 0, 'not in FHA/EMEP/MIV/AISR');

  // A new arrival shows up without a reload (one request per 15 s) and is announced.
  race = await post('AIC');
  await openButton(tom.page, race).waitFor({ timeout: 25000 });
  await tom.page.getByTestId('queue-announcer').getByText(/new enquir/).waitFor({ timeout: 5000 });

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
  for (const [p, name] of [[tom.page, 'Tom Peer'], [fiona.page, 'Fiona Peer']]) {
    const msg = p.getByTestId('queue-announcer');
    await msg.getByText(new RegExp(`claimed enquiry #${race}`)).waitFor({ timeout: 10000 });
    const text = await msg.innerText();
    if (text.includes(`You claimed enquiry #${race}`)) won.push(name); else lost.push(text.trim());
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
  await claimButton.waitFor();
  await page.waitForTimeout(300); // the open enquiry prepares the claim (person id, digest)
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

  await page.getByRole('textbox', { name: /References given/ }).focus();
  await page.keyboard.type('111-05070020');
  await page.getByRole('link', { name: '111-05070020' }).waitFor();
  await page.getByRole('textbox', { name: /Comments/ }).focus();
  await page.keyboard.type('Recode the income as the reference says, then reassess.');
  assert.deepEqual(await seriousViolations(page), []);
  before = await requestsOf(context);
  await page.getByRole('button', { name: 'Finalise and notify SO' }).focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('queue-announcer').getByText(new RegExp(`Enquiry #${first} is finalised`)).waitFor({ timeout: 10000 });
  figures.finalise = (await requestsOf(context)) - before;

  const outbox = await (await fetch(`${site.url}/_local/outbox`)).json();
  const mails = outbox.filter((m) => m.subject.includes(`#${first}`));
  assert.equal(mails.length, 1);
  assert.ok(JSON.stringify(mails[0]).includes(SO1));
  assert.ok(mails[0].body.includes('111-05070020'));
  assert.doesNotMatch(JSON.stringify(mails[0]), /123\s?456\s?789/);
  const stored = await rest(SO1, `/web/lists/getByTitle('Enquiries')/items(${first})?$select=Status,CRN,TakenOverByKey,TakeOverReason,TakenOverAt`);
  assert.equal(stored.Status, 'Resolved');
  assert.ok(!stored.CRN, 'the CRN is cleared');
  assert.equal(stored.TakenOverByKey, TPSO1);
  assert.ok(stored.TakenOverAt);
  assert.ok(figures.claim <= 1, `claim: ${figures.claim} requests`);
  assert.ok(figures.finalise <= 2, `finalise: ${figures.finalise} requests (one SharePoint + the mail)`);
});

test('escalate: the Escalations list holds the item with its deadline and the CRN, the enquiry shows Escalated', async () => {
  const id = await post('TAP', { CRN: '987654321B' });
  const { page } = tom;
  await page.getByRole('tab', { name: 'Waiting' }).click();
  await openButton(page, id).click({ timeout: 25000 });
  await page.getByRole('button', { name: 'Claim', exact: true }).click();
  await page.getByTestId('queue-announcer').getByText(`You claimed enquiry #${id}.`).waitFor({ timeout: 10000 });
  await page.getByRole('button', { name: 'Escalate to SSO…' }).click();
  await page.getByText("Don't escalate only because").waitFor();
  await page.getByText(/P24845/).first().waitFor();
  await page.getByRole('combobox', { name: /Escalation category/ }).click();
  await page.getByRole('option', { name: 'System issue' }).click();
  await page.getByRole('checkbox', { name: /Referred to ICT/ }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('textbox', { name: /ICT incident number/ }).fill('INC0012345');
  await page.getByRole('textbox', { name: /NNU reference/ }).fill('NNU 2024/17');
  await page.getByRole('textbox', { name: 'Summary for the SSO' }).fill('Rate will not update after the income change; ICT incident raised.');
  await page.getByRole('checkbox', { name: /recorded the escalation DOC/ }).focus();
  await page.keyboard.press('Space');
  assert.deepEqual(await seriousViolations(page), []);
  await page.getByRole('button', { name: 'Escalate to SSO', exact: true }).click();
  await page.getByTestId('queue-announcer').getByText(new RegExp(`Enquiry #${id} was escalated`)).waitFor({ timeout: 10000 });
  const rows = await rest('sso@boutique.local', `/web/lists/getByTitle('Escalations')/items?$filter=EnquiryId eq ${id}&$select=Id,Category,DueAt,ICTIncident,DocRecorded,CRN,Status`);
  assert.equal(rows.value.length, 1);
  assert.equal(rows.value[0].Category, 'SystemIssue');
  assert.ok(rows.value[0].DueAt, 'deadline stored');
  assert.equal(rows.value[0].ICTIncident, 'INC0012345');
  assert.equal(rows.value[0].CRN, '987654321B');
  const enquiry = await rest(SO1, `/web/lists/getByTitle('Enquiries')/items(${id})?$select=Status,CRN`);
  assert.equal(enquiry.Status, 'Escalated');
  assert.ok(!enquiry.CRN);
  await tom.context.close();
  await fiona.context.close();
});
