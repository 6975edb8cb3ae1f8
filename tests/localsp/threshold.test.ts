/**
 * The 5,000-item list view threshold and $skiptoken paging on a big list, through the real @pnp/sp.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import { startLocalSp, ILocalSpHandle } from '../helpers/localSp';

const OWNER = 'owner@boutique.local';
const N = 12000;
let h: ILocalSpHandle;

beforeAll(async () => {
  h = await startLocalSp();
  const sp = h.spAs(OWNER);
  await sp.web.lists.add('Big', '', 100);
  const f = sp.web.lists.getByTitle('Big').fields;
  await f.addText('WorkType', { Indexed: true });
  await f.addChoice('Status', { Choices: ['Open', 'Closed'], Indexed: true });
  await f.addText('Note1', {});
  await f.addNumber('Seq', {});
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < N; i++) {
    // WorkType RARE on 10 items, COMMON on the rest; Status Open on 100 items
    rows.push({ Title: `item ${i}`, WorkType: i % 1200 === 0 ? 'RARE' : 'COMMON', Status: i < 100 ? 'Open' : 'Closed', Note1: `n${i}`, Seq: i });
  }
  h.server.bulkInsert('Big', rows, OWNER);
});

afterAll(async () => {
  await h.close();
});

const big = () => h.spAs(OWNER).web.lists.getByTitle('Big').items;

test('a first filter clause on a non-indexed column is throttled', async () => {
  const e = await big().filter("Note1 eq 'n5'")().catch((x) => x);
  expect(e.status).toBe(500);
  expect(e.message).toContain('-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
  expect(e.message).toContain('exceeds the list view threshold');
});

test('an indexed first clause that matches more than 5,000 items is throttled', async () => {
  const e = await big().filter("WorkType eq 'COMMON' and Status eq 'Open'")().catch((x) => x);
  expect(e.status).toBe(500);
  expect(e.message).toContain('SPQueryThrottledException');
});

test('$orderby on a non-indexed column is throttled', async () => {
  const e = await big().orderBy('Seq')().catch((x) => x);
  expect(e.status).toBe(500);
  expect(e.message).toContain('SPQueryThrottledException');
});

test('an indexed query on the big list succeeds fast (and may then filter on anything)', async () => {
  const t0 = Date.now();
  const rare = await big().filter("WorkType eq 'RARE' and Seq ge 0").orderBy('Status').select('Id', 'Seq').top(5000)();
  expect(rare).toHaveLength(10);
  const open = await big().filter("Status eq 'Open'").select('Id').top(5000)();
  expect(open).toHaveLength(100);
  const byId = await big().filter('ID le 10').select('Id')();
  expect(byId).toHaveLength(10);
  expect(Date.now() - t0).toBeLessThan(3000);
});

test('no filter with $top 5000 ordered by ID is allowed, and async iteration pages the whole list', async () => {
  let pages = 0;
  let total = 0;
  let last = 0;
  for await (const page of big().select('Id', 'Title').top(1000)) {
    pages++;
    total += page.length;
    expect(page[0].Id).toBeGreaterThan(last);
    last = page[page.length - 1].Id;
  }
  expect(total).toBe(N);
  expect(pages).toBe(N / 1000);
});

test('paging with a filter and descending order keeps the filter in the next link', async () => {
  const ids: number[] = [];
  for await (const page of big().filter("Status eq 'Open'").orderBy('ID', false).select('Id').top(30)) {
    ids.push(...page.map((p: { Id: number }) => p.Id));
  }
  expect(ids).toHaveLength(100);
  expect(ids[0]).toBe(100);
  expect(ids[99]).toBe(1);
});
