// npm test: every check, in a real headless Chromium, ending with one "N passed, N failed" line.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensurePostgres } from './postgres.mjs';
import { run } from './run.mjs';

const results = { passed: 0, failed: 0, failures: [] };

/** A check that is one test: passes when the command succeeds. */
async function check(name, command, args) {
  console.log(`\n▶ ${name}`);
  try {
    await run(command, args);
    results.passed += 1;
  } catch (error) {
    results.failed += 1;
    results.failures.push(`${name}: ${error.message}`);
  }
}

/** A suite that writes its own counts to a JSON file ({ passed, failed, failures }). */
async function suite(name, command, args, countsFile) {
  console.log(`\n▶ ${name}`);
  rmSync(countsFile, { force: true });
  let crashed;
  try {
    await run(command, args);
  } catch (error) {
    crashed = error;
  }
  let counts;
  try {
    counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  } catch {
    counts = { passed: 0, failed: 1, failures: [`${name} did not report results: ${crashed?.message ?? 'no counts file'}`] };
  }
  if (crashed && counts.failed === 0) {
    counts.failed = 1;
    counts.failures.push(`${name}: ${crashed.message}`);
  }
  results.passed += counts.passed;
  results.failed += counts.failed;
  results.failures.push(...counts.failures.map((failure) => `${name}: ${failure}`));
}

/** node --test over every *.test.mjs of a folder, one file at a time, its counts written to `countsFile`. */
function nodeTestArgs(folder, countsFile) {
  const files = readdirSync(folder).filter((file) => file.endsWith('.test.mjs')).sort().map((file) => `${folder}/${file}`);
  return ['--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=./scripts/node-test-counts.mjs', `--test-reporter-destination=${countsFile}`, ...files];
}

mkdirSync('.test-results', { recursive: true });
let chromium;
try {
  chromium = ensureChromium();
  process.env.CHROME_PATH = chromium;
  console.log(`Using ${chromium}`);
} catch (error) {
  console.error(error.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
// The companion plugin's tests start their own throwaway PostgreSQL cluster from Debian's package.
try {
  console.log(`Using PostgreSQL from ${ensurePostgres()}`);
} catch (error) {
  console.error(error.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

await check('type check', 'tsc', ['-p', 'tsconfig.json', '--noEmit']);
await check('custom-elements.json matches the sources', 'node', ['scripts/check-manifest.mjs']);
await check('README API tables match custom-elements.json', 'node', ['scripts/docs.mjs', '--check']);
await check('React and Vue typings match custom-elements.json', 'node', ['scripts/generate-framework-types.mjs', '--check']);
await check('no unsafe HTML, eval or blocking dialogs in src/', 'node', ['scripts/check-source-safety.mjs']);
await suite('unit and component tests (Chromium)', 'web-test-runner', [], '.test-results/components.json');
await check('build', 'node', ['scripts/build.mjs']);
// The package as npm would publish it, packed once from that build for both linters (about 1 s each).
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const tarball = `.test-results/${pkg.name}-${pkg.version}.tgz`;
rmSync(tarball, { force: true });
await check('npm pack', 'npm', ['pack', '--pack-destination', '.test-results', '--silent']);
await check('package.json and the packed files (publint --strict)', 'publint', ['run', tarball, '--strict']);
await check('types for every export, ESM only (attw --profile esm-only)', 'attw', [tarball, '--profile', 'esm-only', '--format', 'table-flipped']);
await check('single-file bundle has not grown', 'node', ['scripts/size.mjs', '--no-build', '--ceiling']);
await check('build the React and Vue demo apps', 'node', ['scripts/build-demo-apps.mjs']);
// The companion plugin as built (invite-dashboard/server resolves to dist/server/).
await suite('companion server plugin (Better Auth, SQLite and PostgreSQL)', 'node', nodeTestArgs('test/server', '.test-results/server.json'), '.test-results/server.json');
await suite('end-to-end tests (real server, Chromium)', 'node', nodeTestArgs('test/e2e', '.test-results/e2e.json'), '.test-results/e2e.json');
await suite('package: Node import, npm pack + install, single-file builds (Chromium)', 'node', ['scripts/test-package.mjs', '--no-build'], '.test-results/package.json');

if (results.failures.length > 0) {
  console.log('\nFailures:');
  for (const failure of results.failures) console.log(`  ✗ ${failure}`);
}
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);
