// The Operational Blueprint in Ask TPS, in real Chromium against a provisioned, seeded local SharePoint: typed
// references the officer can open (seed 002 item 1), the TPS Resources list set-up creates (read by every group,
// kept by the owner), and flags that start waiting for review (seed 004 feedback protocols). axe-core on each view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, seriousViolations } from './harness.mjs';

const SO1 = 'so1@boutique.local';
const RESOURCES = "/sites/boutique/_api/web/lists/getbytitle('TPS Resources')/items";

let site;
let browser;

before(async () => {
  [site, browser] = await Promise.all([startSite({ empty: false }), launchBrowser()]);
});

after(async () => {
  if (browser) await browser.close();
  if (site) await site.stop();
});

async function rest(login, path, init = {}) {
  const headers = { 'X-Local-User': login, Accept: 'application/json;odata=nometadata', ...(init.headers || {}) };
  const response = await fetch(site.url + path, { ...init, headers });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

test('a typed answer shows its NNU as a link and its resources by name, with no OB number', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.url}/?persona=${encodeURIComponent(SO1)}&webpart=ask-tps&layout=full`);
  const card = page.locator('article', { hasText: 'Follow the NNU workaround' }).first();
  await card.waitFor({ timeout: 30000 });
  const nnu = card.getByRole('link', { name: /NNU 2025-041 study load/ });
  assert.equal(await nnu.getAttribute('href'), 'https://intranet.example/nnu/2025-041');
  const text = await card.innerText();
  assert.match(text, /KB0031245 Course change/);
  assert.match(text, /Hobart processing team/);
  assert.match(text, /ICT Service Desk/);
  assert.doesNotMatch(text, /\[\{/, 'never the stored JSON');
  assert.deepEqual(await seriousViolations(page), []);
  await context.close();
});

test('TPS Resources: set-up seeded every key; every group reads it, none writes it', async () => {
  const r = await rest(SO1, `${RESOURCES}?$select=ResourceKey,Url,Places&$top=100`);
  assert.equal(r.status, 200);
  const keys = r.body.value.map((v) => v.ResourceKey);
  for (const k of [
    'tpsoAccountability',
    'mySupportWebforms',
    'stopPayment',
    'ictServiceDesk',
    'ictIncidentForm',
    'policyAdvisorForm',
    'boutiqueSupportTable',
    'telephonySupportTable',
    'apprenticeshipTaskCards'
  ]) {
    assert.ok(keys.includes(k), `${k} seeded`);
  }
  const digest = (await rest(SO1, '/sites/boutique/_api/contextinfo', { method: 'POST' })).body.FormDigestValue;
  const write = await rest(SO1, RESOURCES, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-RequestDigest': digest },
    body: JSON.stringify({ Title: 'Phishing', ResourceKey: 'evil', Url: 'https://evil.example' })
  });
  assert.ok(write.status === 403 || write.status === 401, `an officer cannot add a resource (got ${write.status})`);
});

test('a flag waits for review: Flagged, the demo shows each outcome state', async () => {
  const r = await rest(
    SO1,
    "/sites/boutique/_api/web/lists/getbytitle('Feedback')/items?$select=Status,RaisedByKey&$top=100"
  );
  assert.equal(r.status, 200);
  const statuses = r.body.value.map((v) => v.Status).sort();
  assert.deepEqual(
    statuses.filter((s) => ['Flagged', 'Confirmed', 'Declined'].includes(s)),
    ['Confirmed', 'Declined', 'Flagged']
  );
});
