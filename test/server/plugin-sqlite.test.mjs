// The companion plugin on SQLite (better-sqlite3, a new in-memory database each time).
import Database from 'better-sqlite3';
import { describePlugin } from './plugin-spec.mjs';

describePlugin('SQLite', async () => {
  const database = new Database(':memory:');
  return { database, close: () => database.close() };
});
