// custom-elements.json from the elements' JSDoc (cem analyze), with modules sorted by path: the
// analyzer lists them in the order its file reads finish, which would dirty the file on every build.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './run.mjs';

const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag === -1 ? '.' : process.argv[outdirFlag + 1];
await run('cem', ['analyze', '--quiet', '--outdir', outdir]);
const file = join(outdir, 'custom-elements.json');
const manifest = JSON.parse(readFileSync(file, 'utf8'));
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
