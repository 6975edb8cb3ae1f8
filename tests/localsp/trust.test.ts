/**
 * What the local SharePoint trusts: only its own origin and host, an identity on everything that changes data
 * (the /_local control endpoints included, reset and throttle for the site owner only), a request digest that is
 * the user's own (SharePoint's FormDigest is issued per user), and SharePoint's limit on multiple lines of text.
 */
import * as http from 'node:http';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import { startLocalSp, ILocalSpHandle } from '../helpers/localSp';

const OWNER = 'owner@boutique.local';
const MEMBER = 'member@boutique.local';
let h: ILocalSpHandle;

beforeAll(async () => {
  h = await startLocalSp();
  await h.spAs(OWNER).web.lists.add('Notes', '', 100, false);
  await h.spAs(OWNER).web.lists.getByTitle('Notes').fields.addMultilineText('Body', { RichText: false });
});
afterAll(async () => {
  await h.close();
});

/** A raw request with a Host header of our choosing (fetch will not let us set Host). */
function rawHttp(host: string, path: string, method = 'GET'): Promise<number> {
  const u = new URL(h.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, path, method, headers: { Host: host, 'X-Local-User': OWNER } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }
    );
    req.on('error', reject);
    req.end();
  });
}

test('a foreign Host (DNS rebinding) is refused with 421; the own host on a loopback name is served', async () => {
  const port = new URL(h.url).port;
  expect(await rawHttp('evil.example', '/sites/boutique/_api/web')).toBe(421);
  expect(await rawHttp(`evil.example:${port}`, '/_local/personas')).toBe(421);
  expect(await rawHttp(`localhost:${Number(port) + 1}`, '/sites/boutique/_api/web')).toBe(421);
  expect(await rawHttp(`localhost:${port}`, '/sites/boutique/_api/web')).toBe(200);
  expect(await rawHttp(`127.0.0.1:${port}`, '/sites/boutique/_api/web')).toBe(200);
});

test('a pre-flight or request from another origin is refused, without CORS headers', async () => {
  const pre = await fetch(h.url + '/sites/boutique/_api/web/lists', {
    method: 'OPTIONS',
    headers: { Origin: 'http://localhost:9999', 'Access-Control-Request-Method': 'POST' }
  });
  expect(pre.status).toBe(403);
  expect(pre.headers.get('access-control-allow-origin')).toBeNull();
  const post = await h.rawFetch(OWNER, '/_local/reset', { method: 'POST', headers: { Origin: 'http://evil.example' } });
  expect(post.status).toBe(403);
  const mail = await h.rawFetch(OWNER, '/graph/v1.0/me/sendMail', {
    method: 'POST',
    headers: { Origin: 'http://127.0.0.1:1' },
    body: '{}'
  });
  expect(mail.status).toBe(403);
  const own = await h.rawFetch(OWNER, '/sites/boutique/_api/web', { headers: { Origin: h.url } });
  expect(own.status).toBe(200);
});

test("/_local reset and throttle need an identity, and the site owner's", async () => {
  expect((await fetch(h.url + '/_local/reset', { method: 'POST' })).status).toBe(401);
  expect((await fetch(h.url + '/_local/throttle', { method: 'POST', body: '{}' })).status).toBe(401);
  expect((await fetch(h.url + '/_local/stats/reset', { method: 'POST' })).status).toBe(401);
  expect((await h.rawFetch(MEMBER, '/_local/throttle', { method: 'POST', body: '{}' })).status).toBe(403);
  expect((await h.rawFetch(MEMBER, '/_local/reset', { method: 'POST' })).status).toBe(403);
  expect((await fetch(h.url + '/_local/page-context')).status).toBe(401);
  expect((await h.rawFetch(OWNER, '/_local/throttle', { method: 'POST', body: '{}' })).status).toBe(200);
  // the site survived the refused resets
  expect((await h.spAs(OWNER).web.lists.filter("Title eq 'Notes'")()).length).toBe(1);
});

test("a request digest is its user's: another user's digest is refused (403) like a forged one", async () => {
  const ownersDigest = await h.digest(OWNER);
  const asMember = await h.rawFetch(MEMBER, "/sites/boutique/_api/web/lists/getbytitle('Notes')/items", {
    method: 'POST',
    headers: { 'X-RequestDigest': ownersDigest, 'Content-Type': 'application/json' },
    body: JSON.stringify({ Title: 'x' })
  });
  expect(asMember.status).toBe(403);
  expect(
    ((await asMember.json()) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value
  ).toMatch(/security validation/);
  const own = await h.rawFetch(MEMBER, "/sites/boutique/_api/web/lists/getbytitle('Notes')/items", {
    method: 'POST',
    headers: { 'X-RequestDigest': await h.digest(MEMBER), 'Content-Type': 'application/json' },
    body: JSON.stringify({ Title: 'x' })
  });
  expect(own.status).toBe(201);
});

test('a multiple lines of text value past 63,999 characters is refused; 63,999 is kept', async () => {
  const notes = h.spAs(OWNER).web.lists.getByTitle('Notes');
  const e = await notes.items.add({ Title: 'long', Body: 'x'.repeat(64000) }).catch((x) => x);
  expect(e.status).toBe(400);
  expect(e.message).toMatch(/Body.*63999/);
  const ok = await notes.items.add({ Title: 'long', Body: 'x'.repeat(63999) });
  expect((await notes.items.getById(ok.Id)()).Body).toHaveLength(63999);
});

test('a method a resource does not take is 405, not a crash', async () => {
  const digest = await h.digest(OWNER);
  const del = await h.rawFetch(OWNER, '/sites/boutique/_api/web', {
    method: 'DELETE',
    headers: { 'X-RequestDigest': digest }
  });
  expect(del.status).toBe(405);
  const post = await h.rawFetch(OWNER, "/sites/boutique/_api/web/lists/getbytitle('Notes')", {
    method: 'POST',
    headers: { 'X-RequestDigest': digest }
  });
  expect(post.status).toBe(405);
  const lists = await h.rawFetch(OWNER, '/sites/boutique/_api/web/lists', {
    method: 'DELETE',
    headers: { 'X-RequestDigest': digest }
  });
  expect(lists.status).toBe(405);
});
