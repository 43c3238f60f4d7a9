// The signing secret of Better Auth. A real deployment sets BETTER_AUTH_SECRET; the demo falls back
// to a random secret kept in the data folder so sessions survive restarts, and says so out loud.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * @param {import('./config.mjs').ServerConfig} config
 * @returns {{ secret: string, generated: boolean, file?: string }}
 */
export function resolveSecret(config) {
  if (config.secret) return { secret: config.secret, generated: false };
  const file = path.join(config.dataDir, 'auth-secret');
  try {
    const stored = fs.readFileSync(file, 'utf8').trim();
    if (stored.length >= 32) return { secret: stored, generated: true, file };
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(32).toString('base64url');
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return { secret, generated: true, file };
}
