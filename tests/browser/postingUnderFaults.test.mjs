// Posting from Ask TPS while SharePoint throttles: 30% of the Enquiries item requests answered 429 or 503 (as
// SharePoint Online does, with Retry-After), and one create answered 504 after SharePoint committed it. Every post
// lands exactly once and none is lost. Faults are injected in the browser (Playwright routes, seeded so a run is
// repeatable); the 504 lets the create reach the local SharePoint first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, chooseCentre } from './harness.mjs';

const SO1 = 'so1@boutique.local';
const API = "/sites/boutique/_api/web/lists/getbytitle('Enquiries')/items";
const POSTS = 6;

let site;
let browser;

before(async () => {
  [site, browser] = await Promise.all([startSite({ empty: false }), launchBrowser()]);
});

after(async () => {
  if (browser) await browser.close();
  if (site) await site.stop();
});

/** A small seeded generator (mulberry32), so the faults fall the same way on every run. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function itemsWith(marker) {
  const r = await fetch(`${site.url}${API}?$filter=RequesterKey eq '${SO1}'&$select=Id,Question&$top=500`, {
    headers: { 'X-Local-User': SO1, Accept: 'application/json;odata=nometadata' }
  });
  assert.equal(r.status, 200);
  return (await r.json()).value.filter((i) => (i.Question || '').includes(marker));
}

test('posts under 30% 429/503 and a 504 after a committed create land exactly once each', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.url}/?persona=${encodeURIComponent(SO1)}&webpart=ask-tps&layout=full`);
  await page.getByRole('heading', { name: 'My enquiries' }).waitFor({ timeout: 30000 });

  const random = seeded(20240917);
  const faults = { 429: 0, 503: 0, 504: 0 };
  let creates = 0;
  await page.route(/\/_api\/web\/lists\/getbytitle\('Enquiries'\)\/items/i, async (route) => {
    const request = route.request();
    const isCreate = request.method() === 'POST' && /\/items$/i.test(new URL(request.url()).pathname);
    if (isCreate && ++creates === 2) {
      // the second create reaches SharePoint and commits; the gateway then times out
      await route.fetch();
      faults[504]++;
      await route.fulfill({
        status: 504,
        contentType: 'application/json',
        body: '{"error":{"message":"The gateway timed out."}}'
      });
      return;
    }
    if (random() < 0.3) {
      const status = random() < 0.5 ? 429 : 503;
      faults[status]++;
      await route.fulfill({
        status,
        headers: { 'Retry-After': '0' },
        contentType: 'application/json',
        body: '{"odata.error":{"code":"-2147024860, Microsoft.SharePoint.SPRequestThrottledException","message":{"lang":"en-US","value":"The request has been throttled."}}}'
      });
      return;
    }
    await route.continue();
  });

  const markers = [];
  for (let i = 0; i < POSTS; i++) {
    const marker = `fault${i}-${Date.now().toString(36)}`;
    markers.push(marker);
    await chooseCentre(page);
    await page.getByRole('combobox', { name: /work type/i }).click();
    await page.getByRole('option', { name: 'ABSTUDY' }).click();
    await page.getByRole('radio', { name: /system won't allow updates/i }).check();
    await page.getByRole('checkbox', { name: 'Operational Blueprint' }).check({ force: true });
    await page
      .getByRole('textbox', { name: /your question/i })
      .fill(`Rate does not update after coding the study load ${marker}`);
    // A post that still fails after the app's own tries keeps the form: the officer posts again, as they would.
    for (let attempt = 0; attempt < 3; attempt++) {
      await page.getByRole('button', { name: /^Post enquiry$/ }).click();
      const outcome = await Promise.race([
        page
          .locator('article', { hasText: marker })
          .first()
          .waitFor({ timeout: 60000 })
          .then(() => 'posted'),
        page
          .getByRole('alert')
          .filter({ hasText: /SharePoint|try again/i })
          .first()
          .waitFor({ timeout: 60000 })
          .then(() => 'failed')
      ]);
      if (outcome === 'posted') break;
    }
    // in My enquiries: the post is not lost
    await page.locator('article', { hasText: marker }).first().waitFor({ timeout: 60000 });
  }
  await page.unroute(/\/_api\/web\/lists\/getbytitle\('Enquiries'\)\/items/i);
  console.log(`# faults injected: ${JSON.stringify(faults)}; creates sent: ${creates}`);
  assert.equal(faults[504], 1, 'the 504 after a committed create happened');
  assert.ok(faults[429] + faults[503] > 0, 'throttling happened');
  for (const marker of markers) {
    assert.equal((await itemsWith(marker)).length, 1, `exactly one enquiry for ${marker}`);
  }
  await context.close();
});
