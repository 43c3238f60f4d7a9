// Fails when custom-elements.json is stale: regenerates it aside and compares.
import { readFileSync, rmSync } from 'node:fs';
import { run } from './run.mjs';

const outdir = '.test-results/manifest';
rmSync(outdir, { recursive: true, force: true });
await run('node', ['scripts/analyze.mjs', '--outdir', outdir]);
const fresh = readFileSync(`${outdir}/custom-elements.json`, 'utf8');
let committed = '';
try {
  committed = readFileSync('custom-elements.json', 'utf8');
} catch {}
// The analyzer lists modules in the order its file reads finish: compare them sorted by path.
const normalized = (text) => {
  const manifest = JSON.parse(text);
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  return JSON.stringify(manifest);
};
if (!committed || normalized(fresh) !== normalized(committed)) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit it.');
  process.exit(1);
}
console.log('custom-elements.json is up to date.');
