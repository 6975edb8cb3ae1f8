/**
 * The TPS Queue benches' site: tpso1 on the roster with five specialties, and `count` waiting enquiries from so1,
 * oldest first one second apart. Shared by the queue and live-update benches so their figures are of the same queue.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { LIST } from '../src/data/schema';
import { localSpAs } from '../dev/seed/localClient';
import type { IBenchSite } from './browserSite';

export const BENCH_TPSO = 'tpso1@boutique.local';
export const BENCH_SPECIALTIES = ['ABSTUDY', 'AIC', 'PES', 'TAP', 'APPRENTICES'];
export const BENCH_OFFICER = 'so1@boutique.local';

/** One waiting enquiry as the benches insert it (`prefix` keeps RequestKeys apart between benches). */
export function waitingRow(prefix: string, i: number, created: number): Record<string, unknown> {
  return {
    Title: `Bench ${i}`,
    RequestKey: `${prefix}-${i}`,
    WorkType: BENCH_SPECIALTIES[i % BENCH_SPECIALTIES.length],
    Status: 'Waiting',
    Reason: 'System will not allow updates',
    Question: 'The rate will not update after the income change.',
    ReferencesChecked: ['Operational Blueprint'],
    CustomerOnHold: i % 3 === 0,
    CentreTimeZone: 'Australia/Melbourne',
    RequesterKey: BENCH_OFFICER,
    Created: new Date(created).toISOString()
  };
}

/** Puts the TPSO on the roster and `count` waiting enquiries in the list. */
export async function seedWaitingQueue(site: IBenchSite, count: number, prefix: string): Promise<void> {
  const owner = localSpAs(site.server.siteUrl, 'owner@boutique.local');
  await owner.web.lists.getByTitle(LIST.roster).items.add({
    Title: 'Tom Peer',
    PersonKey: BENCH_TPSO,
    WorkTypes: BENCH_SPECIALTIES.join(';'),
    Role: 'TPSO',
    Centre: 'Hobart',
    CentreTimeZone: 'Australia/Hobart',
    OnDuty: true,
    TeamLeaderKey: 'tl@boutique.local'
  });
  const now = Date.now();
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    rows.push(waitingRow(prefix, i, now - (count - i) * 1000));
  }
  site.server.bulkInsert(LIST.enquiries, rows, BENCH_OFFICER);
}
