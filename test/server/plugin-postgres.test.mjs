// The companion plugin on a real PostgreSQL: a throwaway cluster (scripts/postgres.mjs) started for
// this file, a new database for each suite. When PostgreSQL cannot be started, this file fails and says why.
import { after, before } from 'node:test';
import pg from 'pg';
import { startPostgres } from '../../scripts/postgres.mjs';
import { describePlugin } from './plugin-spec.mjs';

/** @type {Awaited<ReturnType<typeof startPostgres>>} */
let server;
let next = 0;
before(async () => {
  server = await startPostgres();
});
after(() => server?.stop());

describePlugin('PostgreSQL', async () => {
  const name = `plugin_${process.pid}_${next++}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const database = new pg.Pool({ connectionString: server.url.replace(/\/postgres$/, `/${name}`), max: 4 });
  return { database, close: () => database.end() };
});
