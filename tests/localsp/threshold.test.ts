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
    rows.push({
      Title: `item ${i}`,
      WorkType: i % 1200 === 0 ? 'RARE' : 'COMMON',
      Status: i < 100 ? 'Open' : 'Closed',
      Note1: `n${i}`,
      Seq: i
    });
  }
  h.server.bulkInsert('Big', rows, OWNER);
});

afterAll(async () => {
  await h.close();
});

const big = () => h.spAs(OWNER).web.lists.getByTitle('Big').items;

test('a first filter clause on a non-indexed column is throttled', async () => {
  const e = await big()
    .filter("Note1 eq 'n5'")()
    .catch((x) => x);
  expect(e.status).toBe(500);
  expect(e.message).toContain('-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
  expect(e.message).toContain('exceeds the list view threshold');
});

test('an indexed first clause that matches more than 5,000 items is throttled', async () => {
  const e = await big()
    .filter("WorkType eq 'COMMON' and Status eq 'Open'")()
    .catch((x) => x);
  expect(e.status).toBe(500);
  expect(e.message).toContain('SPQueryThrottledException');
});

test('an `or` with a non-indexed branch is throttled, even when its indexed branch matches few items', async () => {
  const e = await big()
    .filter("Status eq 'Open' or Note1 eq 'n5'")()
    .catch((x) => x);
  expect(e.status).toBe(500);
  expect(e.message).toContain('SPQueryThrottledException');
});

test('indexed `or` branches that together match more than 5,000 items are throttled, also as the first clause of an `and`', async () => {
  const e = await big()
    .filter("Status eq 'Open' or WorkType eq 'COMMON'")()
    .catch((x) => x);
  expect(e.status).toBe(500);
  expect(e.message).toContain('SPQueryThrottledException');
  const grouped = await big()
    .filter("(Status eq 'Open' or Status eq 'Closed') and WorkType eq 'RARE'")()
    .catch((x) => x);
  expect(grouped.status).toBe(500);
});

test('indexed `or` branches that together match at most 5,000 items are served; later clauses may use any column', async () => {
  const either = await big().filter("WorkType eq 'RARE' or Status eq 'Open'").select('Id').top(5000)();
  expect(either).toHaveLength(109);
  const nested = await big()
    .filter("(Status eq 'Open' and Seq ge 50) or (WorkType eq 'RARE' and Note1 ne 'x')")
    .select('Id')
    .top(5000)();
  expect(nested).toHaveLength(60);
});

test('a `not` or a substring search cannot be served by an index and is throttled; a prefix search can', async () => {
  const not = await big()
    .filter("not (Status eq 'Open')")()
    .catch((x) => x);
  expect(not.status).toBe(500);
  const substring = await big()
    .filter("substringof('RAR', WorkType)")()
    .catch((x) => x);
  expect(substring.status).toBe(500);
  const prefix = await big().filter("startswith(WorkType, 'RAR')").select('Id').top(5000)();
  expect(prefix).toHaveLength(10);
});

test('$orderby on a non-indexed column is throttled', async () => {
  const e = await big()
    .orderBy('Seq')()
    .catch((x) => x);
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
