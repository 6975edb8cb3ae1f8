// Shared set-up for the browser tests: a local SharePoint + built workbench in a child process, real Chromium
// through playwright-core, and axe-core. Chromium comes from the machine (Debian's package by default).
import { before, after } from 'node:test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
/** The site owner: the identity `/_local/*` control requests are sent as. */
export const OWNER = 'owner@boutique.local';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Chromium to drive: CHROMIUM_PATH overrides the Debian default for other machines. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Starts `dev/start.ts --static` on a free port with a fresh database. `empty: true` leaves the site
 * unprovisioned, as a new SharePoint site is; otherwise it is provisioned and seeded as `npm start` does.
 */
export async function startSite({ empty = false } = {}) {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boutique-browser-'));
  // tsx as a loader, so the server is this child itself (killing tsx's CLI would orphan a grandchild).
  const args = [
    '--import',
    'tsx',
    'dev/start.ts',
    '--static',
    '--db',
    path.join(dir, 'site.db'),
    '--port',
    String(port)
  ];
  if (empty) args.push('--empty');
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env }
  });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 120000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The local SharePoint exited:\n${output}`);
    if (/Local workbench:/.test(output)) break;
    if (Date.now() > deadline) throw new Error(`The local SharePoint did not start in time:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    output: () => output,
    async stats() {
      const response = await fetch(`${url}/_local/stats`, { headers: { 'X-Local-User': OWNER } });
      return response.json();
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}

export async function launchBrowser() {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
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

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page and returns the serious and critical violations (WCAG 2.1 AA rules). */
export async function seriousViolations(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5)
    }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * SharePoint REST as a persona against a site from startSite: `path` is below /sites/boutique/_api. Resolves the
 * JSON (nometadata), or rejects with the status and SharePoint's answer.
 */
export async function restAs(site, login, path, init = {}) {
  const headers = { Accept: 'application/json;odata=nometadata', 'X-Local-User': login, ...(init.headers || {}) };
  const r = await fetch(`${site.url}/sites/boutique/_api${path}`, { ...init, headers });
  const text = await r.text();
  if (!r.ok)
    throw Object.assign(new Error(`${init.method || 'GET'} ${path} -> ${r.status} ${text}`), { status: r.status });
  return text ? JSON.parse(text) : undefined;
}

/**
 * One seeded (or `empty`) site and one Chromium for a whole test file, started in `before` and stopped in `after`.
 * Call at the top level; `env.site` and `env.browser` are there once the tests run, and `env.newPage(options)` opens a
 * page in a new browser context (closed with the file).
 */
export function siteAndBrowser({ empty = false } = {}) {
  const contexts = [];
  const env = {
    site: undefined,
    browser: undefined,
    async newPage(options = {}) {
      const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 }, ...options });
      contexts.push(context);
      return context.newPage();
    }
  };
  before(async () => {
    [env.site, env.browser] = await Promise.all([startSite({ empty }), launchBrowser()]);
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    if (env.browser) await env.browser.close();
    if (env.site) await env.site.stop();
  });
  return env;
}

/**
 * Chooses the officer's Smart Centre in Ask TPS when the form asks for it (asked once, then remembered on the
 * device): close of business is counted in the centre's time, never the browser's.
 */
export async function chooseCentre(page, label = 'Sydney (NSW)') {
  const box = page.getByRole('combobox', { name: /Your Smart Centre/ });
  if ((await box.count()) === 0) return;
  await box.click();
  await page.getByRole('option', { name: label }).click();
  await page.getByText(`Your Smart Centre: ${label}`).waitFor();
}
