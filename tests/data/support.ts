import { addPersonasToGroups } from '../../dev/seed/personaGroups';
import { spfi, SPFI } from '@pnp/sp';
import { startLocalSp } from '../helpers/localSp';
import type { ILocalSpHandle } from '../helpers/localSp';
import { ensureSite } from '../../src/data/ensureSite';
import { Queryable } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users';

/** Kept for the tests' wording: the shared helper in dev/seed puts the personas in their groups. */
export const addPersonaMembers = addPersonasToGroups;

/** A fresh local SharePoint set up by the site owner with the app's own ensureSite, personas in their groups. */
export async function startProvisionedSite(): Promise<ILocalSpHandle> {
  const local: ILocalSpHandle = await startLocalSp();
  const owner: SPFI = local.spAs(OWNER);
  await ensureSite(owner);
  await addPersonasToGroups(owner);
  return local;
}

/** HTTP requests a PnPjs root has sent, by method and URL. */
export interface IRequestLog {
  requests: Array<{ method: string; url: string }>;
  count(method: string): number;
  clear(): void;
}

/** A copy of `sp` that records every request it sends (a PnPjs behaviour on the `pre` moment). */
export function counting(sp: SPFI): { sp: SPFI; log: IRequestLog } {
  const log: IRequestLog = {
    requests: [],
    count(method: string): number {
      return this.requests.filter((r: { method: string }) => r.method === method).length;
    },
    clear(): void {
      this.requests.length = 0;
    }
  };
  const counted = spfi(sp).using((instance: Queryable) => {
    instance.on.pre(async (url: string, init: RequestInit, result: unknown) => {
      log.requests.push({ method: (init.method || 'GET').toUpperCase(), url });
      return [url, init, result];
    });
    return instance;
  });
  return { sp: counted, log };
}

/** Request keys as the client makes them. */
export { newRequestKey } from '../../src/data/requestKey';

export const OWNER = 'owner@boutique.local';
export const SO1 = 'so1@boutique.local';
export const TPSO1 = 'tpso1@boutique.local';
export const TPSO2 = 'tpso2@boutique.local';
