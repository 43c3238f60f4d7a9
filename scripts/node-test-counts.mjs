// A node:test reporter that writes one JSON line for scripts/test.mjs: { passed, failed, failures }.
// Counts leaf tests only (describe blocks are not tests), plus any suite whose own hook failed
// (a failing `after` would otherwise go unnoticed). Skipped and todo tests count as neither.
import { basename } from 'node:path';

/** @param {AsyncIterable<{ type: string, data: any }>} source */
export default async function* nodeTestCounts(source) {
  const counts = { passed: 0, failed: 0, failures: /** @type {string[]} */ ([]) };
  /** Names of the tests and suites that enclose the current one, by nesting level. */
  const stack = /** @type {string[]} */ ([]);

  for await (const event of source) {
    const data = event.data;
    if (event.type === 'test:start') {
      stack.length = data.nesting;
      stack[data.nesting] = data.name;
      continue;
    }
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (data.skip || data.todo) continue;
    const isSuite = data.details?.type === 'suite';
    if (event.type === 'test:pass') {
      if (!isSuite) counts.passed += 1;
      continue;
    }
    const failureType = data.details?.error?.failureType;
    // A suite fails whenever a child does; count that child, not the suite again.
    if (isSuite && failureType !== 'hookFailed') continue;
    counts.failed += 1;
    counts.failures.push(describeFailure(data, stack));
  }
  yield `${JSON.stringify(counts)}\n`;
}

/**
 * "dashboard.test.mjs: <invite-dashboard> › the list › shows …: Expected values to be strictly equal"
 * @param {any} data
 * @param {string[]} stack
 */
function describeFailure(data, stack) {
  const error = data.details?.error;
  const cause = error?.cause ?? error;
  const message = String(cause?.message ?? cause ?? '').split('\n')[0].slice(0, 300);
  // A file that failed to load is reported under its own path.
  const where = data.name === data.file
    ? basename(data.file)
    : `${data.file ? `${basename(data.file)}: ` : ''}${[...stack.slice(0, data.nesting), data.name].join(' › ')}`;
  return message ? `${where}: ${message}` : where;
}
