// "Nothing acknowledged is lost when the process is killed": a server in its own process is killed with SIGKILL
// straight after acknowledging writes, and a new one on the same database file still has them.
import { spawn, ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as net from 'node:net';
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';

const root = path.resolve(__dirname, '../..');
const OWNER = 'owner@boutique.local';

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
  // Node itself runs the server (tsx as a loader, not its CLI, which would put the server in a grandchild process).
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
    child.once('exit', () => reject(new Error(`server exited: ${output}`)));
  });
  return child;
}

describe('durability of the local SharePoint', () => {
  it('keeps every acknowledged write after kill -9', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'localsp-kill-'));
    const dbPath = path.join(dir, 'site.db');
    const port = await freePort();
    const siteUrl = `http://127.0.0.1:${port}/sites/boutique`;
    const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-Local-User': OWNER }));

    let child = await startProcess(dbPath, port);
    try {
      await sp.web.lists.add('Durable', '', 100);
      const list = sp.web.lists.getByTitle('Durable');
      for (let i = 0; i < 25; i++) {
        await list.items.add({ Title: `acknowledged ${i}` });
      }
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));

      child = await startProcess(dbPath, port);
      const items: Array<{ Title: string }> = await sp.web.lists.getByTitle('Durable').items.select('Title').top(100)();
      expect(items.map((i) => i.Title)).toEqual(Array.from({ length: 25 }, (_v, i) => `acknowledged ${i}`));
    } finally {
      child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
