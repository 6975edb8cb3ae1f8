/**
 * TPS Escalations figures: SharePoint requests of the SSO board's first render (the site gate's read and one
 * `$batch` of the roster row and the open escalations), and the time Chromium takes to show a board of 500 open
 * escalations (median of four loads, navigation to the first row).
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { Page } from 'playwright-core';
import { LIST } from '../src/data/schema';
import { localSpAs } from '../dev/seed/localClient';
import { launchChromium, pageLoadId, requestsOfPageLoad, startBenchSite } from './browserSite';

const SSO = 'sso@boutique.local';
const ZONE = 'Australia/Adelaide';
const CATEGORIES = [
  'SystemIssue',
  'PolicyReferral',
  'ComplexUnableToResolve',
  'ArrearsStopPayment',
  'NotificationOfDeath',
  'FCSO',
  'ReviewOfDecision'
];

export async function escalationsBench(): Promise<void> {
  console.log('\nTPS Escalations in Chromium (sso, Adelaide, 500 open escalations)');
  const site = await startBenchSite();
  const browser = await launchChromium();
  try {
    await localSpAs(site.server.siteUrl, 'owner@boutique.local').web.lists.getByTitle(LIST.roster).items.add({
      Title: 'Sasha Senior',
      PersonKey: SSO,
      Role: 'SSO',
      Centre: 'Adelaide',
      CentreTimeZone: ZONE,
      OnDuty: true
    });
    const rows: Record<string, unknown>[] = [];
    const now = Date.now();
    for (let i = 0; i < 500; i++) {
      const category = CATEGORIES[i % CATEGORIES.length];
      rows.push({
        Title: `Bench ${i}`,
        RequestKey: `bench-esc-${i}`,
        EnquiryId: i + 1,
        WorkType: 'AIC',
        Category: category,
        Status: i % 4 === 0 ? 'Assigned' : 'Open',
        AssigneeKey: i % 4 === 0 ? SSO : undefined,
        DueAt: new Date(now + (i - 100) * 3600 * 1000).toISOString(),
        Urgent: category === 'ArrearsStopPayment' || category === 'NotificationOfDeath',
        CentreTimeZone: ZONE,
        CentreKey: ZONE,
        RaisedByKey: 'tpso1@boutique.local',
        DocRecorded: true,
        Summary: 'The rate will not update after the income change.',
        Notes: '[]'
      });
    }
    site.server.bulkInsert(LIST.escalations, rows, 'tpso1@boutique.local');

    const renders: number[] = [];
    let firstVisit = 0;
    let later = 0;
    const context = await browser.newContext({ timezoneId: ZONE });
    let page: Page = await context.newPage();
    for (let run = 0; run < 4; run++) {
      if (run > 0) {
        await page.close();
        page = await context.newPage();
      }
      const started = Date.now();
      await page.goto(`${site.url}/?persona=${encodeURIComponent(SSO)}&webpart=escalations`);
      await page.locator('text=/^500 shown/').first().waitFor({ timeout: 60000 });
      await page.locator('li[data-escalation-id]').first().waitFor({ timeout: 60000 });
      renders.push(Date.now() - started);
      const requests = requestsOfPageLoad(site.server, await pageLoadId(context));
      if (run === 0) firstVisit = requests;
      else later = requests;
    }
    renders.sort((a, b) => a - b);
    console.log(
      `  board on screen (500 shown): median ${renders[Math.floor(renders.length / 2)]} ms of 4 loads (navigation to first row)`
    );
    console.log(
      `  requests per first render: ${later} (${firstVisit} on a device's first visit, when the centre is not yet remembered)`
    );
  } finally {
    await browser.close();
    await site.close();
  }
}
