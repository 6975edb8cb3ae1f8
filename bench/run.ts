/**
 * `npm run bench`: figures, never assertions.
 *  1. the ship bundle and every chunk (minified and gzip) with its five largest modules, and the gzip bytes a page
 *     with all four web parts, and with each alone, loads before the first screens (bench/bundleSizes.ts), from
 *     `gulp bundle --ship` (built if dist/ is empty); `npm run bench -- --bundles` prints only these;
 *  2. in Chromium on the workbench: Ask TPS's requests per first render (bench/firstRender.ts), and the TPS Queue's
 *     requests per first render, claim and finalise and its time to show 2,000 waiting enquiries (bench/queueBench.ts);
 *     the TPS Escalations board's requests per first render and its time to show 500 open escalations
 *     (bench/escalationsBench.ts);
 *     QOL Checks' requests per first render by role and its summary on a 100,000-check list (bench/qolBench.ts);
 *  3. on the local SharePoint, the same indexed-column query (EnquiryStore.listWaiting) on a 100,000-item and on a
 *     1,000-item Enquiries list, and their ratio;
 *  4. a non-indexed filter on the big list, which SharePoint refuses with the list view threshold error;
 *     the TPS Queue's live updates: requests and bytes per minute, visible and hidden (bench/liveUpdatesBench.ts);
 *  5. under faults: posts acknowledged vs landed vs duplicates, claims won of ten, writes lost to SIGKILL
 *     (bench/faultsBench.ts);
 *  6. (first) the privacy guard's precision and recall per kind on its labelled set, false-block rate, lexicon size
 *     and scan time (bench/privacyBench.ts).
 */
import './locModules';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { createLocalSharePoint } from '../dev/server';
import type { ILocalSharePoint } from '../dev/server';
import { localSpAs } from '../dev/seed/localClient';
import { addPersonasToGroups } from '../dev/seed/personaGroups';
import { ensureSite } from '../src/data/ensureSite';
import { LIST } from '../src/data/schema';
import { EnquiryStore } from '../src/data/stores/EnquiryStore';
import { toUserMessage } from '../src/shared/text/errorText';
import { readBundleSizes, readChunkSizes, firstScreen, rootChunkNames, kib } from './bundleSizes';
import { askTpsFirstRender } from './firstRender';
import { queueBench } from './queueBench';
import { privacyBench } from './privacyBench';
import { escalationsBench } from './escalationsBench';
import { qolBench } from './qolBench';
import { liveUpdatesBench } from './liveUpdatesBench';
import { faultsBench } from './faultsBench';
import { DEFAULT_WORK_TYPES } from '../src/domain/workTypes';

const root = path.resolve(__dirname, '..');
const OWNER = 'owner@boutique.local';
// Every built-in work type (the domain's list), as the site's Work Types list starts.
const WORK_TYPES: string[] = DEFAULT_WORK_TYPES.map((w) => w.key);

function bundles(): void {
  const dist = path.join(root, 'dist');
  if (readBundleSizes(dist).length === 0 || !fs.existsSync(path.join(root, 'temp/stats/bundle-stats.json'))) {
    console.log('Building the ship bundle (gulp bundle --ship)…');
    execSync('npx gulp bundle --ship', { cwd: root, stdio: 'ignore' });
  }
  console.log('\nShip bundle and chunks (dist/, gulp bundle --ship), largest gzip first');
  console.log('  bundle or chunk                 minified      gzip   five largest modules (webpack size, unminified)');
  for (const c of readChunkSizes(root)) {
    const name = `${c.bundle}${c.entry ? ' (first bundle)' : ''}`;
    console.log(`  ${name.padEnd(30)} ${kib(c.minifiedBytes).padStart(10)} ${kib(c.gzipBytes).padStart(10)}`);
    for (const m of c.largest) console.log(`${' '.repeat(58)}${kib(m.size).padStart(10)}  ${m.name}`);
  }
  console.log('\nStrings files (loc)');
  for (const b of readBundleSizes(dist).filter((s) => /Strings_/.test(s.file))) {
    console.log(`  ${b.bundle.padEnd(30)} ${kib(b.minifiedBytes).padStart(10)} ${kib(b.gzipBytes).padStart(10)}`);
  }
  console.log(
    '\nGzip bytes a page loads before the first screen (bundle + strings + services + root chunks, once each)'
  );
  const folders = Object.keys(rootChunkNames(root));
  const pages = [
    firstScreen(root, folders, 'all four web parts'),
    ...folders.map((folder) => firstScreen(root, [folder], `${folder} alone`))
  ];
  for (const page of pages) {
    if (page)
      console.log(`  ${page.label.padEnd(30)} ${kib(page.gzipBytes).padStart(10)}  in ${page.files.length} files`);
  }
}

async function siteWith(items: number): Promise<{ server: ILocalSharePoint; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boutique-bench-'));
  const server = await createLocalSharePoint({ dbPath: path.join(dir, 'bench.db'), port: 0 });
  const owner = localSpAs(server.siteUrl, OWNER);
  await ensureSite(owner);
  await addPersonasToGroups(owner);
  const batch = 10000;
  for (let start = 0; start < items; start += batch) {
    const rows: Record<string, unknown>[] = [];
    for (let i = start; i < Math.min(items, start + batch); i++) {
      // About 1% waiting, as a busy national queue would be; the rest is history.
      rows.push({
        Title: `Bench ${i}`,
        WorkType: WORK_TYPES[i % WORK_TYPES.length],
        Status: i % 100 === 0 ? 'Waiting' : 'Resolved',
        Reason: 'System will not allow updates',
        Question: 'Bench question',
        CustomerOnHold: i % 2 === 0,
        CentreTimeZone: 'Australia/Sydney',
        RequesterKey: 'so1@boutique.local',
        RequestKey: `bench-${i}`
      });
    }
    server.bulkInsert(LIST.enquiries, rows, 'so1@boutique.local');
  }
  return { server, dir };
}

async function timeQuery(server: ILocalSharePoint, runs: number): Promise<{ medianMs: number; rows: number }> {
  const store = new EnquiryStore(localSpAs(server.siteUrl, 'tpso1@boutique.local'));
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs + 3; i++) {
    const started = process.hrtime.bigint();
    const page = await store.listWaiting(['ABSTUDY', 'AIC', 'PES', 'TAP', 'APPRENTICES']);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (i >= 3) times.push(ms); // the first runs warm SQLite's page cache and PnPjs
    rows = page.items.length;
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)], rows };
}

async function threshold(): Promise<void> {
  console.log("\nIndexed query on the local SharePoint: Status eq Waiting and WorkType in the TPSO's five specialties");
  const big = await siteWith(100000);
  const small = await siteWith(1000);
  try {
    const runs = 30;
    const b = await timeQuery(big.server, runs);
    const s = await timeQuery(small.server, runs);
    console.log(
      `  100,000 items: median ${b.medianMs.toFixed(1)} ms over ${runs} runs (${b.rows} rows in the first page)`
    );
    console.log(
      `    1,000 items: median ${s.medianMs.toFixed(1)} ms over ${runs} runs (${s.rows} rows in the first page)`
    );
    console.log(`  ratio big/small: ${(b.medianMs / s.medianMs).toFixed(2)}×`);

    console.log('\nNon-indexed filter on the 100,000-item list (Reason is not indexed)');
    try {
      await localSpAs(big.server.siteUrl, OWNER)
        .web.lists.getByTitle(LIST.enquiries)
        .items.filter("Reason eq 'System will not allow updates'")
        .top(100)();
      console.log('  NOT refused: the local SharePoint failed to apply the list view threshold');
      process.exitCode = 1;
    } catch (error) {
      const text = String((error as Error).message);
      const code = /-2147024860, Microsoft\.SharePoint\.SPQueryThrottledException/.test(text)
        ? '-2147024860, Microsoft.SharePoint.SPQueryThrottledException'
        : 'unexpected error';
      console.log(`  refused: HTTP ${(error as { status?: number }).status} ${code}`);
      console.log(`  what a user is told: ${toUserMessage(error)}`);
    }
    console.log(`\nBench process memory: rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`);
  } finally {
    for (const site of [big, small]) {
      await site.server.close();
      fs.rmSync(site.dir, { recursive: true, force: true });
    }
  }
}

async function main(): Promise<void> {
  // `npm run bench -- --bundles`: the bundle figures only (after `npm run ship`), without the browser and big lists.
  if (process.argv.includes('--bundles')) {
    bundles();
    return;
  }
  privacyBench();
  bundles();
  await askTpsFirstRender();
  await queueBench();
  await liveUpdatesBench();
  await escalationsBench();
  await qolBench();
  await threshold();
  await faultsBench();
}

main().catch((error: Error) => {
  console.error(error.stack || error.message);
  process.exit(1);
});
