/**
 * $batch, throttling and retries, a 504 after a committed create, the Graph mail stand-in, stats, and durability.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import { startLocalSp, ILocalSpHandle } from '../helpers/localSp';

const OWNER = 'owner@boutique.local';
let h: ILocalSpHandle;

beforeAll(async () => {
  h = await startLocalSp();
  const sp = h.spAs(OWNER);
  await sp.web.lists.add('Tasks', '', 100);
  await sp.web.lists.getByTitle('Tasks').fields.addText('RequestKey', { Indexed: true, EnforceUniqueValues: true });
});

afterAll(async () => {
  await h.close();
});

test('$batch runs several reads and writes as one HTTP request', async () => {
  const [batched, execute] = h.spAs(OWNER).batched();
  h.server.resetStats();
  const list = batched.web.lists.getByTitle('Tasks');
  const results: unknown[] = [];
  list.items.add({ Title: 'b1' }).then((r) => results.push(r));
  list.items.add({ Title: 'b2' }).then((r) => results.push(r));
  let web: { Title?: string } = {};
  batched.web
    .select('Title')()
    .then((w) => {
      web = w;
    });
  let missing: unknown;
  batched.web.lists
    .getByTitle('Missing')()
    .catch((e) => {
      missing = e;
    });
  await execute();
  expect(results).toHaveLength(2);
  expect(web.Title).toBe('Boutique TPS');
  expect((missing as { status: number }).status).toBe(404);
  const stats = h.server.stats();
  expect(stats.batches).toBe(1);
  expect(stats.batchInner).toBe(4);
  const items = await h
    .spAs(OWNER)
    .web.lists.getByTitle('Tasks')
    .items.filter("startswith(Title, 'b')")
    .select('Title')();
  expect(items.map((i) => i.Title).sort()).toEqual(['b1', 'b2']);
});

test('429 with Retry-After is retried by PnPjs and succeeds', async () => {
  const r = await fetch(h.url + '/_local/throttle', {
    method: 'POST',
    headers: { 'X-Local-User': OWNER },
    body: JSON.stringify({ status: 429, count: 1, retryAfter: 1 })
  });
  expect(r.status).toBe(200);
  const raw = await h.rawFetch(OWNER, '/sites/boutique/_api/web');
  expect(raw.status).toBe(429);
  expect(raw.headers.get('Retry-After')).toBe('1');
  await fetch(h.url + '/_local/throttle', {
    method: 'POST',
    headers: { 'X-Local-User': OWNER },
    body: JSON.stringify({ status: 429, count: 1, retryAfter: 1 })
  });
  const t0 = Date.now();
  const web = await h.spAs(OWNER).web.select('Title')();
  expect(web.Title).toBe('Boutique TPS');
  expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
});

test('a 504 after a committed create: the create landed once, the retry hits the unique key', async () => {
  h.server.throttle({ status: 504, count: 1, methods: ['POST'], pathContains: '/items' });
  const e = await h
    .spAs(OWNER)
    .web.lists.getByTitle('Tasks')
    .items.add({ Title: 'once', RequestKey: 'k-504' })
    .catch((x) => x);
  expect(e.status).toBe(500);
  expect(e.message).toContain('SPDuplicateValuesFoundException');
  const landed = await h.spAs(OWNER).web.lists.getByTitle('Tasks').items.filter("RequestKey eq 'k-504'")();
  expect(landed).toHaveLength(1);
});

test('sendMail through the Graph stand-in lands in the outbox', async () => {
  const r = await h.rawFetch('tpso1@boutique.local', '/graph/v1.0/me/sendMail', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      message: {
        subject: 'Enquiry <1> finalised',
        body: { contentType: 'Text', content: 'Answer: see OB 111-05070020' },
        toRecipients: [{ emailAddress: { address: 'so1@boutique.local' } }]
      }
    })
  });
  expect(r.status).toBe(202);
  const box = await (await fetch(h.url + '/_local/outbox')).json();
  expect(box[box.length - 1]).toMatchObject({
    from: 'tpso1@boutique.local',
    to: ['so1@boutique.local'],
    subject: 'Enquiry <1> finalised'
  });
  const html = await (await fetch(h.url + '/outbox')).text();
  expect(html).toContain('Enquiry &lt;1&gt; finalised');
  const anon = await fetch(h.url + '/v1.0/me/sendMail', { method: 'POST', body: '{}' });
  expect(anon.status).toBe(401);
});

test('stats count requests per user and per page load', async () => {
  h.server.resetStats();
  await h.rawFetch('so1@boutique.local', '/sites/boutique/_api/web', { headers: { 'X-Local-Page-Load': 'p1' } });
  await h.rawFetch('so1@boutique.local', '/sites/boutique/_api/web', { headers: { Cookie: 'localPageLoad=p1' } });
  const stats = await (await fetch(h.url + '/_local/stats')).json();
  expect(stats.byUser['so1@boutique.local']).toBe(2);
  expect(stats.byPageLoad.p1.requests).toBe(2);
  const personas = await (await fetch(h.url + '/_local/personas')).json();
  expect(personas.find((p: { login: string }) => p.login === 'owner@boutique.local').id).toBeGreaterThan(0);
});

test('verbose odata is answered with the d wrapper', async () => {
  const r = await h.rawFetch(OWNER, "/sites/boutique/_api/web/lists/getbytitle('Tasks')/items?$select=Title&$top=1", {
    headers: { Accept: 'application/json;odata=verbose' }
  });
  const j = await r.json();
  expect(Array.isArray(j.d.results)).toBe(true);
  expect(j.d.results[0].__metadata.etag).toBe('"1"');
  const missing = await h.rawFetch(OWNER, "/sites/boutique/_api/web/lists/getbytitle('Nope')", {
    headers: { Accept: 'application/json;odata=verbose' }
  });
  expect((await missing.json()).error.code).toContain('-2130575322');
});

test('data survives close and reopen of the same database file', async () => {
  const { startLocalSp: start } = await import('../helpers/localSp');
  const first = await start();
  await first.spAs(OWNER).web.lists.add('Durable', '', 100);
  await first.spAs(OWNER).web.lists.getByTitle('Durable').items.add({ Title: 'kept' });
  const dbPath = first.dbPath;
  await first.server.close();
  const second = await start({ dbPath });
  try {
    const items = await second.spAs(OWNER).web.lists.getByTitle('Durable').items.select('Title')();
    expect(items.map((i) => i.Title)).toEqual(['kept']);
  } finally {
    await second.close();
    require('node:fs').rmSync(require('node:path').dirname(dbPath), { recursive: true, force: true });
  }
});
