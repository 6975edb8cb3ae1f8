/**
 * `npm start`: the local SharePoint with the app's own provisioning and demo data, and the local workbench on
 * the same origin (http://localhost:4321 by default).
 *
 *   --reset      delete the local data first (fresh site, provisioned and seeded again)
 *   --no-serve   prepare the data and exit (with --reset: `npm run reset`)
 *   --empty      do not provision or seed: an empty site, as a new SharePoint site is (browser tests)
 *   --static     serve the built workbench (dev/workbench/dist) instead of Vite's dev server (browser tests)
 *   --db PATH    database file (default .localsp/boutique.db, or LOCALSP_DB)
 *   --port N     port (default 4321, or PORT)
 */
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { createLocalSharePoint } from './server';
import { prepareSite } from './seed/prepareSite';
import { serveStatic } from './workbench/serveStatic';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};

async function main(): Promise<void> {
  const port = Number(option('--port') || process.env.PORT || 4321);
  const dbPath = path.resolve(option('--db') || process.env.LOCALSP_DB || path.join(root, '.localsp/boutique.db'));
  if (flag('--reset')) {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
    console.log(`Local data reset: ${dbPath}`);
  }
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  const serve = !flag('--no-serve');

  let fallback: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | undefined;
  if (serve && flag('--static')) {
    fallback = serveStatic(path.join(root, 'dev/workbench/dist'));
  } else if (serve) {
    const { createServer } = await import('vite');
    const vite = await createServer({
      configFile: path.join(root, 'dev/workbench/vite.config.mts'),
      server: { middlewareMode: true, hmr: { port: port + 1 } },
      appType: 'spa'
    });
    fallback = (req, res) => vite.middlewares(req, res);
  }

  const server = await createLocalSharePoint({ dbPath, port: serve ? port : 0, host: '127.0.0.1', fallback });
  if (!flag('--empty')) {
    await prepareSite(server, (line) => console.log(line));
  }
  if (!serve) {
    await server.close();
    return;
  }
  const shown = server.url.replace('127.0.0.1', 'localhost');
  console.log(`\nLocal SharePoint: ${shown}/sites/boutique`);
  console.log(`Local workbench:  ${shown}/`);
  console.log(`Mail outbox:      ${shown}/outbox`);
  console.log('Press Ctrl+C to stop. Data is kept in', path.relative(root, dbPath), '(npm run reset to start again).');
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(error.stack || error.message);
  process.exit(1);
});
