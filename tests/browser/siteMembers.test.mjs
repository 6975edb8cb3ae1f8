// People the site knows but who are in no Boutique TPS group (a site Member, a site Visitor): every web part tells
// them plainly whom to ask, shows no customer work, and SharePoint itself refuses them the lists (404 over REST).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, seriousViolations } from './harness.mjs';

const PEOPLE = ['member@boutique.local', 'visitor@boutique.local'];
const WEB_PARTS = ['ask-tps', 'tps-queue', 'escalations', 'qol-checks'];
const CUSTOMER_LISTS = ['Enquiries', 'Escalations', 'QOL Checks', 'Feedback'];

let site;
let browser;

before(async () => {
  [site, browser] = await Promise.all([startSite({ empty: false }), launchBrowser()]);
});

after(async () => {
  if (browser) await browser.close();
  if (site) await site.stop();
});

for (const login of PEOPLE) {
  test(`${login} reads no customer work over REST`, async () => {
    for (const list of CUSTOMER_LISTS) {
      const response = await fetch(
        `${site.url}/sites/boutique/_api/web/lists/getbytitle('${encodeURIComponent(list)}')/items?$top=1`,
        {
          headers: { 'X-Local-User': login, Accept: 'application/json;odata=nometadata' }
        }
      );
      assert.equal(response.status, 404, `${login} on ${list}`);
    }
  });

  test(`${login} is told in every web part which site owner to ask`, async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    try {
      const page = await context.newPage();
      for (const webpart of WEB_PARTS) {
        await page.goto(`${site.url}/?persona=${encodeURIComponent(login)}&webpart=${webpart}`);
        await page.getByText("Boutique TPS isn't available to you on this site").waitFor({ timeout: 30000 });
        await page.getByRole('link', { name: 'Olivia Owner' }).waitFor();
        assert.equal(
          await page.getByRole('button', { name: 'Set up this site' }).count(),
          0,
          `${webpart}: only owners set up`
        );
        assert.deepEqual(await seriousViolations(page), [], `${webpart} as ${login}`);
      }
    } finally {
      await context.close();
    }
  });
}
