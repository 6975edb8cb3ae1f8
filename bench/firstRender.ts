/**
 * Ask TPS first render (issue 3 quality bar: at most 2 SharePoint requests): starts the local SharePoint seeded as
 * `npm start` does (dev/start.ts --static on a free port with a temporary database), opens the workbench in Chromium
 * as so1 on ask-tps, waits for My enquiries to render, and prints the requests of that page load as the local
 * SharePoint counted them (GET /_local/stats, byPageLoad, keyed by the workbench's localPageLoad cookie).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { launchChromium } from './browserSite';

const root = path.resolve(__dirname, '..');
const SO1 = 'so1@boutique.local';

interface IPageLoadStats {
  requests: number;
  batchInner: number;
  byUser: Record<string, number>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function startSeededSite(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dist = path.join(root, 'dev/workbench/dist/index.html');
  if (!fs.existsSync(dist)) {
    throw new Error('Build the workbench first: npm run build:workbench');
  }
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boutique-bench-first-'));
  const args = [
    require.resolve('tsx/cli'),
    'dev/start.ts',
    '--static',
    '--db',
    path.join(dir, 'site.db'),
    '--port',
    String(port)
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env }
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += String(d);
  });
  child.stderr?.on('data', (d) => {
    output += String(d);
  });
  const deadline = Date.now() + 120000;
  while (!/Local workbench:/.test(output)) {
    if (child.exitCode !== null) throw new Error(`The local SharePoint exited:\n${output}`);
    if (Date.now() > deadline) throw new Error(`The local SharePoint did not start in time:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url: `http://localhost:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** Prints the SharePoint requests of Ask TPS's first render (three fresh page loads; a fresh browser context each). */
export async function askTpsFirstRender(): Promise<void> {
  console.log('\nAsk TPS first render in Chromium (so1, seeded site): SharePoint requests until My enquiries is shown');
  const site = await startSeededSite();
  const browser = await launchChromium();
  try {
    const counts: number[] = [];
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(`${site.url}/?persona=${encodeURIComponent(SO1)}&webpart=ask-tps`);
      await page.locator('article[data-enquiry-id]').first().waitFor({ timeout: 60000 });
      const ms = Date.now() - started;
      const cookie = (await context.cookies()).filter((c) => c.name === 'localPageLoad')[0];
      const id = cookie ? decodeURIComponent(cookie.value) : '';
      const stats = (await (await fetch(`${site.url}/_local/stats`)).json()) as {
        byPageLoad: Record<string, IPageLoadStats>;
      };
      const load: IPageLoadStats | undefined = stats.byPageLoad[id];
      const requests = load ? load.requests : 0;
      counts.push(requests);
      const shown = await page.locator('article[data-enquiry-id]').count();
      console.log(
        `  load ${run + 1}: ${requests} requests (${load ? load.batchInner : 0} inside $batch), ${shown} enquiries shown, ${ms} ms`
      );
      await context.close();
    }
    const worst = Math.max(...counts);
    console.log(
      `  requests per first render: ${worst} (budget 2: the site gate's schema read + My enquiries)${worst > 2 ? '  OVER BUDGET' : ''}`
    );
    if (worst > 2) process.exitCode = 1;
  } finally {
    await browser.close();
    await site.stop();
  }
}
