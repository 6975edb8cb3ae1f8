/**
 * A local SharePoint in this process, serving the built workbench, provisioned and with the personas in their
 * groups: what the Chromium figures of `npm run bench` run against. In-process so the bench can bulk-load lists.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';
import { createLocalSharePoint } from '../dev/server';
import type { ILocalSharePoint } from '../dev/server';
import { serveStatic } from '../dev/workbench/serveStatic';
import { localSpAs } from '../dev/seed/localClient';
import { addPersonasToGroups } from '../dev/seed/personaGroups';
import { ensureSite } from '../src/data/ensureSite';

const root = path.resolve(__dirname, '..');

export interface IBenchSite {
  server: ILocalSharePoint;
  /** Origin the workbench is served from (http://localhost:port). */
  url: string;
  close(): Promise<void>;
}

export async function startBenchSite(): Promise<IBenchSite> {
  const dist = path.join(root, 'dev/workbench/dist');
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    console.log('Building the workbench (vite build)…');
    execSync('npx vite build --config dev/workbench/vite.config.mts', { cwd: root, stdio: 'ignore' });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boutique-bench-ui-'));
  const server = await createLocalSharePoint({
    dbPath: path.join(dir, 'site.db'),
    port: 0,
    fallback: serveStatic(dist)
  });
  const owner = localSpAs(server.siteUrl, 'owner@boutique.local');
  await ensureSite(owner);
  await addPersonasToGroups(owner);
  return {
    server,
    url: server.url.replace('127.0.0.1', 'localhost'),
    close: async () => {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run'
    ]
  });
}

/** Requests the local SharePoint counted for one workbench page load (its localPageLoad cookie). */
export function requestsOfPageLoad(server: ILocalSharePoint, pageLoadId: string | undefined): number {
  const entry = pageLoadId ? server.stats().byPageLoad[pageLoadId] : undefined;
  return entry ? entry.requests : 0;
}

/** The workbench's page-load id in a browser context (its localPageLoad cookie), for {@link requestsOfPageLoad}. */
export async function pageLoadId(context: BrowserContext): Promise<string | undefined> {
  const cookie = (await context.cookies()).filter((c) => c.name === 'localPageLoad')[0];
  return cookie ? decodeURIComponent(cookie.value) : undefined;
}
