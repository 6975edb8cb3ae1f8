/**
 * Set-up as SharePoint Online takes it, against the local SharePoint through real PnPjs: no unique column with
 * item-level security, sites left half set up by the old set-up, the upgrade from version 2 with data in it, only
 * groups holding roles on lists of customer work, and site Members and Visitors in no Boutique TPS group kept out.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import { startLocalSp } from '../helpers/localSp';
import type { ILocalSpHandle } from '../helpers/localSp';
import { ensureSite } from '../../src/data/ensureSite';
import { readSchemaVersion } from '../../src/data/siteStatus';
import { LIST, SCHEMA, schemaAtVersion } from '../../src/data/schema';
import { OWNER, SO1 } from './support';

jest.setTimeout(300000);

const SO2 = 'so2@boutique.local';
const MEMBER = 'member@boutique.local';
const VISITOR = 'visitor@boutique.local';
const CUSTOMER_WORK: string[] = [LIST.enquiries, LIST.escalations, LIST.qolChecks, LIST.feedback];
const ITEM_SECURED: string[] = [LIST.enquiries, LIST.feedback];

async function requestKeyUnique(sp: SPFI, list: string): Promise<{ indexed: boolean; unique: boolean }> {
  const f: { Indexed: boolean; EnforceUniqueValues: boolean } = await sp.web.lists
    .getByTitle(list)
    .fields.getByInternalNameOrTitle('RequestKey')
    .select('Indexed', 'EnforceUniqueValues')();
  return { indexed: !!f.Indexed, unique: !!f.EnforceUniqueValues };
}

/** Checks the site is the current schema where it matters here. */
async function expectCurrent(owner: SPFI): Promise<void> {
  expect(await readSchemaVersion(owner)).toMatchObject({ state: 'ready', siteVersion: SCHEMA.version });
  const lists: Array<{ Title: string; ReadSecurity: number; HasUniqueRoleAssignments: boolean }> =
    await owner.web.lists.select('Title', 'ReadSecurity', 'HasUniqueRoleAssignments')();
  for (const title of ITEM_SECURED) {
    expect(lists.filter((l) => l.Title === title)[0]).toMatchObject({
      ReadSecurity: 2,
      HasUniqueRoleAssignments: true
    });
    expect(await requestKeyUnique(owner, title)).toEqual({ indexed: true, unique: false });
  }
}

describe('set-up on a fresh site', () => {
  let local: ILocalSpHandle;
  let owner: SPFI;

  beforeAll(async () => {
    local = await startLocalSp();
    owner = local.spAs(OWNER);
    await ensureSite(owner);
  });
  afterAll(async () => {
    await local.close();
  });

  it('asks for no unique column on a list with item-level security', async () => {
    await expectCurrent(owner);
  });

  it('leaves only groups holding roles on lists of customer work (its own direct grant removed)', async () => {
    const me: { Id: number } = await owner.web.currentUser.select('Id')();
    const owners: { Id: number } = await owner.web.associatedOwnerGroup.select('Id')();
    for (const title of CUSTOMER_WORK) {
      const rows: Array<{ PrincipalId: number }> = await owner.web.lists
        .getByTitle(title)
        .roleAssignments.select('PrincipalId')();
      const principals = rows.map((r) => r.PrincipalId);
      expect({ title, me: principals.indexOf(me.Id) >= 0, owners: principals.indexOf(owners.Id) >= 0 }).toEqual({
        title,
        me: false,
        owners: true
      });
    }
    // the owner still works on them through the owners group
    expect((await owner.web.lists.getByTitle(LIST.enquiries).items.top(1)()).length).toBe(0);
  });

  it('a site Visitor and a site Member in no Boutique TPS group get 404 on every list of customer work', async () => {
    // no persona is in a Boutique TPS group on this site; so2 joins the site's Members group (Edit)
    const members: { Id: number } = await owner.web.associatedMemberGroup.select('Id')();
    await owner.web.siteGroups.getById(members.Id).users.add('i:0#.f|membership|' + SO2);
    for (const login of [SO1, SO2]) {
      for (const title of CUSTOMER_WORK.concat([LIST.settings])) {
        const res = await local.rawFetch(
          login,
          "/sites/boutique/_api/web/lists/getByTitle('" + encodeURIComponent(title) + "')/items"
        );
        expect({ login, title, status: res.status }).toEqual({ login, title, status: 404 });
      }
    }
  });

  it('the personas Mia Member and Victor Visitor get 404 on every list of customer work', async () => {
    for (const login of [MEMBER, VISITOR]) {
      for (const title of CUSTOMER_WORK) {
        const res = await local.rawFetch(
          login,
          "/sites/boutique/_api/web/lists/getByTitle('" + encodeURIComponent(title) + "')"
        );
        expect({ login, title, status: res.status }).toEqual({ login, title, status: 404 });
      }
    }
  });
});

describe('a site the old set-up left half done', () => {
  it('finishes on the next run wherever the old set-up stopped', async () => {
    let local: ILocalSpHandle = await startLocalSp();
    let owner: SPFI = local.spAs(OWNER);
    const old = schemaAtVersion(SCHEMA, 2);
    let total = 0;
    await ensureSite(owner, {
      schema: old,
      onProgress: (p) => {
        total = Math.max(total, p.total);
      }
    }).catch(() => undefined);
    expect(total).toBeGreaterThan(10);
    // every 9th step, and the first and last few: stop the old set-up after it, then run the new one
    const stops: number[] = [];
    for (let k = 1; k < total; k++) {
      if (k % 9 === 0 || k < 3 || k > total - 3) {
        stops.push(k);
      }
    }
    for (const stop of stops) {
      // a new site each time (PnPjs keeps request digests per site URL, so a reset one would refuse them)
      await local.close();
      local = await startLocalSp();
      owner = local.spAs(OWNER);
      await ensureSite(owner, {
        schema: old,
        onProgress: (p) => {
          if (p.done >= stop && p.done < p.total) {
            throw new Error('stopped after step ' + stop);
          }
        }
      }).catch(() => undefined);
      await ensureSite(owner);
      await expectCurrent(owner);
    }
    await local.close();
  });
});

describe('a version 2 site with data in it', () => {
  it('upgrades to version 3, keeping every item and taking uniqueness off RequestKey', async () => {
    const local: ILocalSpHandle = await startLocalSp();
    const owner: SPFI = local.spAs(OWNER);
    // SharePoint Online stops the old set-up where it asks for the unique column; a kinder server completes it
    await ensureSite(owner, { schema: schemaAtVersion(SCHEMA, 2) }).catch(() => undefined);
    local.server.bulkInsert(
      LIST.enquiries,
      [0, 1, 2].map((i) => ({
        Title: 'v2-' + i,
        RequestKey: 'v2-' + i,
        WorkType: 'AIC',
        Status: 'Waiting',
        RequesterKey: SO1
      })),
      SO1
    );
    await ensureSite(owner);
    await expectCurrent(owner);
    const rows: Array<{ RequestKey: string }> = await owner.web.lists
      .getByTitle(LIST.enquiries)
      .items.filter("WorkType eq 'AIC'")
      .select('RequestKey')
      .top(10)();
    expect(rows.map((r) => r.RequestKey).sort()).toEqual(['v2-0', 'v2-1', 'v2-2']);
    await local.close();
  });
});
