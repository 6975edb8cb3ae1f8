/**
 * The TPS Queue's live feed against the local SharePoint with real PnPjs: after the first read, every poll is one
 * `$batch` request, whether nothing changed, an enquiry arrived or an older one was withdrawn; what the polls show
 * equals what a fresh read shows.
 */
import { graphfi } from '@pnp/graph';
import { GraphBrowser } from '@pnp/graph/behaviors/graphbrowser';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { LIST } from '../../src/data/schema';
import { createDataServices, IDataServices } from '../../src/data/services';
import { IEnquiry } from '../../src/data/stores/types';
import { WaitingFeed, IWaitingState } from '../../src/webparts/tpsQueue/hooks/waitingFeed';
import type { PollStep } from '../../src/shared/hooks/pollCoordinator';
import type { ILocalSpHandle } from '../helpers/localSp';
import { counting, IRequestLog, SO1, TPSO1, TPSO2, startProvisionedSite } from './support';

jest.setTimeout(120000);

function enquiryRow(i: number): Record<string, unknown> {
  return {
    Title: `Feed ${i}`,
    RequestKey: `feed-${i}-${Date.now()}`,
    WorkType: 'AIC',
    Status: 'Waiting',
    Reason: 'System will not allow updates',
    Question: 'The rate will not update after the income change.',
    CentreTimeZone: 'Australia/Melbourne',
    RequesterKey: SO1
  };
}

describe('the TPS Queue live feed', () => {
  let local: ILocalSpHandle;
  let tpso: IDataServices;
  let log: IRequestLog;
  let shown: IWaitingState | undefined;
  let feed: WaitingFeed;

  /** One poll as the page's coordinator runs it: the step in one batch, its follow-up (if any) in another. */
  async function poll(): Promise<number> {
    log.clear();
    const next: PollStep | void = await tpso.readTogether((b) => feed.step(b));
    if (next) {
      await tpso.readTogether((b) => next(b));
    }
    // Each read in a batch passes PnPjs's `pre` too; what reaches SharePoint is one `$batch` request per batch.
    return log.requests.filter((r) => /\/_api\/\$batch/.test(r.url)).length;
  }

  function ids(): number[] {
    return (shown ? shown.items : []).map((e: IEnquiry) => e.id);
  }

  beforeAll(async () => {
    local = await startProvisionedSite();
    const rows: Record<string, unknown>[] = [];
    for (let i = 0; i < 30; i++) {
      rows.push(enquiryRow(i));
    }
    local.server.bulkInsert(LIST.enquiries, rows, SO1);
    const c = counting(local.spAs(TPSO1));
    const base = local.url + '/graph/v1.0/';
    const graph = graphfi(base).using(GraphBrowser({ baseUrl: base }), InjectHeaders({ 'X-Local-User': TPSO1 }));
    tpso = createDataServices({ sp: c.sp, graph, currentUserLogin: TPSO1 });
    log = c.log;
    feed = new WaitingFeed((s) => {
      shown = s;
    });
    await tpso.readTogether((b) => feed.readAll(b));
  });

  afterAll(async () => {
    await local.close();
  });

  it('shows every waiting enquiry after the first read', () => {
    expect(ids()).toHaveLength(30);
  });

  it('a poll with nothing changed is one request and shows the same', async () => {
    const before = shown;
    expect(await poll()).toBe(1);
    expect(shown).toBe(before);
  });

  it('an arrival is one request', async () => {
    const added = await local.spAs(SO1).web.lists.getByTitle(LIST.enquiries).items.add(enquiryRow(100));
    const id: number = (added as { Id?: number; ID?: number }).Id ?? (added as { ID: number }).ID;
    expect(await poll()).toBe(1);
    expect(ids()).toContain(id);
    expect(ids()).toHaveLength(31);
  });

  it('a withdrawn older enquiry leaves the queue in one request', async () => {
    const first: number = ids()[0];
    await local.spAs(SO1).web.lists.getByTitle(LIST.enquiries).items.getById(first).update({ Status: 'Withdrawn' });
    expect(await poll()).toBe(1);
    expect(ids()).not.toContain(first);
    expect(ids()).toHaveLength(30);
  });

  it('a claim by another TPSO takes the enquiry off the queue, and a release puts it back, one request each', async () => {
    const target: number = ids()[0];
    const handling = local.spAs(TPSO2).web.lists.getByTitle(LIST.handling).items;
    const claimed = await handling.add({
      Title: String(target),
      EnquiryId: target,
      WorkType: 'AIC',
      Status: 'Claimed'
    });
    const claimId: number = (claimed as { Id?: number; ID?: number }).Id ?? (claimed as { ID: number }).ID;
    expect(await poll()).toBe(1);
    expect(ids()).not.toContain(target);
    await handling.getById(claimId).update({ Status: 'Waiting' });
    expect(await poll()).toBe(1);
    expect(ids()).toContain(target);
  });

  it('what the polls show equals a fresh read', async () => {
    let fresh: IWaitingState | undefined;
    const again = new WaitingFeed((s) => {
      fresh = s;
    });
    await tpso.readTogether((b) => again.readAll(b));
    expect(fresh && fresh.items.map((e) => e.id)).toEqual(ids());
  });
});
