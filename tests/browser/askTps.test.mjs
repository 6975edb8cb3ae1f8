// Ask TPS in real Chromium against a provisioned, seeded local SharePoint (one site for the whole file):
// first-render request count, posting (mouse and keyboard only), the privacy guard's CRN move, drafts across a
// reload, a failed post and its retry, a double click, item-level security, live updates, withdraw with a conflict,
// flagging an answer, and the three layouts. axe-core on each view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, seriousViolations, chooseCentre, OWNER } from './harness.mjs';

const SO1 = 'so1@boutique.local';
const SO2 = 'so2@boutique.local';
const TPSO1 = 'tpso1@boutique.local';
const API = "/sites/boutique/_api/web/lists/getbytitle('Enquiries')/items";

let site;
let browser;
const contexts = [];

before(async () => {
  [site, browser] = await Promise.all([startSite({ empty: false }), launchBrowser()]);
});

after(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  if (browser) await browser.close();
  if (site) await site.stop();
});

async function openAs(persona, { layout = 'full', width = 1400 } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${site.url}/?persona=${encodeURIComponent(persona)}&webpart=ask-tps&layout=${layout}`);
  await myEnquiriesReady(page);
  return { context, page };
}

/** Waits until My enquiries shows items or its empty state. */
async function myEnquiriesReady(page) {
  await page.getByRole('heading', { name: 'My enquiries' }).waitFor({ timeout: 30000 });
  await page.waitForFunction(
    () =>
      document.querySelector('article[data-enquiry-id]') ||
      /haven't posted any enquiries/.test(document.body.innerText),
    undefined,
    { timeout: 30000 }
  );
}

async function rest(login, path, init = {}) {
  const headers = { 'X-Local-User': login, Accept: 'application/json;odata=nometadata', ...(init.headers || {}) };
  const response = await fetch(site.url + path, { ...init, headers });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

async function digest(login) {
  const r = await rest(login, '/sites/boutique/_api/contextinfo', { method: 'POST' });
  return r.body.FormDigestValue;
}

/** so1's enquiries whose question contains `marker`, as SharePoint has them. */
async function itemsWith(login, marker) {
  const r = await rest(login, `${API}?$filter=RequesterKey eq '${SO1}'&$select=Id,Question,Status&$top=500`);
  assert.equal(r.status, 200);
  return r.body.value.filter((i) => (i.Question || '').includes(marker));
}

async function throttle(rule) {
  // /_local/* is the site owner's to change (as only an owner would reconfigure a site)
  await fetch(`${site.url}/_local/throttle`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Local-User': OWNER },
    body: JSON.stringify(rule)
  });
}

const question = (page) => page.getByRole('textbox', { name: /your question/i });
const postButton = (page) => page.getByRole('button', { name: /^(Post enquiry|Posting…)$/ });

/** Fills the form with the mouse; `marker` makes the question unique. */
async function fillForm(page, marker) {
  await chooseCentre(page);
  await page.getByRole('combobox', { name: /work type/i }).click();
  await page.getByRole('option', { name: 'ABSTUDY' }).click();
  await page.getByRole('radio', { name: /system won't allow updates/i }).check();
  await page.getByRole('checkbox', { name: 'Operational Blueprint' }).check({ force: true });
  await question(page).fill(`Rate does not update after coding the study load ${marker}`);
}

async function cardFor(page, marker) {
  const card = page.locator('article', { hasText: marker });
  await card.first().waitFor({ timeout: 20000 });
  return card.first();
}

const unique = (tag) => `${tag}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test('first render makes at most 2 SharePoint requests and shows My enquiries, newest first', async () => {
  const { context, page } = await openAs(SO1);
  const load = (await context.cookies()).find((c) => c.name === 'localPageLoad').value;
  const stats = await site.stats();
  const requests = stats.byPageLoad[decodeURIComponent(load)].requests;
  console.log(`# Ask TPS first render: ${requests} SharePoint requests`);
  assert.ok(requests <= 2, `first render made ${requests} requests`);
  const ids = await page
    .locator('article[data-enquiry-id]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-enquiry-id'))));
  assert.ok(ids.length > 0);
  assert.deepEqual(
    ids,
    ids.slice().sort((a, b) => b - a),
    'newest first'
  );
  // A resolved one shows the answer and the references as Operational Blueprint links.
  await page.locator('article', { hasText: 'References given:' }).first().getByRole('link').first().waitFor();
  assert.deepEqual(await seriousViolations(page), []);
});

test('post and see it in My enquiries; a double click posts once', async () => {
  const { page } = await openAs(SO1);
  const marker = unique('dbl');
  await fillForm(page, marker);
  await postButton(page).dblclick();
  await page.getByText(/Posted\./).waitFor({ timeout: 20000 });
  const card = await cardFor(page, marker);
  assert.match(await card.innerText(), /Waiting for a TPS officer/);
  assert.equal((await itemsWith(SO1, marker)).length, 1, 'exactly one enquiry landed');
  assert.deepEqual(await seriousViolations(page), []);
});

test('a CRN in the question is blocked and moved to the CRN field; a reload keeps the draft', async () => {
  const { page } = await openAs(SO1);
  const marker = unique('crn');
  await question(page).fill(`Customer 204 512 345K cannot be updated ${marker}`);
  await page
    .getByRole('button', { name: /move to crn field/i })
    .first()
    .click();
  assert.equal(await page.getByRole('textbox', { name: /^CRN/ }).inputValue(), '204 512 345K');
  assert.equal(await question(page).inputValue(), `Customer [CRN] cannot be updated ${marker}`);
  assert.deepEqual(await seriousViolations(page), []);
  await page.waitForTimeout(300);
  await page.reload();
  await myEnquiriesReady(page);
  await page.getByText('Your unsent enquiry was restored.').waitFor();
  assert.equal(await question(page).inputValue(), `Customer [CRN] cannot be updated ${marker}`);
  assert.equal(await page.getByRole('textbox', { name: /^CRN/ }).inputValue(), '204 512 345K');
  // Leave a clean draft for the next tests.
  await question(page).fill('');
  await page.getByRole('textbox', { name: /^CRN/ }).fill('');
});

test('a failed post keeps the form, says what happened, and a retry posts once', async () => {
  const { page } = await openAs(SO1);
  const marker = unique('fail');
  await fillForm(page, marker);
  await throttle({ status: 503, count: 10, retryAfter: 0, methods: ['POST', 'MERGE'] });
  try {
    await postButton(page).click();
    const alert = page.getByRole('alert').filter({ hasText: "Your enquiry wasn't posted." });
    await alert.waitFor({ timeout: 30000 });
    assert.match(await alert.innerText(), /busy/i);
    assert.equal(await question(page).inputValue(), `Rate does not update after coding the study load ${marker}`);
    assert.deepEqual(await seriousViolations(page), []);
  } finally {
    await throttle({ status: 503, count: 0 });
  }
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByText(/Posted\./).waitFor({ timeout: 20000 });
  await cardFor(page, marker);
  assert.equal((await itemsWith(SO1, marker)).length, 1);
});

test('keyboard only (Tab, Space, Enter): post an enquiry', async () => {
  const { page } = await openAs(SO1);
  const marker = unique('kbd');
  const tabTo = async (test, label) => {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(test)) return;
    }
    throw new Error(`Tab never reached ${label}`);
  };
  // The Smart Centre, asked once (this officer has not chosen one on this device yet).
  await tabTo(
    () =>
      document.activeElement &&
      document.activeElement.getAttribute('role') === 'combobox' &&
      /Your Smart Centre/.test(
        document.activeElement.getAttribute('aria-labelledby')
          ? document.getElementById(document.activeElement.getAttribute('aria-labelledby').split(' ')[0]).innerText
          : ''
      ),
    'the Smart Centre'
  );
  await page.keyboard.press('Space');
  await page.getByRole('listbox').waitFor();
  await page.waitForFunction(() => document.activeElement && document.activeElement.getAttribute('role') === 'option');
  await page.keyboard.press('Enter');
  await page.getByText(/Your Smart Centre: /).waitFor();
  await tabTo(
    () =>
      document.activeElement &&
      document.activeElement.getAttribute('role') === 'combobox' &&
      /Work type/.test(
        document.activeElement.getAttribute('aria-labelledby')
          ? document.getElementById(document.activeElement.getAttribute('aria-labelledby').split(' ')[0]).innerText
          : ''
      ),
    'the work type'
  );
  await page.keyboard.press('Space');
  await page.getByRole('listbox').waitFor();
  // The list takes focus once it has opened (as a person would see it before pressing Enter).
  await page.waitForFunction(() => document.activeElement && document.activeElement.getAttribute('role') === 'option');
  await page.keyboard.press('Enter');
  await tabTo(() => document.activeElement && document.activeElement.getAttribute('type') === 'radio', 'the reasons');
  await page.keyboard.press('Space');
  await tabTo(
    () =>
      document.activeElement &&
      document.activeElement.getAttribute('type') === 'checkbox' &&
      document.activeElement.closest('fieldset') !== null,
    'the references checked'
  );
  await page.keyboard.press('Space');
  await tabTo(() => document.activeElement && document.activeElement.tagName === 'TEXTAREA', 'the question');
  await page.keyboard.type(`Income stream will not save keyboard ${marker}`);
  await tabTo(
    () =>
      document.activeElement &&
      document.activeElement.tagName === 'BUTTON' &&
      /Post enquiry/.test(document.activeElement.innerText),
    'Post enquiry'
  );
  await page.keyboard.press('Enter');
  await page.getByText(/Posted\./).waitFor({ timeout: 20000 });
  await cardFor(page, marker);
  assert.equal((await itemsWith(SO1, marker)).length, 1);
});

test("the second Service Officer cannot see the first one's enquiries, in the page or over REST", async () => {
  const mine = await itemsWith(SO1, 'dbl-');
  assert.ok(mine.length > 0, 'so1 has posted');
  const { page } = await openAs(SO2);
  const text = await page.locator('main').innerText();
  assert.ok(!text.includes('dbl-'), "so1's enquiry is not in so2's list");
  const r = await rest(SO2, `${API}?$filter=RequesterKey eq '${SO1}'&$top=100`);
  assert.equal(r.status, 200);
  assert.equal(r.body.value.length, 0, "SharePoint returns none of so1's items to so2");
  const one = await rest(SO2, `${API}(${mine[0].Id})`);
  assert.equal(one.status, 404, 'nor one by id');
});

test('a status change by a TPSO through REST appears without a reload, and is announced', async () => {
  const { page } = await openAs(SO1);
  const marker = unique('live');
  await fillForm(page, marker);
  await postButton(page).click();
  await page.getByText(/Posted\./).waitFor({ timeout: 20000 });
  await cardFor(page, marker);
  const [item] = await itemsWith(SO1, marker);
  const personas = await (await fetch(`${site.url}/_local/personas`)).json();
  const tom = personas.find((p) => p.login === TPSO1);
  const r = await rest(TPSO1, `${API}(${item.Id})`, {
    method: 'POST',
    headers: {
      'X-HTTP-Method': 'MERGE',
      'IF-MATCH': '*',
      'X-RequestDigest': await digest(TPSO1),
      'Content-Type': 'application/json;odata=nometadata'
    },
    body: JSON.stringify({
      Status: 'Claimed',
      AssigneeKey: TPSO1,
      AssigneeId: tom.id,
      ClaimedAt: new Date().toISOString()
    })
  });
  assert.equal(r.status, 204);
  const card = page.locator(`article[data-enquiry-id="${item.Id}"]`);
  await card.getByText('Claimed by Tom Peer').waitFor({ timeout: 20000 });
  const said = await page.getByTestId('my-enquiries-announcer').innerText();
  assert.equal(said, 'Your ABSTUDY enquiry was claimed by Tom Peer.');
  assert.equal(await card.getByRole('button', { name: 'Withdraw' }).count(), 0, 'no withdraw after a claim');

  // Hidden tab: no request at all for longer than the interval; visible again: it catches up at once.
  const load = decodeURIComponent((await page.context().cookies()).find((c) => c.name === 'localPageLoad').value);
  const setHidden = (hidden) =>
    page.evaluate((h) => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  await setHidden(true);
  const before = (await site.stats()).byPageLoad[load].requests;
  await page.waitForTimeout(16500);
  assert.equal((await site.stats()).byPageLoad[load].requests, before, 'no request while the tab is hidden');
  await setHidden(false);
  await page.waitForTimeout(1000);
  assert.equal((await site.stats()).byPageLoad[load].requests, before + 1, 'one request when it is visible again');
});

test('withdraw before a claim; a claim that got there first is named', async () => {
  const { page } = await openAs(SO1);
  const a = unique('wd');
  await fillForm(page, a);
  await postButton(page).click();
  await page.getByText(/Posted\./).waitFor({ timeout: 20000 });
  const cardA = await cardFor(page, a);
  await cardA.getByRole('button', { name: 'Withdraw' }).click();
  await cardA.getByRole('button', { name: 'Yes, withdraw' }).click();
  await cardA.getByText('Withdrawn', { exact: true }).waitFor({ timeout: 10000 });
  assert.equal((await itemsWith(SO1, a))[0].Status, 'Withdrawn');

  const b = unique('race');
  await fillForm(page, b);
  await postButton(page).click();
  await page.getByText(/Posted\./).waitFor({ timeout: 20000 });
  const cardB = await cardFor(page, b);
  const [item] = await itemsWith(SO1, b);
  await rest(TPSO1, `${API}(${item.Id})`, {
    method: 'POST',
    headers: {
      'X-HTTP-Method': 'MERGE',
      'IF-MATCH': '*',
      'X-RequestDigest': await digest(TPSO1),
      'Content-Type': 'application/json;odata=nometadata'
    },
    body: JSON.stringify({ Status: 'Claimed', AssigneeKey: TPSO1, ClaimedAt: new Date().toISOString() })
  });
  await cardB.getByRole('button', { name: 'Withdraw' }).click();
  await cardB.getByRole('button', { name: 'Yes, withdraw' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Not withdrawn.' });
  await alert.waitFor({ timeout: 10000 });
  assert.match(await alert.innerText(), /Tom Peer/);
  assert.equal((await itemsWith(SO1, b))[0].Status, 'Claimed');
  assert.deepEqual(await seriousViolations(page), []);
});

test("flag an answer as technically incorrect: feedback for the TPSO's team leader", async () => {
  const { page } = await openAs(SO1);
  const id = await page
    .locator('article')
    .filter({ has: page.getByRole('button', { name: 'Flag answer as incorrect' }) })
    .first()
    .getAttribute('data-enquiry-id');
  const card = page.locator(`article[data-enquiry-id="${id}"]`);
  await card.getByRole('button', { name: 'Flag answer as incorrect' }).click();
  const marker = unique('flag');
  await card
    .getByRole('textbox', { name: /technically incorrect/i })
    .fill(`The rate rule quoted is out of date ${marker}`);
  await card.getByRole('button', { name: 'Send feedback' }).click();
  // Reviewed first (seed 004 feedback protocols), and the card then shows it waiting for review.
  await card
    .getByText(/Feedback sent\. A Team Leader or Senior Practitioner reviews it before it goes to .+'s team leader\./)
    .waitFor({ timeout: 10000 });
  await card.getByText(/waiting for review/).waitFor({ timeout: 10000 });
  const r = await rest(
    'tl@boutique.local',
    "/sites/boutique/_api/web/lists/getbytitle('Feedback')/items?$filter=TeamLeaderKey eq 'tl@boutique.local'&$top=100&$select=Detail,TpsoKey,RaisedByKey"
  );
  const mine = r.body.value.filter((f) => f.Detail.includes(marker));
  assert.equal(mine.length, 1);
  assert.equal(mine[0].RaisedByKey, SO1);
  assert.deepEqual(await seriousViolations(page), []);
});

for (const [layout, width] of [
  ['column', 1000],
  ['teams', 1400],
  ['full', 700]
]) {
  test(`layout ${layout} at ${width}px: no sideways scrolling, form and My enquiries both there, axe clean`, async () => {
    const { page } = await openAs(SO1, { layout, width });
    const frame = page.getByTestId('webpart-frame');
    const overflow = await frame.evaluate((el) => el.scrollWidth - el.clientWidth);
    assert.ok(overflow <= 1, `the web part scrolls sideways by ${overflow}px`);
    await postButton(page).waitFor();
    assert.ok((await page.locator('article[data-enquiry-id]').count()) > 0);
    assert.deepEqual(await seriousViolations(page), []);
  });
}
