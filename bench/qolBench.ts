/**
 * QOL Checks figures: requests per first render for a checker, an officer and a Team Leader (demo data), and the
 * Team Leader's quality summary on a 100,000-check QOL Checks list: requests and time until the numbers show, for
 * this month and for the last 12 months. Figures only, never assertions.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { BrowserContext, Page } from 'playwright-core';
import { LIST } from '../src/data/schema';
import { qolMonthKey } from '../src/domain/qol';
import { localSpAs } from '../dev/seed/localClient';
import { seedQol } from '../dev/seed/seedQol';
import { launchChromium, requestsOfPageLoad, startBenchSite } from './browserSite';
import type { IBenchSite } from './browserSite';
import { DEFAULT_WORK_TYPES } from '../src/domain/workTypes';

const TOTAL: number = 100000;
const MONTHS: number = 12;
// Every built-in work type (the domain's list), as the site's Work Types list starts.
const WORK_TYPES: string[] = DEFAULT_WORK_TYPES.map((w) => w.key);
const OUTCOMES = ['Correct', 'Correct', 'Correct', 'Correct', 'NonCriticalError', 'CriticalError'];

async function pageLoadId(context: BrowserContext): Promise<string | undefined> {
  const cookie = (await context.cookies()).filter((c) => c.name === 'localPageLoad')[0];
  return cookie ? decodeURIComponent(cookie.value) : undefined;
}

async function addRoster(site: IBenchSite): Promise<void> {
  const roster = localSpAs(site.server.siteUrl, 'owner@boutique.local').web.lists.getByTitle(LIST.roster).items;
  await roster.add({
    Title: 'Tom Peer',
    PersonKey: 'tpso1@boutique.local',
    WorkTypes: 'ABSTUDY;AIC;PES;TAP;APPRENTICES',
    Role: 'TPSO',
    Centre: 'Hobart',
    CentreTimeZone: 'Australia/Hobart',
    OnDuty: true,
    TeamLeaderKey: 'tl@boutique.local'
  });
  await roster.add({
    Title: 'Terry Leader',
    PersonKey: 'tl@boutique.local',
    Role: 'TeamLeader',
    Centre: 'Darwin',
    CentreTimeZone: 'Australia/Darwin',
    OnDuty: true
  });
}

/** 100,000 checks over the last 12 months, 15 work types, 60 officers; month keys as the app writes them. */
function loadChecks(site: IBenchSite, now: Date): void {
  const perMonth: number = Math.ceil(TOTAL / MONTHS);
  for (let m = 0; m < MONTHS; m++) {
    const month = new Date(now.getFullYear(), now.getMonth() - m, 1);
    const rows: Record<string, unknown>[] = [];
    for (let i = 0; i < perMonth && m * perMonth + i < TOTAL; i++) {
      const n: number = m * perMonth + i;
      const workType: string = WORK_TYPES[n % WORK_TYPES.length];
      const officer: string = n % 60 === 0 ? 'so1@boutique.local' : `officer${n % 60}@boutique.local`;
      const outcome: string = OUTCOMES[n % OUTCOMES.length];
      const at: string = new Date(month.getFullYear(), month.getMonth(), 1 + (n % 27), 10).toISOString();
      rows.push({
        Title: `bench-qol-${n}`,
        RequestKey: `bench-qol-${n}`,
        WorkType: workType,
        OfficerKey: officer,
        CheckerKey: 'tpso1@boutique.local',
        ActivityRef: `ACT-${n}`,
        Outcome: outcome,
        SentBack: outcome === 'CriticalError',
        CheckedAt: at,
        Created: at,
        OfficerMonthKey: qolMonthKey(officer, month.getFullYear(), month.getMonth() + 1),
        WorkTypeMonthKey: qolMonthKey(workType, month.getFullYear(), month.getMonth() + 1)
      });
    }
    site.server.bulkInsert(LIST.qolChecks, rows, 'tpso1@boutique.local');
  }
}

async function firstRender(site: IBenchSite, page: Page, login: string, ready: string): Promise<number> {
  await page.goto(`${site.url}/?persona=${encodeURIComponent(login)}&webpart=qol-checks`);
  await page.getByRole('heading', { name: 'QOL Checks' }).first().waitFor({ timeout: 60000 });
  await page.locator(ready).first().waitFor({ timeout: 60000 });
  return requestsOfPageLoad(site.server, await pageLoadId(page.context()));
}

function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function qolBench(): Promise<void> {
  console.log(`\nQOL Checks in Chromium (demo checks, then ${TOTAL.toLocaleString()} checks over ${MONTHS} months)`);
  const site = await startBenchSite();
  const browser = await launchChromium();
  try {
    await addRoster(site);
    await seedQol(site.server.siteUrl);
    const context = await browser.newContext();
    const page = await context.newPage();
    console.log(
      `  first render, TPSO (urgent queue and record button): ${await firstRender(site, page, 'tpso1@boutique.local', 'text=Record a check')} requests`
    );
    console.log(
      `  first render, officer (own checks): ${await firstRender(site, page, 'so1@boutique.local', '[data-testid^="my-check-"]')} requests`
    );

    loadChecks(site, new Date());
    const times: number[] = [];
    let requests = 0;
    for (let run = 0; run < 3; run++) {
      const started = Date.now();
      requests = await firstRender(site, page, 'tl@boutique.local', '[data-testid="qol-summary-totals"]');
      times.push(Date.now() - started);
    }
    console.log(
      `  Team Leader, this month's summary on ${TOTAL.toLocaleString()} checks: ${requests} requests ` +
        `(site gate, first-render $batch, Work Types, then the checks' four tally columns and the officers' responses in $batches of up to 100 parts, SharePoint Online's most), median ${median(times)} ms to the numbers over 3 loads`
    );
    const before = requestsOfPageLoad(site.server, await pageLoadId(context));
    const started = Date.now();
    await page.getByRole('combobox', { name: 'Period' }).click();
    await page.getByRole('option', { name: 'Last 12 months' }).click();
    await page
      .waitForFunction(
        (n) => {
          const t = document.querySelector('[data-testid="qol-summary-totals"]');
          return !!t && (t.textContent || '').replace(/,/g, '').indexOf(n + ' checks') === 0;
        },
        TOTAL + 14,
        { timeout: 300000 }
      )
      .catch(() => undefined);
    const after = requestsOfPageLoad(site.server, await pageLoadId(context));
    const shown = await page
      .getByTestId('qol-summary-totals')
      .innerText()
      .catch(() => '?');
    console.log(
      `  Team Leader, last 12 months (every check): ${after - before} requests, ${Date.now() - started} ms; shows "${shown.slice(0, 60)}…"`
    );
  } finally {
    await browser.close();
    await site.close();
  }
}
