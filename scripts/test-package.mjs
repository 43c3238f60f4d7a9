// npm run test:package: builds dist/ (unless --no-build), then runs test/package/*.test.mjs (node:test): imports in Node
// without a DOM, the packed-and-installed package, and the single-file builds in Chromium.
// Writes { passed, failed, failures } to .test-results/package.json for scripts/test.mjs.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run as runTests } from 'node:test';
import { spec } from 'node:test/reporters';
import { run } from './run.mjs';

const COUNTS = '.test-results/package.json';
const counts = { passed: 0, failed: 0, failures: [] };
mkdirSync('.test-results', { recursive: true });

try {
  if (!process.argv.includes('--no-build')) await run('node', ['scripts/build.mjs']);
} catch (error) {
  counts.failed = 1;
  counts.failures.push(`npm run build: ${error.message}`);
  writeFileSync(COUNTS, JSON.stringify(counts));
  process.exit(1);
}

const files = readdirSync('test/package')
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => join('test/package', name));
const stream = runTests({ files, concurrency: 1, timeout: 120_000 });
stream.on('test:pass', ({ details }) => {
  if (details.type !== 'suite') counts.passed += 1;
});
stream.on('test:fail', ({ name, file, details }) => {
  if (details.type === 'suite' && details.error?.failureType === 'subtestsFailed') return;
  counts.failed += 1;
  counts.failures.push(`${file ? `${file.replace(/^.*test\/package\//, '')}: ` : ''}${name}`);
});
await new Promise((resolve, reject) => {
  stream.compose(spec).on('end', resolve).on('error', reject).pipe(process.stdout);
});

writeFileSync(COUNTS, JSON.stringify(counts));
console.log(`package tests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed > 0 ? 1 : 0);
