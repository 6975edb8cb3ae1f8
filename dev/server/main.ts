/**
 * CLI: `npx tsx dev/server/main.ts` — starts the local SharePoint.
 * PORT (default 4321), HOST (default 127.0.0.1), LOCALSP_DB (default .localsp/boutique.db), LOCALSP_RESET=1 to start fresh.
 */
import * as path from 'node:path';
import { createLocalSharePoint } from './index';

async function main(): Promise<void> {
  const dbPath = path.resolve(process.env.LOCALSP_DB ?? '.localsp/boutique.db');
  const sp = await createLocalSharePoint({
    dbPath,
    port: Number(process.env.PORT ?? 4321),
    host: process.env.HOST ?? '127.0.0.1'
  });
  if (process.env.LOCALSP_RESET === '1') {
    sp.reset();
  }
  // eslint-disable-next-line no-console
  console.log(
    `Local SharePoint: ${sp.siteUrl}  (db ${dbPath}; outbox ${sp.url}/outbox; personas ${sp.url}/_local/personas)`
  );
  const stop = (): void => {
    sp.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  // eslint-disable-next-line no-console
  console.error(e);
  process.exit(1);
});
