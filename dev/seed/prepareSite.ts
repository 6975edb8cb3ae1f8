/**
 * First start of the local SharePoint: the app's own provisioning (ensureSite, as the site owner), then demo data
 * made by the people it belongs to, so item-level security and authorship are as in SharePoint.
 */
import { readSchemaVersion } from '../../src/data/siteStatus';
import { ensureSite } from '../../src/data/ensureSite';
import { SettingsStore } from '../../src/data/stores/SettingsStore';
import type { ILocalSharePoint } from '../server';
import { localSpAs } from './localClient';
import { seedDemoData } from './seedDemoData';

const OWNER = 'owner@boutique.local';
const SEEDED_KEY = 'DemoDataSeeded';

export async function prepareSite(server: ILocalSharePoint, log: (line: string) => void): Promise<void> {
  const owner = localSpAs(server.siteUrl, OWNER);
  const status = await readSchemaVersion(owner);
  if (status.state !== 'ready') {
    log(`Setting up the local site (schema ${status.siteVersion} → ${status.requiredVersion})…`);
    await ensureSite(owner, {
      onProgress: (p) => {
        if (p.done === p.total || p.done % 20 === 0) log(`  ${p.done}/${p.total} ${p.label}`);
      }
    });
  }
  const settings = new SettingsStore(owner);
  if (await settings.get(SEEDED_KEY)) return;
  log('Seeding demo data…');
  const counts = await seedDemoData(server, log);
  await settings.set(SEEDED_KEY, new Date().toISOString());
  log(
    `Demo data: ${Object.keys(counts)
      .map((k) => `${counts[k]} ${k}`)
      .join(', ')}.`
  );
}
