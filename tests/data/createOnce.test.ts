/**
 * Creates land exactly once without a unique column (SharePoint Online refuses one on lists with item-level
 * security): against the local SharePoint with injected throttling, through real PnPjs.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { ILocalSpHandle } from '../helpers/localSp';
import type { IThrottleRule } from '../../dev/server';
import { EnquiryStore } from '../../src/data/stores/EnquiryStore';
import { FeedbackStore } from '../../src/data/stores/FeedbackStore';
import { CREATE_ATTEMPTS } from '../../src/data/stores/listStore';
import { LIST } from '../../src/data/schema';
import { isTransientError } from '../../src/data/errors';
import type { INewEnquiry } from '../../src/data/stores/types';
import { counting, newRequestKey, OWNER, SO1, startProvisionedSite } from './support';

jest.setTimeout(120000);

function enquiry(): INewEnquiry {
  return {
    requestKey: newRequestKey(),
    workType: 'AIC',
    reason: 'ArrearsUnsure',
    question: 'Rate does not match the record after the last update.',
    referencesChecked: ['Operational Blueprint'],
    customerOnHold: false,
    centreTimeZone: 'Australia/Melbourne',
    requesterKey: SO1
  } as INewEnquiry;
}

/** Arms the server's throttle for the next `count` item creates (POSTs to .../items). */
function throttleCreates(local: ILocalSpHandle, status: IThrottleRule['status'], count: number): void {
  local.server.throttle({ status, count, retryAfter: 0, methods: ['POST'], pathContains: '/items' });
}

async function landed(owner: SPFI, list: string, requestKey: string): Promise<number> {
  const rows: unknown[] = await owner.web.lists
    .getByTitle(list)
    .items.filter("RequestKey eq '" + requestKey + "'")
    .select('Id')();
  return rows.length;
}

describe('create-once without a unique RequestKey', () => {
  let local: ILocalSpHandle;
  let owner: SPFI;

  beforeAll(async () => {
    local = await startProvisionedSite();
    owner = local.spAs(OWNER);
    // the digest is fetched once, so the throttle rules below meet the creates themselves
    await new EnquiryStore(local.spAs(SO1)).create(enquiry());
  });
  afterAll(async () => {
    local.server.throttle(null);
    await local.close();
  });

  it('a 504 after SharePoint committed the create is looked up, not sent again', async () => {
    const { sp, log } = counting(local.spAs(SO1));
    const input = enquiry();
    throttleCreates(local, 504, 1);
    const created = await new EnquiryStore(sp).create(input);
    expect(created.requestKey).toBe(input.requestKey);
    expect(await landed(owner, LIST.enquiries, input.requestKey)).toBe(1);
    expect(log.requests.filter((r) => r.method === 'POST' && /\/items$/i.test(r.url)).length).toBe(1);
  });

  it('429s and 503s before the commit: looked up each time, sent again, lands once', async () => {
    for (const status of [429, 503] as const) {
      const input = enquiry();
      throttleCreates(local, status, 2);
      const created = await new EnquiryStore(local.spAs(SO1)).create(input);
      expect(created.requestKey).toBe(input.requestKey);
      expect(await landed(owner, LIST.enquiries, input.requestKey)).toBe(1);
    }
  });

  it("gives up after a bounded number of sends, and the caller's retry with the same key still lands once", async () => {
    const store = new EnquiryStore(local.spAs(SO1));
    const input = enquiry();
    throttleCreates(local, 503, CREATE_ATTEMPTS);
    const err: unknown = await store.create(input).then(
      () => undefined,
      (e: unknown) => e
    );
    expect(isTransientError(err)).toBe(true);
    expect(await landed(owner, LIST.enquiries, input.requestKey)).toBe(0);
    const created = await store.create(input);
    expect(await landed(owner, LIST.enquiries, input.requestKey)).toBe(1);
    // and sending a key that landed again returns the same item
    expect((await store.create(input)).id).toBe(created.id);
  });

  it('the same on Feedback, the other list with item-level security', async () => {
    const requestKey = newRequestKey('fb');
    throttleCreates(local, 504, 1);
    await new FeedbackStore(local.spAs(SO1)).create({
      requestKey,
      enquiryId: 1,
      tpsoKey: 'tpso1@boutique.local',
      teamLeaderKey: 'tl@boutique.local',
      raisedByKey: SO1,
      detail: 'The answer quoted an old rate.'
    });
    expect(await landed(owner, LIST.feedback, requestKey)).toBe(1);
  });
});
