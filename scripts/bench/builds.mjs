// The single-file bundle (dist/invite-dashboard.js) of a source tree, built into a directory of
// its own so a bench never overwrites the dist/ that tests and other work read.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from '../run.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * `vite build --mode bundle` of `tree` into `outDir`; returns the path of invite-dashboard.js.
 * `minify: false` keeps function names readable for a profile (not for a measurement).
 */
export async function buildBundle(tree, outDir, { minify = true } = {}) {
  const args = ['build', '--mode', 'bundle', '--logLevel', 'warn', '--outDir', outDir, ...(minify ? [] : ['--minify', 'false'])];
  await run(join(ROOT, 'node_modules/.bin/vite'), args, { cwd: tree });
  const file = join(outDir, 'invite-dashboard.js');
  if (!existsSync(file)) throw new Error(`the build of ${tree} wrote no ${file}`);
  return file;
}

/**
 * A checkout of `commit` in a temporary `git worktree`, sharing this tree's node_modules through a
 * symlink (no install). Call `remove()` when done.
 */
export function checkout(commit) {
  const dir = mkdtempSync(join(tmpdir(), 'invite-bench-tree-'));
  const label = execFileSync('git', ['rev-parse', '--short', commit], { cwd: ROOT, encoding: 'utf8' }).trim();
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', dir, commit], { cwd: ROOT, stdio: 'inherit' });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    label,
    remove() {
      execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'inherit' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export { ROOT };
