/**
 * Figures under faults (issue 14 goal 6), against the local SharePoint with the app's real stores on PnPjs:
 *  1. posts acknowledged vs items landed vs duplicates, with 30% of the Enquiries item requests answered 429 or 503
 *     (Retry-After: 0; injected in this process's fetch, seeded so every run falls the same way) and the second
 *     create answered 504 after SharePoint committed it (the local SharePoint's own throttle rule);
 *  2. claims won when ten TPSOs claim the same enquiry at once;
 *  3. acknowledged writes lost when the local SharePoint (its own process) is killed with SIGKILL in the middle of a
 *     burst of creates and started again on the same database file (SQLite WAL, synchronous=FULL: dev/server/db.ts).
 * Expected: acknowledged = landed, 0 duplicates, 1 claim won, 0 writes lost.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createLocalSharePoint } from '../dev/server';
import type { ILocalSharePoint } from '../dev/server';
import { localSpAs } from '../dev/seed/localClient';
import { addPersonasToGroups } from '../dev/seed/personaGroups';
import personasFile from '../dev/personas.json';
import { ensureSite } from '../src/data/ensureSite';
import { LIST } from '../src/data/schema';
import { EnquiryStore } from '../src/data/stores/EnquiryStore';
import { HandlingStore } from '../src/data/stores/HandlingStore';
import { isConflictError } from '../src/data/errors';

const root = path.resolve(__dirname, '..');
const OWNER = 'owner@boutique.local';
const SO = 'so1@boutique.local';
const CLAIMANTS = 10;
const tpso = (i: number): string => `tpso${i + 1}@boutique.local`;

/** A small seeded generator (mulberry32), so the faults fall the same way on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface IFaultSite {
  server: ILocalSharePoint;
  close(): Promise<void>;
}

/** A provisioned site whose personas include ten TPSOs (tpso1…tpso10), all in TPS Officers. */
async function faultSite(): Promise<IFaultSite> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boutique-faults-'));
  const personas = personasFile.personas.slice() as Array<{ login: string; title: string; groups?: string[] }>;
  for (let i = 2; i < CLAIMANTS; i++) {
    personas.push({ login: tpso(i), title: `TPSO ${i + 1}`, groups: ['TPS Officers'] });
  }
  const personasPath = path.join(dir, 'personas.json');
  fs.writeFileSync(personasPath, JSON.stringify({ ...personasFile, personas }));
  const server = await createLocalSharePoint({ dbPath: path.join(dir, 'site.db'), port: 0, personasPath });
  const owner = localSpAs(server.siteUrl, OWNER);
  await ensureSite(owner);
  await addPersonasToGroups(owner);
  for (let i = 2; i < CLAIMANTS; i++) {
    await owner.web.siteGroups.getByName('TPS Officers').users.add(`i:0#.f|membership|${tpso(i)}`);
  }
  return {
    server,
    close: async () => {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}

function post(i: number, run: string) {
  return {
    requestKey: `faults-${run}-${i}`,
    workType: 'ABSTUDY',
    reason: 'System will not allow updates',
    question: `Rate does not update after coding the study load (${run}/${i})`,
    referencesChecked: ['Operational Blueprint'],
    customerOnHold: i % 2 === 0,
    centreTimeZone: 'Australia/Sydney',
    requesterKey: SO
  };
}

async function postsUnderFaults(site: IFaultSite): Promise<void> {
  const POSTS = 40;
  const run = Date.now().toString(36);
  const random = seeded(20240917);
  const faults = { 429: 0, 503: 0, 504: 0 };
  const realFetch = globalThis.fetch;
  const enquiryItems = /getbytitle\('Enquiries'\)\/items/i;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = decodeURIComponent(String(input instanceof Request ? input.url : input));
    if (enquiryItems.test(url) && random() < 0.3) {
      const status = random() < 0.5 ? 429 : 503;
      faults[status]++;
      return new Response(
        '{"odata.error":{"code":"-2147024860, Microsoft.SharePoint.SPRequestThrottledException","message":{"lang":"en-US","value":"The request has been throttled."}}}',
        { status, headers: { 'Retry-After': '0', 'Content-Type': 'application/json' } }
      );
    }
    return realFetch(input, init);
  }) as typeof fetch;
  let acknowledged = 0;
  let failedAfterRetries = 0;
  try {
    const store = new EnquiryStore(localSpAs(site.server.siteUrl, SO));
    for (let i = 0; i < POSTS; i++) {
      if (i === 1) {
        // The second post reaches SharePoint, commits, and the gateway answers 504.
        site.server.throttle({
          status: 504,
          count: 1,
          methods: ['POST'],
          pathContains: "getbytitle('Enquiries')/items"
        });
        faults[504]++;
      }
      // A post that still fails after the store's own tries keeps the form: the officer posts again (same key).
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          await store.create(post(i, run));
          acknowledged++;
          break;
        } catch {
          if (attempt === 2) failedAfterRetries++;
        }
      }
    }
  } finally {
    globalThis.fetch = realFetch;
    site.server.throttle(null);
  }
  const items: Array<{ RequestKey: string }> = await localSpAs(site.server.siteUrl, OWNER)
    .web.lists.getByTitle(LIST.enquiries)
    .items.select('RequestKey')
    .filter(`RequesterKey eq '${SO}'`)
    .top(5000)();
  const ours = items.map((i) => i.RequestKey).filter((k) => k && k.indexOf(`faults-${run}-`) === 0);
  const distinct = new Set(ours).size;
  console.log(
    `  posts under 30% 429/503 (${faults[429]} × 429, ${faults[503]} × 503) and ${faults[504]} × 504 after a committed create:`
  );
  console.log(
    `    ${POSTS} posted, ${acknowledged} acknowledged, ${ours.length} landed, ${ours.length - distinct} duplicates` +
      (failedAfterRetries ? `, ${failedAfterRetries} failed after three posts` : '')
  );
}

async function tenClaims(site: IFaultSite): Promise<void> {
  const e = await new EnquiryStore(localSpAs(site.server.siteUrl, SO)).create(post(0, 'claim-' + Date.now()));
  const target = { enquiryId: e.id, workType: e.workType, requesterKey: SO };
  const outcomes = await Promise.all(
    Array.from({ length: CLAIMANTS }, (_v, i) =>
      new HandlingStore(localSpAs(site.server.siteUrl, tpso(i))).claim(target, tpso(i), undefined, new Date()).then(
        () => 'won',
        (err: unknown) => (isConflictError(err) ? 'lost' : 'error: ' + String((err as Error).message).slice(0, 80))
      )
    )
  );
  const held = await new HandlingStore(localSpAs(site.server.siteUrl, tpso(0))).forEnquiry(e.id);
  const won = outcomes.filter((o) => o === 'won').length;
  const other = outcomes.filter((o) => o !== 'won' && o !== 'lost');
  console.log(
    `  ten TPSOs claim one enquiry at once: ${won} won, ${outcomes.length - won - other.length} told who has it` +
      (other.length ? `, ${other.length} other (${other[0]})` : '') +
      `; SharePoint names ${held ? held.assigneeKey : 'no one'}`
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function startProcess(dbPath: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'dev/server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), LOCALSP_DB: dbPath },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30000);
    const onData = (d: Buffer): void => {
      output += d.toString();
      if (output.indexOf('Local SharePoint:') >= 0) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
  });
  return child;
}

async function killMidBurst(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boutique-kill-'));
  const dbPath = path.join(dir, 'site.db');
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}/sites/boutique`;
  let child = await startProcess(dbPath, port);
  try {
    const sp = localSpAs(siteUrl, OWNER);
    await sp.web.lists.add('Burst', '', 100);
    const list = sp.web.lists.getByTitle('Burst');
    const acknowledged: string[] = [];
    let sent = 0;
    let killed = false;
    const KILL_AFTER = 150;
    // Eight writers at once, until the server is killed after 150 acknowledgements.
    const writer = async (): Promise<void> => {
      while (!killed) {
        const title = `burst ${sent++}`;
        try {
          await list.items.add({ Title: title });
          if (!killed) acknowledged.push(title);
          if (acknowledged.length >= KILL_AFTER && !killed) {
            killed = true;
            child.kill('SIGKILL');
          }
        } catch {
          // refused or cut off by the kill: not acknowledged
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, writer));
    await new Promise((resolve) =>
      child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once('exit', resolve)
    );
    child = await startProcess(dbPath, port);
    const stored: Array<{ Title: string }> = await localSpAs(siteUrl, OWNER)
      .web.lists.getByTitle('Burst')
      .items.select('Title')
      .top(5000)();
    const titles = new Set(stored.map((s) => s.Title));
    const lost = acknowledged.filter((t) => !titles.has(t)).length;
    console.log(
      `  SIGKILL mid-burst (8 writers, killed after ${acknowledged.length} acknowledged of ${sent} sent), restarted: ` +
        `${lost} acknowledged writes lost (${stored.length} items stored)`
    );
  } finally {
    child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function faultsBench(): Promise<void> {
  console.log('\nUnder faults (local SharePoint, the app stores on PnPjs)');
  const site = await faultSite();
  try {
    await postsUnderFaults(site);
    await tenClaims(site);
  } finally {
    await site.close();
  }
  await killMidBurst();
}

if (require.main === module) {
  faultsBench().catch((error: Error) => {
    console.error(error.stack || error.message);
    process.exit(1);
  });
}
