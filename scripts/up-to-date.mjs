// Whether a build's outputs are newer than every one of its inputs, so `npm start` can skip it.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The newest modification time among files and the files under folders (0 when none exists).
 * @param {string[]} paths
 */
export function newestChange(paths) {
  let newest = 0;
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    if (!stat.isDirectory()) newest = Math.max(newest, stat.mtimeMs);
    else for (const entry of readdirSync(path, { recursive: true, encoding: 'utf8' })) newest = Math.max(newest, statSync(join(path, entry)).mtimeMs);
  }
  return newest;
}

/**
 * True when every output exists and is newer than the newest input.
 * @param {string[]} inputs   Files and folders the build reads.
 * @param {string[]} outputs  Files it writes.
 */
export function isUpToDate(inputs, outputs) {
  let oldestOutput = Infinity;
  for (const output of outputs) {
    try {
      oldestOutput = Math.min(oldestOutput, statSync(output).mtimeMs);
    } catch {
      return false;
    }
  }
  return newestChange(inputs) < oldestOutput;
}
