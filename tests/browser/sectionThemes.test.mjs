// Every web part on every SharePoint section background (white, neutral, soft and the dark "strong" one), with
// seeded data on screen: styles come from the section's theme, so axe-core finds no contrast (or other serious)
// failure anywhere in the web part.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, seriousViolations } from './harness.mjs';

const VIEWS = [
  { webpart: 'ask-tps', persona: 'so1@boutique.local', heading: 'My enquiries' },
  { webpart: 'tps-queue', persona: 'tpso1@boutique.local', heading: 'TPS Queue' },
  { webpart: 'escalations', persona: 'sso@boutique.local', heading: 'TPS Escalations' },
  { webpart: 'qol-checks', persona: 'tpso1@boutique.local', heading: 'QOL Checks' }
];
const SECTIONS = ['neutral', 'soft', 'strong'];

let site;
let browser;

before(async () => {
  [site, browser] = await Promise.all([startSite({ empty: false }), launchBrowser()]);
});

after(async () => {
  if (browser) await browser.close();
  if (site) await site.stop();
});

for (const view of VIEWS) {
  test(`${view.webpart} reads clearly on every section background`, async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const page = await context.newPage();
      for (const section of SECTIONS) {
        await page.goto(
          `${site.url}/?persona=${encodeURIComponent(view.persona)}&webpart=${view.webpart}&section=${section}`
        );
        await page.getByRole('heading', { name: view.heading }).first().waitFor({ timeout: 30000 });
        // Loaded: no spinner or shimmer left in the web part.
        await page.waitForFunction(
          () =>
            !document.querySelector(
              '[data-testid="webpart-frame"] .ms-Spinner, [data-testid="webpart-frame"] .ms-Shimmer-container'
            ),
          undefined,
          { timeout: 30000 }
        );
        const frame = page.getByTestId('webpart-frame');
        assert.equal(await frame.getAttribute('data-section'), section);
        const violations = await seriousViolations(page);
        assert.deepEqual(violations, [], `${view.webpart} on a ${section} section`);
      }
    } finally {
      await context.close();
    }
  });
}
