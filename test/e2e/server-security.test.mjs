// The reference server as an attacker would try it (people copy demo/server/ into their apps): the
// outbox, the Host header, open redirects, data file permissions, the sign-in rate limit, headers on
// every response, compression, and an outbox file that is damaged or written half.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startServer } from '../../demo/server/server.mjs';
import { createOutbox } from '../../demo/server/outbox.mjs';
import { checkCreateRequest } from '../../demo/server/invite-policy.mjs';
import { ADMIN_EMAIL, DEMO_PASSWORD, TEST_SIGN_IN_LIMIT, newContext, startDemo } from './support.mjs';

/**
 * A raw HTTP request, so the Host header can be anything (fetch always sends the URL's).
 * @param {string} url
 * @param {Record<string, string>} [headers]
 * @returns {Promise<{ status: number, headers: http.IncomingHttpHeaders, body: Buffer }>}
 */
function request(url, headers = {}) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

/**
 * Signs in through the API; returns the session cookie to send along.
 * @param {string} url
 * @param {string} email
 * @param {string} [password]
 */
async function signIn(url, email, password = DEMO_PASSWORD) {
  const response = await fetch(`${url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password }),
  });
  return { status: response.status, cookie: response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') };
}

/**
 * A sign-in attempt from a loopback address of its own: Better Auth counts attempts per client address
 * in memory shared by every server in this process, and this file's other sign-ins come from 127.0.0.1.
 * @param {string} url
 * @param {string} email
 * @param {string} password
 * @param {string} localAddress  e.g. 127.0.0.9
 * @returns {Promise<number>} The status.
 */
function signInFrom(url, email, password, localAddress) {
  const body = JSON.stringify({ email, password });
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/api/auth/sign-in/email`,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), origin: url } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the reference server is safe to copy', { timeout: 120_000 }, () => {
  /** @type {Awaited<ReturnType<typeof startDemo>>} */
  let demo;
  /** @type {string} */
  let adminCookie;

  before(async () => {
    demo = await startDemo();
    adminCookie = (await signIn(demo.url, ADMIN_EMAIL)).cookie;
  });
  after(() => demo?.close());

  describe('the outbox (it holds every invitation link)', () => {
    it('is refused to anonymous visitors: 401 as JSON, a redirect to sign in as a page', async () => {
      const json = await request(`${demo.url}/outbox.json`);
      assert.equal(json.status, 401);
      assert.doesNotMatch(json.body.toString(), /token/i);
      const page = await request(`${demo.url}/outbox`);
      assert.equal(page.status, 303);
      assert.equal(page.headers.location, '/sign-in?next=%2Foutbox');
    });

    it('is refused to a signed-in user who is not the demo admin', async () => {
      const { cookie } = await signIn(demo.url, 'alice@example.com');
      assert.equal((await request(`${demo.url}/outbox.json`, { cookie })).status, 403);
      assert.equal((await request(`${demo.url}/outbox`, { cookie })).status, 403);
    });

    it('is shown to the demo admin', async () => {
      const json = await request(`${demo.url}/outbox.json`, { cookie: adminCookie });
      assert.equal(json.status, 200);
      assert.ok(JSON.parse(json.body.toString()).count > 0);
      assert.equal((await request(`${demo.url}/outbox`, { cookie: adminCookie })).status, 200);
    });
  });

  describe('the Host header', () => {
    it('refuses a host that is not one of the server\'s origins (DNS rebinding), even with the admin\'s cookie', async () => {
      for (const path of ['/', '/outbox.json', '/api/auth/invite/list']) {
        const response = await request(`${demo.url}${path}`, { host: 'evil.example', cookie: adminCookie });
        assert.equal(response.status, 421, path);
        assert.match(response.body.toString(), /PUBLIC_ORIGIN/);
      }
      const port = new URL(demo.url).port;
      assert.equal((await request(`${demo.url}/`, { host: `localhost:${port}` })).status, 200, 'localhost is the same server');
    });

    it('accepts PUBLIC_ORIGIN, the address a proxy in front of the server answers to', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'invite-public-origin-'));
      const server = await startServer({ port: 0, dbPath: join(dir, 'demo.db'), seed: false, quiet: true, publicOrigin: 'https://invites.example.org' });
      try {
        assert.equal((await request(`http://127.0.0.1:${server.port}/healthz`, { host: 'invites.example.org' })).status, 200);
        assert.equal((await request(`http://127.0.0.1:${server.port}/healthz`, { host: 'evil.example' })).status, 421);
      } finally {
        await server.close();
        await rm(dir, { recursive: true, force: true });
      }
    });
  });

  describe('open redirects', () => {
    const origin = 'http://127.0.0.1:3000';
    for (const value of ['/\t/evil.example', '/\n/evil.example', '//evil.example', '/\\evil.example', 'https://evil.example/']) {
      it(`the invite policy refuses redirectToAfterUpgrade ${JSON.stringify(value)}`, () => {
        const body = { role: 'user', redirectToAfterUpgrade: value };
        assert.equal(checkCreateRequest(body, ['user'], origin)?.code, 'INVALID_REDIRECT');
      });
    }

    it('the invite policy keeps paths on this site', () => {
      assert.equal(checkCreateRequest({ role: 'user', redirectToAfterUpgrade: '/welcome?from=invite' }, ['user'], origin), null);
    });

    it('the real API answers 400 INVALID_REDIRECT for "/\\t/evil.example"', async () => {
      const response = await fetch(`${demo.url}/api/auth/invite/create`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: demo.url, cookie: adminCookie },
        body: JSON.stringify({ role: 'user', redirectToAfterUpgrade: '/\t/evil.example' }),
      });
      assert.equal(response.status, 400);
      assert.equal((await response.json()).code, 'INVALID_REDIRECT');
    });

    it('the sign-in page stays on the site for ?next=%2F%09%2Fevil.example', async () => {
      const context = await newContext(demo.browser, demo.url);
      const page = await context.newPage();
      // A page elsewhere would fail to load here (no network): note where the browser went instead.
      const visited = [];
      page.on('framenavigated', (frame) => frame === page.mainFrame() && visited.push(frame.url()));
      await page.goto('/sign-in?next=%2F%09%2Fevil.example');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${demo.url}/`);
      assert.ok(visited.every((url) => new URL(url).origin === demo.url), visited.join(', '));
      await context.close();
    });
  });

  it('keeps its data private: the folder 0700, the database, its WAL, the secret and the outbox 0600', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'invite-modes-'));
    const dataDir = join(dir, 'data');
    const server = await startServer({ port: 0, dbPath: join(dataDir, 'demo.db'), quiet: true, signInLimit: TEST_SIGN_IN_LIMIT });
    try {
      const mode = (/** @type {string} */ file) => (fs.statSync(join(dataDir, file)).mode & 0o777).toString(8);
      assert.equal(mode('.'), '700');
      for (const file of ['demo.db', 'demo.db-wal', 'demo.db-shm', 'auth-secret', 'demo.outbox.json']) assert.equal(mode(file), '600', file);
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('limits sign-in attempts by default: after 3 wrong passwords in 10 s, even the right one is refused with 429', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'invite-limit-'));
    // The demo's own settings: no signInLimit given.
    const server = await startServer({ port: 0, dbPath: join(dir, 'demo.db'), quiet: true });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push(await signInFrom(server.url, ADMIN_EMAIL, 'wrong-password', '127.0.0.9'));
      assert.deepEqual(statuses, [401, 401, 401]);
      assert.equal(await signInFrom(server.url, ADMIN_EMAIL, DEMO_PASSWORD, '127.0.0.9'), 429);
      // Counted per client address: another one still signs in.
      assert.equal(await signInFrom(server.url, ADMIN_EMAIL, DEMO_PASSWORD, '127.0.0.10'), 200);
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('never refuses a dashboard that reads steadily: 150 list reads in a row all answer 200', async () => {
    // Better Auth's window restarts only after a quiet spell, so a polling dashboard would meet the
    // general limit (100) within minutes if the list were counted.
    const statuses = new Set();
    for (let i = 0; i < 150; i++) {
      statuses.add((await fetch(`${demo.url}/api/auth/invite/list?limit=1&offset=${i % 40}`, { headers: { cookie: adminCookie } })).status);
    }
    assert.deepEqual([...statuses], [200]);
  });

  it('sends framing and referrer rules with every response, pages and files alike', async () => {
    const port = new URL(demo.url).port;
    for (const path of ['/', '/sign-in', '/csp', '/theming', '/invite/unknown-token', '/outbox', '/healthz', '/dist/invite-dashboard.js', '/no-such-page']) {
      const response = await request(`${demo.url}${path}`, { cookie: adminCookie, host: `127.0.0.1:${port}` });
      assert.match(String(response.headers['content-security-policy']), /frame-ancestors 'none'/, path);
      assert.ok(response.headers['referrer-policy'], `${path} has a Referrer-Policy`);
      assert.equal(response.headers['x-content-type-options'], 'nosniff', path);
    }
  });

  it('compresses text for clients that take it: brotli, else gzip, else nothing', async () => {
    const plain = await request(`${demo.url}/dist/invite-dashboard.js`);
    assert.equal(plain.headers['content-encoding'], undefined);
    const br = await request(`${demo.url}/dist/invite-dashboard.js`, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.deepEqual(brotliDecompressSync(br.body), plain.body);
    assert.ok(br.body.length < plain.body.length / 3, `${br.body.length} of ${plain.body.length} bytes`);
    const list = await request(`${demo.url}/api/auth/invite/list?limit=40`, { 'accept-encoding': 'gzip', cookie: adminCookie });
    assert.equal(list.headers['content-encoding'], 'gzip');
    assert.equal(JSON.parse(gunzipSync(list.body).toString()).invitations.length, 40);
    assert.match(String(list.headers.vary), /accept-encoding/i);
  });

  describe('the outbox file', () => {
    it('is written whole (temp file and rename) and private', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'invite-outbox-'));
      const file = join(dir, 'demo.outbox.json');
      const outbox = createOutbox({ file });
      outbox.add({ email: 'a@example.net', role: 'user', url: 'http://x/invite/t', token: 't' });
      outbox.add({ email: 'b@example.net', role: 'user', url: 'http://x/invite/u', token: 'u' });
      assert.deepEqual(fs.readdirSync(dir), ['demo.outbox.json'], 'no temp file is left');
      assert.equal((fs.statSync(file).mode & 0o777).toString(8), '600');
      assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).length, 2);
      await rm(dir, { recursive: true, force: true });
    });

    it('that cannot be read is reported and kept aside, never silently emptied', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'invite-outbox-'));
      const file = join(dir, 'demo.outbox.json');
      fs.writeFileSync(file, '[{"to": "half-written');
      const lines = [];
      const outbox = createOutbox({ file, log: (line) => lines.push(line) });
      assert.equal(outbox.size, 0);
      assert.equal(lines.length, 1);
      assert.match(lines[0], /not a list of mails: kept as .*damaged/);
      const aside = fs.readdirSync(dir).find((name) => name.includes('.damaged-'));
      assert.ok(aside);
      assert.equal(fs.readFileSync(join(dir, aside), 'utf8'), '[{"to": "half-written', 'what it held is kept');
      outbox.add({ email: 'a@example.net', role: 'user', url: 'http://x/invite/t', token: 't' });
      assert.equal(fs.readFileSync(join(dir, aside), 'utf8'), '[{"to": "half-written', 'and not overwritten by the next mail');
      await rm(dir, { recursive: true, force: true });
    });
  });
});
