// What a person is told is what SharePoint holds, in real Chromium against a provisioned, seeded local SharePoint:
// - a save answered 504 after SharePoint committed it (a gateway timing out; PnPjs re-sends a MERGE with the old
//   ETag and gets 412): claim, finalise, withdraw and post each say they worked, and SharePoint holds exactly one
//   change (one item, one new version), checked over REST;
// - oversize input is refused before anything is sent, with a message that says the limit and keeps the text, the
//   banner goes once the text is fixed, and nothing that cannot succeed offers "Try again".
// The 504s come from the local SharePoint's throttle rules (`/_local/throttle`, as the site owner): the request runs
// and commits first, then the caller gets the 504.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteAndBrowser, seriousViolations, chooseCentre, OWNER } from './harness.mjs';

const SO1 = 'so1@boutique.local';
const TPSO1 = 'tpso1@boutique.local';
const API = '/sites/boutique/_api/web/lists';
const ENQUIRIES = `${API}/getbytitle('Enquiries')/items`;
const HANDLING = `${API}/getbytitle('Enquiry Handling')/items`;

const env = siteAndBrowser();

async function rest(login, path, init = {}) {
  const headers = { Accept: 'application/json;odata=nometadata', 'X-Local-User': login, ...(init.headers || {}) };
  const r = await fetch(env.site.url + path, { ...init, headers });
  const text = await r.text();
  if (!r.ok) throw new Error(`${init.method || 'GET'} ${path} -> ${r.status} ${text}`);
  return { body: text ? JSON.parse(text) : undefined, etag: r.headers.get('etag') };
}

/** Arms one throttle rule on the local SharePoint (its control endpoints are the site owner's). */
async function throttle(rule) {
  const r = await fetch(`${env.site.url}/_local/throttle`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Local-User': OWNER },
    body: JSON.stringify(rule)
  });
  assert.equal(r.status, 200, 'throttle rule armed');
}

/** A 504 for the next matching write, given after SharePoint has committed it. */
const gatewayTimeoutAfter = (methods, pathContains) => throttle({ status: 504, count: 1, methods, pathContains });

/** Counts the 504s the page saw, so each test proves its fault happened. */
function count504(page) {
  const seen = { n: 0 };
  page.on('response', (r) => {
    if (r.status() === 504) seen.n++;
  });
  return seen;
}

const unique = (tag) => `${tag}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A Service Officer posts an enquiry over REST (as Ask TPS would); returns its id. */
async function post(marker) {
  const digest = (await rest(SO1, '/sites/boutique/_api/contextinfo', { method: 'POST' })).body.FormDigestValue;
  const item = await rest(SO1, ENQUIRIES, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json;odata=nometadata', 'X-RequestDigest': digest },
    body: JSON.stringify({
      Title: marker,
      RequestKey: marker,
      WorkType: 'AIC',
      Status: 'Waiting',
      Reason: 'System will not allow updates',
      Question: `The rate will not update after the income change ${marker}`,
      ReferencesChecked: ['NNU'],
      CustomerOnHold: false,
      CentreTimeZone: 'Australia/Melbourne',
      RequesterKey: SO1
    })
  });
  return item.body.Id;
}

/** The officer's item: status, assignee and its version (the ETag counts the changes SharePoint holds). */
async function officerItem(id) {
  const r = await rest(TPSO1, `${ENQUIRIES}(${id})?$select=Status,AssigneeKey,Resolution`);
  return { ...r.body, etag: r.etag };
}

/** Every Enquiry Handling item of an enquiry (there must be at most one), each with its ETag. */
async function handlingItems(id) {
  const r = await rest(TPSO1, `${HANDLING}?$filter=EnquiryId eq ${id}&$select=Id,Status,AssigneeKey,Resolution`);
  const out = [];
  for (const h of r.body.value) {
    out.push({ ...h, etag: (await rest(TPSO1, `${HANDLING}(${h.Id})?$select=Id`)).etag });
  }
  return out;
}

async function openQueue() {
  const page = await env.newPage({ timezoneId: 'Australia/Hobart' });
  await page.goto(`${env.site.url}/?persona=${encodeURIComponent(TPSO1)}&webpart=tps-queue`);
  return page;
}

/** Opens an enquiry in the queue's Waiting tab and waits until Claim can be pressed (its person id resolved). */
async function openToClaim(page, id) {
  await page.getByRole('tab', { name: 'Waiting' }).click();
  await page.getByRole('button', { name: new RegExp(`^Open #${id},`) }).click({ timeout: 30000 });
  const claim = page.getByRole('button', { name: 'Claim', exact: true });
  await claim.waitFor();
  for (let i = 0; i < 100 && !(await claim.isEnabled()); i++) await page.waitForTimeout(50);
  return claim;
}

const announcer = (page) => page.getByTestId('queue-announcer');

async function claimed(page, id) {
  await announcer(page).getByText(`You claimed enquiry #${id}.`).waitFor({ timeout: 30000 });
  assert.doesNotMatch(await announcer(page).innerText(), /first|Nothing of yours was saved/);
  // the panel stays open on the claimed enquiry: the next step is there
  await page.getByRole('textbox', { name: 'Why you are taking it over' }).waitFor();
}

// A claim writes Enquiry Handling (a create) and then the officer's copy (a MERGE): a 504 after either one saved.
for (const [saved, methods, path] of [
  ['Enquiry Handling', ['POST'], "('Enquiry Handling')/items"],
  ["the officer's copy", ['MERGE'], "('Enquiries')/items"]
]) {
  test(`claim: a 504 after ${saved} saved says "You claimed"; one claim, each item written once`, async () => {
    const id = await post(unique('claim504'));
    const page = await openQueue();
    const timeouts = count504(page);
    const claim = await openToClaim(page, id);
    await gatewayTimeoutAfter(methods, path);
    await claim.click();
    await claimed(page, id);
    assert.equal(timeouts.n, 1, 'the 504 happened');
    const held = await handlingItems(id);
    assert.equal(held.length, 1, 'one Enquiry Handling item');
    assert.deepEqual([held[0].Status, held[0].AssigneeKey, held[0].etag], ['Claimed', TPSO1, '"1"']);
    const copy = await officerItem(id);
    assert.deepEqual(
      [copy.Status, copy.AssigneeKey, copy.etag],
      ['Claimed', TPSO1, '"2"'],
      'posted, then the copy written once'
    );
    assert.deepEqual(await seriousViolations(page), []);
  });
}

test('finalise: a 504 after Enquiry Handling saved it says finalised, one mail, one change', async () => {
  const id = await post(unique('fin504'));
  const page = await openQueue();
  const timeouts = count504(page);
  await (await openToClaim(page, id)).click();
  await claimed(page, id);
  await page.getByRole('textbox', { name: /^Reference 1$/ }).fill('111-05070020');
  await page.getByRole('textbox', { name: /Comments/ }).fill('Recode the income as the reference says, then reassess.');
  await gatewayTimeoutAfter(['MERGE'], "('Enquiry Handling')/items");
  await page.getByRole('button', { name: 'Finalise and notify SO' }).click();
  await announcer(page)
    .getByText(new RegExp(`Enquiry #${id} is finalised`))
    .waitFor({ timeout: 30000 });
  assert.equal(timeouts.n, 1, 'the 504 happened');
  assert.equal(await page.getByText(/not finalised yet|before your finalise was saved/).count(), 0);
  const held = await handlingItems(id);
  assert.equal(held.length, 1);
  assert.deepEqual([held[0].Status, held[0].etag], ['Resolved', '"2"'], 'claimed, then resolved once');
  const copy = await officerItem(id);
  assert.deepEqual(
    [copy.Status, copy.Resolution, copy.etag],
    ['Resolved', 'Recode the income as the reference says, then reassess.', '"3"']
  );
  const outbox = await (await fetch(`${env.site.url}/_local/outbox`, { headers: { 'X-Local-User': OWNER } })).json();
  assert.equal(outbox.filter((m) => m.subject.includes(`#${id}`)).length, 1, 'one mail');
});

/** Ask TPS as the Service Officer, once My enquiries has rendered. */
async function openAskTps() {
  const page = await env.newPage({ timezoneId: 'Australia/Melbourne' });
  await page.goto(`${env.site.url}/?persona=${encodeURIComponent(SO1)}&webpart=ask-tps&layout=full`);
  await page.getByRole('heading', { name: 'My enquiries' }).waitFor({ timeout: 30000 });
  await page.waitForFunction(
    () =>
      document.querySelector('article[data-enquiry-id]') ||
      /haven't posted any enquiries/.test(document.body.innerText),
    undefined,
    { timeout: 30000 }
  );
  return page;
}

/** so1's enquiries whose question holds `marker`, as SharePoint has them. */
async function enquiriesWith(marker) {
  const r = await rest(SO1, `${ENQUIRIES}?$filter=RequesterKey eq '${SO1}'&$select=Id,Question,Status&$top=500`);
  return r.body.value.filter((i) => (i.Question || '').includes(marker));
}

test('withdraw: a 504 after the withdraw saved shows Withdrawn, not a conflict, and it changed once', async () => {
  const marker = unique('wd504');
  const id = await post(marker);
  const page = await openAskTps();
  const timeouts = count504(page);
  const card = page.locator(`article[data-enquiry-id="${id}"]`);
  await card.getByRole('button', { name: 'Withdraw' }).click({ timeout: 30000 });
  await gatewayTimeoutAfter(['MERGE'], "('Enquiries')/items");
  await card.getByRole('button', { name: 'Yes, withdraw' }).click();
  await card.getByText('Withdrawn', { exact: true }).waitFor({ timeout: 30000 });
  assert.equal(timeouts.n, 1, 'the 504 happened');
  assert.equal(await page.getByRole('alert').filter({ hasText: 'Not withdrawn.' }).count(), 0);
  const stored = await rest(SO1, `${ENQUIRIES}(${id})?$select=Status`);
  assert.deepEqual([stored.body.Status, stored.etag], ['Withdrawn', '"2"']);
});

const question = (page) => page.getByRole('textbox', { name: /your question/i });
const postButton = (page) => page.getByRole('button', { name: /^Post enquiry$/ });
const tryAgain = (page) => page.getByRole('button', { name: 'Try again' });

async function fillForm(page, text) {
  await chooseCentre(page);
  await page.getByRole('combobox', { name: /work type/i }).click();
  await page.getByRole('option', { name: 'ABSTUDY' }).click();
  await page.getByRole('radio', { name: /system won't allow updates/i }).check();
  await page.getByRole('checkbox', { name: 'Operational Blueprint' }).check({ force: true });
  await question(page).fill(text);
}

test('post: a 504 after the create saved says Posted, and there is one enquiry', async () => {
  const marker = unique('post504');
  const page = await openAskTps();
  const timeouts = count504(page);
  await fillForm(page, `Rate does not update after coding the study load ${marker}`);
  await gatewayTimeoutAfter(['POST'], "('Enquiries')/items");
  await postButton(page).click();
  await page.getByText(/Posted\./).waitFor({ timeout: 30000 });
  await page.locator('article', { hasText: marker }).first().waitFor({ timeout: 30000 });
  assert.equal(timeouts.n, 1, 'the 504 happened');
  assert.equal(await page.getByRole('alert').filter({ hasText: "Your enquiry wasn't posted." }).count(), 0);
  const landed = await enquiriesWith(marker);
  assert.equal(landed.length, 1, 'exactly one enquiry');
  assert.equal((await rest(SO1, `${ENQUIRIES}(${landed[0].Id})?$select=Id`)).etag, '"1"');
});

/**
 * Posts with `field` holding `typed`: refused before anything is sent, `said` names the limit, the text is kept, no
 * Try again; once the field holds `fixed` the message and the banner go, and the post lands once.
 */
async function refusedUntilFixed(page, { marker, field, typed, said, fixed }) {
  const banner = page.getByText('Fix 1 thing above before posting.');
  await postButton(page).click();
  await said.waitFor({ timeout: 10000 });
  await banner.waitFor();
  assert.equal(await field.inputValue(), typed, 'what was typed is kept');
  assert.equal(await tryAgain(page).count(), 0, 'no Try again for what cannot succeed');
  assert.equal((await enquiriesWith(marker)).length, 0, 'nothing was sent');
  assert.deepEqual(await seriousViolations(page), []);

  await field.fill(fixed);
  await said.waitFor({ state: 'detached' });
  assert.equal(await banner.count(), 0, 'the banner goes once the text fits');
  await postButton(page).click();
  await page.getByText(/Posted\./).waitFor({ timeout: 30000 });
  assert.equal((await enquiriesWith(marker)).length, 1);
}

test('a question over 4,000 characters is refused before saving, says the limit, keeps the text; fixed, it posts', async () => {
  const marker = unique('long');
  const page = await openAskTps();
  const long =
    `Rate does not update after coding the study load ${marker}. ` +
    'The income stream will not save after the study load is coded. '.repeat(64);
  assert.ok(long.trim().length > 4000);
  await fillForm(page, long);
  await refusedUntilFixed(page, {
    marker,
    field: question(page),
    typed: long,
    fixed: long.slice(0, 3990),
    said: page.getByText(new RegExp(`Your question is ${long.trim().length} characters long; the limit is 4000`))
  });
});

test('Operational Blueprint numbers over 255 characters are refused before saving; the banner clears once fixed', async () => {
  const marker = unique('refs');
  const page = await openAskTps();
  await fillForm(page, `Rate does not update after coding the study load ${marker}`);
  const nineteen = Array.from({ length: 19 }, (_v, i) => `111-0507${1000 + i}`).join(', ');
  const refs = page.getByRole('textbox', { name: /Operational Blueprint/i });
  await refs.fill(nineteen);
  await refusedUntilFixed(page, {
    marker,
    field: refs,
    typed: nineteen,
    fixed: nineteen.split(', ').slice(0, 3).join(', '),
    said: page.getByText(/more than 255 characters/)
  });
});

test('a post SharePoint refuses (400) keeps the form and offers no Try again; the banner goes on the next edit', async () => {
  const marker = unique('refused');
  const page = await openAskTps();
  await fillForm(page, `Rate does not update after coding the study load ${marker}`);
  // What SharePoint answers a value it will not store: a 400 that no retry can change.
  const create = /\/_api\/web\/lists\/getbytitle\('Enquiries'\)\/items$/i;
  const isCreate = (url) => create.test(decodeURIComponent(url.pathname));
  await page.route(isCreate, (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: '{"odata.error":{"code":"-2130575155, Microsoft.SharePoint.SPFieldValidationException","message":{"lang":"en-US","value":"The field value is too long."}}}'
        })
      : route.continue()
  );
  await postButton(page).click();
  const alert = page.getByRole('alert').filter({ hasText: "Your enquiry wasn't posted." });
  await alert.waitFor({ timeout: 30000 });
  assert.match(await alert.innerText(), /Change what the message says/);
  assert.equal(await tryAgain(page).count(), 0, 'no Try again after a 4xx');
  assert.match(await question(page).inputValue(), new RegExp(marker), 'the form is kept');
  await page.unroute(isCreate);
  await question(page).fill(`Rate does not update after coding the study load, fixed ${marker}`);
  await alert.waitFor({ state: 'detached' });
  assert.equal((await enquiriesWith(marker)).length, 0, 'nothing was saved');
});
