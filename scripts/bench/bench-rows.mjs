// The benchmarks' invitations for the demo admin, written straight into the database (the API takes
// 25–120 ms a create): `live` of them unexpired, the rest expired, statuses in turn, one address each.
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * @param {{ database: 'sqlite' | 'postgres', target: string, rows: number, live: number }} options
 *   `target`: the SQLite file, or the PostgreSQL URL.
 */
export async function insertBenchRows({ database, target, rows, live }) {
  const now = Date.now();
  const every = Math.max(1, Math.round(rows / live));
  const row = (/** @type {number} */ i) => {
    const created = now - (i + 1) * 60_000;
    const expires = i % every === 0 ? now + 7 * 86_400_000 : created + 3_600_000;
    return [
      randomBytes(12).toString('hex'),
      randomBytes(12).toString('base64url'),
      new Date(created).toISOString(),
      new Date(expires).toISOString(),
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

/**
 * A new empty database on a throwaway cluster, as a URL.
 * @param {{ url: string }} postgres  From startPostgres().
 * @param {string} name
 */
export async function newPostgresDatabase(postgres, name) {
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return postgres.url.replace(/\/postgres$/, `/${name}`);
}
