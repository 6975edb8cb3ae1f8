/**
 * Live updates of the TPS Queue with 2,000 waiting (issue 14 goal 5): SharePoint requests and bytes per minute for
 * a visible page with no change, a visible page with one arrival every 15 s, and a hidden page.
 *
 * How measured: Chromium on the workbench, Playwright's fake clock (page.clock) advanced 15 s at a time, four times
 * (one minute of the page's timers), each step followed by a real wait until no SharePoint request is in flight.
 * Bytes are the uncompressed HTTP bodies (request + response) of every `/_api/` request the page made, as the
 * local SharePoint serves them (SharePoint Online would gzip the responses). "Hidden" is document.hidden = true with
 * a visibilitychange event, as a minimised window or another tab gives.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { Page, Request } from 'playwright-core';
import { LIST } from '../src/data/schema';
import { BENCH_OFFICER, BENCH_TPSO, seedWaitingQueue, waitingRow } from './queueSeed';
import { launchChromium, startBenchSite } from './browserSite';

const TICK_MS = 15000;

/** Counts the page's SharePoint requests and their body bytes. */
class Meter {
  public requests: number = 0;
  public bytes: number = 0;
  private _inFlight: number = 0;
  private _pending: Array<Promise<void>> = [];

  public constructor(page: Page) {
    page.on('request', (r: Request) => {
      if (r.url().indexOf('/_api/') >= 0) this._inFlight++;
    });
    const done = (r: Request, ok: boolean): void => {
      if (r.url().indexOf('/_api/') < 0) return;
      this._pending.push(
        (async () => {
          const sent = r.postDataBuffer();
          let got = 0;
          if (ok) {
            const response = await r.response();
            got = response ? (await response.body().catch(() => Buffer.alloc(0))).length : 0;
          }
          this.requests++;
          this.bytes += (sent ? sent.length : 0) + got;
          this._inFlight--;
        })()
      );
    };
    page.on('requestfinished', (r) => done(r, true));
    page.on('requestfailed', (r) => done(r, false));
  }

  /** Waits (real time) until no request has been in flight for 400 ms. */
  public async settle(): Promise<void> {
    let quietSince = Date.now();
    while (Date.now() - quietSince < 400) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (this._inFlight > 0) quietSince = Date.now();
    }
    await Promise.all(this._pending);
  }

  public reset(): void {
    this.requests = 0;
    this.bytes = 0;
  }
}

async function oneMinute(page: Page, meter: Meter, beforeTick: (tick: number) => void): Promise<[number, number]> {
  await meter.settle();
  meter.reset();
  for (let tick = 0; tick < 60000 / TICK_MS; tick++) {
    beforeTick(tick);
    await page.clock.runFor(TICK_MS);
    await meter.settle();
  }
  return [meter.requests, meter.bytes];
}

const kib = (bytes: number): string => (bytes / 1024).toFixed(1) + ' KiB';

export async function liveUpdatesBench(): Promise<void> {
  console.log('\nTPS Queue live updates (tpso1, 2,000 waiting): SharePoint requests and bytes per minute');
  console.log('  (fake clock advanced 4 × 15 s; uncompressed request + response bodies of /_api/ requests)');
  const site = await startBenchSite();
  const browser = await launchChromium();
  try {
    await seedWaitingQueue(site, 2000, 'bench-live');
    const page = await (await browser.newContext()).newPage();
    const meter = new Meter(page);
    await page.clock.install();
    await page.goto(`${site.url}/?persona=${encodeURIComponent(BENCH_TPSO)}&webpart=tps-queue`);
    await page.locator('text=/2,000 shown|2000 shown/').first().waitFor({ timeout: 60000 });
    await meter.settle();
    const firstRender: [number, number] = [meter.requests, meter.bytes];

    const [quietReq, quietBytes] = await oneMinute(page, meter, () => undefined);
    let next = 2000;
    const [busyReq, busyBytes] = await oneMinute(page, meter, () => {
      site.server.bulkInsert(LIST.enquiries, [waitingRow('bench-live', next++, Date.now())], BENCH_OFFICER);
    });
    await page.locator('text=/2,004 shown|2004 shown/').first().waitFor({ timeout: 10000 });
    // A string, not a function: tsx's helpers (__name) do not exist in the page.
    await page.evaluate(
      "Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });" +
        "document.dispatchEvent(new Event('visibilitychange'));"
    );
    const [hiddenReq, hiddenBytes] = await oneMinute(page, meter, () => {
      site.server.bulkInsert(LIST.enquiries, [waitingRow('bench-live', next++, Date.now())], BENCH_OFFICER);
    });
    console.log(`  first render (site gate + one $batch):   ${firstRender[0]} requests, ${kib(firstRender[1])}`);
    console.log(`  visible, nothing changed:                ${quietReq} requests/min, ${kib(quietBytes)}/min`);
    console.log(`  visible, one arrival every 15 s:         ${busyReq} requests/min, ${kib(busyBytes)}/min`);
    console.log(`  hidden (arrivals going on):              ${hiddenReq} requests/min, ${kib(hiddenBytes)}/min`);
    console.log(
      `  for scale: re-reading every waiting enquiry each tick would be about ${kib(firstRender[1] * 4)}/min (first render's bytes × 4)`
    );
  } finally {
    await browser.close();
    await site.close();
  }
}

if (require.main === module) {
  liveUpdatesBench().catch((error: Error) => {
    console.error(error.stack || error.message);
    process.exit(1);
  });
}
