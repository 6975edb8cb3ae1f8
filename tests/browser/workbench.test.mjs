// The local workbench in real Chromium: an unprovisioned site, setting it up from a web part as the site owner,
// and the persona switcher. Every view is checked with axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, seriousViolations } from './harness.mjs';

let site;
let browser;

before(async () => {
  site = await startSite({ empty: true });
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (site) await site.stop();
});

async function openAs(persona, webpart) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}/?persona=${encodeURIComponent(persona)}&webpart=${webpart}`);
  return { context, page };
}

test('a Service Officer on an unprovisioned site is told which site owner to ask', async () => {
  const { context, page } = await openAs('so1@boutique.local', 'ask-tps');
  // An unprovisioned site has no TPS Settings list: SharePoint answers 404, as it does to someone in no group.
  const warning = page.getByText("Boutique TPS isn't available to you on this site");
  await warning.waitFor({ timeout: 30000 });
  await page.getByRole('link', { name: 'Olivia Owner' }).waitFor();
  assert.equal(
    await page.getByRole('button', { name: 'Set up this site' }).count(),
    0,
    'only site owners get the button'
  );
  assert.deepEqual(await seriousViolations(page), []);
  await context.close();
});

test('the site owner sets the site up from a web part, by keyboard, and sees the web part', async () => {
  const { context, page } = await openAs('owner@boutique.local', 'tps-queue');
  const button = page.getByRole('button', { name: 'Set up this site' });
  await button.waitFor({ timeout: 30000 });
  assert.deepEqual(await seriousViolations(page), []);
  await button.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('progressbar').first().waitFor({ timeout: 10000 });
  await page.getByRole('heading', { name: 'TPS Queue' }).waitFor({ timeout: 120000 });
  assert.deepEqual(await seriousViolations(page), []);
  await context.close();
});

test('the persona switcher signs in as someone else and the web part list mounts each web part (Tom, in no group yet, is told whom to ask)', async () => {
  const { context, page } = await openAs('owner@boutique.local', 'ask-tps');
  await page.getByRole('heading', { name: 'Ask TPS' }).waitFor({ timeout: 30000 });
  await page.locator('#persona').click();
  await page.getByRole('option', { name: /Tom Peer/ }).click();
  await page.waitForFunction(() => document.cookie.includes('localUser=tpso1%40boutique.local'));
  // Tom is in no Boutique TPS group on this freshly set-up site: each web part mounts and tells him whom to ask.
  const notInGroup = page.getByText("Boutique TPS isn't available to you on this site");
  await page.getByRole('link', { name: 'TPS Escalations' }).click();
  await notInGroup.waitFor({ timeout: 30000 });
  await page.getByRole('link', { name: 'QOL Checks' }).click();
  await page.waitForFunction(() => new URLSearchParams(window.location.search).get('webpart') === 'qol-checks');
  await notInGroup.waitFor({ timeout: 30000 });
  await page.getByRole('link', { name: 'Olivia Owner' }).first().waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  const stats = await site.stats();
  assert.ok(
    JSON.stringify(stats).includes('tpso1@boutique.local'),
    'the local SharePoint saw requests from the new persona'
  );
  await context.close();
});
