// custom-elements.json from the elements' JSDoc (cem analyze), with modules sorted by path: the
// analyzer lists them in the order its file reads finish, which would dirty the file on every build.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './run.mjs';

const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag === -1 ? '.' : process.argv[outdirFlag + 1];
await run('cem', ['analyze', '--quiet', '--outdir', outdir]);
const file = join(outdir, 'custom-elements.json');
const manifest = JSON.parse(readFileSync(file, 'utf8'));
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));

// Every element folder (src/components/<tag>/<tag>.ts) must come out as that custom element: an
// element whose registration the analyzer missed would silently drop out of the docs and typings.
const tags = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join('src/components', entry.name, `${entry.name}.ts`)))
  .map((entry) => entry.name);
const found = new Set(manifest.modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName));
const missing = tags.filter((tag) => !found.has(tag));
if (missing.length > 0) throw new Error(`custom-elements.json has no element for ${missing.map((tag) => `<${tag}>`).join(', ')}`);

writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
