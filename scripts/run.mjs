import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** Runs a command (a local bin from node_modules/.bin first), inheriting stdio; rejects on failure. */
export function run(command, args = [], options = {}) {
  const local = join(process.cwd(), 'node_modules', '.bin');
  const env = { ...process.env, PATH: `${local}:${process.env.PATH}`, ...options.env };
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env, ...options, env });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}
