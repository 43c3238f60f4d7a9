// A throwaway PostgreSQL server for tests and benchmarks: Debian's package (installed when missing and
// running as root, saying so), a new cluster in a temp folder on a free loopback port, fsync off, stopped
// and deleted afterwards. Nothing is downloaded but Debian's own package.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = process.getuid?.() === 0;

/** The bin folder of the newest PostgreSQL Debian installed, or null. */
export function findPostgres() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const majors = readdirSync(base).filter((name) => /^\d+$/.test(name) && existsSync(join(base, name, 'bin', 'initdb')));
  majors.sort((a, b) => Number(b) - Number(a));
  return majors.length ? join(base, majors[0], 'bin') : null;
}

/** Finds PostgreSQL, or installs Debian's package when running as root; else throws a message that says what to do. */
export function ensurePostgres() {
  const found = findPostgres();
  if (found) return found;
  if (ROOT && existsSync('/usr/bin/apt-get')) {
    console.log("PostgreSQL not found: installing Debian's postgresql package (apt-get install -y postgresql)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit', env });
    const installed = findPostgres();
    if (installed) return installed;
  }
  throw new Error(
    'PostgreSQL is needed for the plugin tests and was not found under /usr/lib/postgresql. Install it with ' +
      '`sudo apt-get install -y postgresql` (Debian), or run npm test as root to have it installed.',
  );
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a new cluster. PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.
 * @returns {Promise<{ url: string, port: number, stop: () => void }>}  `url` names database `postgres`.
 */
export async function startPostgres() {
  const bin = ensurePostgres();
  const dir = mkdtempSync(join(tmpdir(), 'invite-pg-'));
  const port = await freePort();
  const asOwner = (/** @type {string} */ command, /** @type {string[]} */ args) => {
    const [file, argv] = ROOT ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]] : [join(bin, command), args];
    const result = spawnSync(file, argv, { encoding: 'utf8' });
    if (result.status !== 0) {
      const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8').slice(-2000) : '';
      throw new Error(`${command} failed (${result.status}): ${result.stderr || result.stdout}${log ? `\n${log}` : ''}`);
    }
  };
  if (ROOT) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })));
  asOwner('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C.UTF-8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  asOwner('pg_ctl', ['-D', join(dir, 'data'), '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      asOwner('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  process.once('exit', stop);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, stop };
}
