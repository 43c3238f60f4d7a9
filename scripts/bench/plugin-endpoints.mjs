// The companion plugin's endpoints over HTTP on loopback: p50 / p95 of 200 sequential requests after a
// warm-up, at 10,000 invitations on SQLite and PostgreSQL and 100,000 on PostgreSQL, with the indexes
// the README recommends (the reference server creates them). Half the invitations are live.
//   node scripts/bench/plugin-endpoints.mjs        (BENCH_SIZES="sqlite:10000,postgres:10000,postgres:100000")
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { startServer } from '../../demo/server/server.mjs';
import { startPostgres } from '../postgres.mjs';

const SIZES = (process.env.BENCH_SIZES ?? 'sqlite:10000,postgres:10000,postgres:100000').split(',').map((entry) => {
  const [database, rows] = entry.split(':');
  return { database, rows: Number(rows) };
});
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const ENDPOINTS = [
  ['stats', '/invite-dashboard/stats'],
  ['list, page 1', '/invite-dashboard/list?limit=20'],
  ['list, pending', '/invite-dashboard/list?status=pending&limit=20'],
  ['list, search', '/invite-dashboard/list?search=bench12&limit=20'],
];

let postgres;
const results = [];
try {
  for (const { database, rows } of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), 'invite-plugin-bench-'));
    let databaseUrl;
    if (database === 'postgres') {
      postgres ??= await startPostgres();
      const name = `bench_${rows}`;
      const admin = new pg.Client({ connectionString: postgres.url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      databaseUrl = postgres.url.replace(/\/postgres$/, `/${name}`);
    }
    const server = await startServer({ port: 0, dbPath: join(dir, 'bench.db'), databaseUrl, fresh: true, quiet: true, signInLimit: { window: 10, max: 100 } });
    try {
      await insertRows(database, databaseUrl ?? join(dir, 'bench.db'), rows);
      const cookie = await signIn(server.url);
      for (const [label, path] of ENDPOINTS) {
        const times = await time(`${server.url}/api/auth${path}`, cookie);
        results.push([`${database} ${rows.toLocaleString('en-US')}`, label, ...times]);
      }
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  postgres?.stop();
}

const head = ['database, rows', 'endpoint', 'p50 ms', 'p95 ms'];
const widths = head.map((h, i) => Math.max(h.length, ...results.map((r) => String(r[i]).length)));
console.log(`\n${REQUESTS} sequential requests each, after 20 to warm up\n`);
for (const row of [head, ...results]) console.log(row.map((cell, i) => String(cell).padEnd(widths[i])).join('  '));

/** The demo admin's rows, half live, in one transaction (SQLite) or a few multi-row inserts (PostgreSQL). */
async function insertRows(database, target, rows) {
  const now = Date.now();
  const row = (i) => {
    const created = now - (i + 1) * 60_000;
    const live = i % 2 === 0;
    return [
      randomBytes(12).toString('hex'),
      randomBytes(12).toString('base64url'),
      new Date(created).toISOString(),
      new Date(live ? now + 7 * 86_400_000 : created + 3_600_000).toISOString(),
      JSON.stringify([`bench${i}@example.com`]),
      ['pending', 'used', 'canceled', 'rejected'][i % 4],
    ];
  };
  if (database === 'sqlite') {
    const db = new Database(target);
    const owner = db.prepare(`SELECT id FROM "user" WHERE email = 'demo@example.com'`).get().id;
    const insert = db.prepare(`INSERT INTO invite (id, token, createdAt, expiresAt, maxUses, infinityMaxUses, createdByUserId,
      shareInviterName, emails, role, newAccount, status) VALUES (?, ?, ?, ?, 1, 0, ?, 1, ?, 'user', 1, ?)`);
    db.transaction(() => {
      for (let i = 0; i < rows; i++) {
        const [id, token, createdAt, expiresAt, emails, status] = row(i);
        insert.run(id, token, createdAt, expiresAt, owner, emails, status);
      }
    })();
    db.exec('ANALYZE');
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: target });
  await client.connect();
  const owner = (await client.query(`SELECT id FROM "user" WHERE email = 'demo@example.com'`)).rows[0].id;
  for (let start = 0; start < rows; start += 1000) {
    const values = [];
    const params = [];
    for (let i = start; i < Math.min(rows, start + 1000); i++) {
      const [id, token, createdAt, expiresAt, emails, status] = row(i);
      const n = params.length;
      values.push(`($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, 1, false, $${n + 5}, true, $${n + 6}::jsonb, 'user', true, $${n + 7})`);
      params.push(id, token, createdAt, expiresAt, owner, emails, status);
    }
    await client.query(
      `INSERT INTO "invite" ("id", "token", "createdAt", "expiresAt", "maxUses", "infinityMaxUses", "createdByUserId", "shareInviterName", "emails", "role", "newAccount", "status") VALUES ${values.join(', ')}`,
      params,
    );
  }
  await client.query('ANALYZE');
  await client.end();
}

async function signIn(url) {
  const response = await fetch(`${url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email: 'demo@example.com', password: 'demo-password' }),
  });
  return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

/** p50 and p95 in ms of REQUESTS sequential GETs. */
async function time(url, cookie) {
  for (let i = 0; i < 20; i++) await (await fetch(url, { headers: { cookie } })).arrayBuffer();
  const times = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return [times[Math.floor(times.length * 0.5)].toFixed(1), times[Math.floor(times.length * 0.95)].toFixed(1)];
}
