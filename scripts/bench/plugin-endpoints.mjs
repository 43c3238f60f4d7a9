// The companion plugin's endpoints over HTTP on loopback: p50 / p95 of 200 sequential requests after a
// warm-up, at 10,000 invitations on SQLite and PostgreSQL and 100,000 on PostgreSQL, with the indexes
// the README recommends (the reference server creates them). Half the invitations are live.
//   node scripts/bench/plugin-endpoints.mjs        (BENCH_SIZES="sqlite:10000,postgres:10000,postgres:100000")
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../demo/server/server.mjs';
import { startPostgres } from '../postgres.mjs';
import { insertBenchRows, newPostgresDatabase } from './bench-rows.mjs';

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
      databaseUrl = await newPostgresDatabase(postgres, `bench_${rows}`);
    }
    const server = await startServer({ port: 0, dbPath: join(dir, 'bench.db'), databaseUrl, fresh: true, quiet: true, signInLimit: { window: 10, max: 100 } });
    try {
      await insertBenchRows({ database, target: databaseUrl ?? join(dir, 'bench.db'), rows, live: rows / 2 });
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
