// npm run size: builds, then prints raw / gzip / brotli sizes of the single-file builds, what each
// element costs when imported on its own, and what takes the bytes in dist/invite-dashboard.js.
// Fails when dist/invite-dashboard.js is over the budget (gzip). `--no-build` measures dist/ as is.
// `--ceiling` (run by npm test) only checks that the single file has not grown past CEILING_KB: a
// ratchet, so a dependency update or a change cannot add bytes unnoticed while the budget is unmet.
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';
import { run } from './run.mjs';

const BUDGET_KB = 25;
/** Today's size plus a little room; lower it whenever the bundle shrinks. */
const CEILING_KB = 56;
const KB = 1024;
const SINGLE = 'dist/invite-dashboard.js';
const ELEMENTS = ['invite-dashboard', 'invite-card', 'invite-stats', 'create-invite-dialog', 'invite-history', 'invite-analytics'];

if (!process.argv.includes('--no-build')) await run('node', ['scripts/build.mjs']);
if (!existsSync(SINGLE)) {
  console.error(`${SINGLE} is missing: run npm run build first.`);
  process.exit(1);
}

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

if (process.argv.includes('--ceiling')) {
  const size = gzip(readFileSync(SINGLE));
  const verdict = size > CEILING_KB * KB ? '✗' : '✓';
  console.log(`${verdict} ${SINGLE}: ${kb(size)} gzipped (ceiling ${CEILING_KB} KB; budget ${BUDGET_KB} KB, see npm run size)`);
  process.exit(verdict === '✗' ? 1 : 0);
}
const table = (rows) => {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  '));
};

console.log('\nSingle-file builds (KB = 1024 bytes; source maps not counted)');
const singles = [SINGLE, 'dist/invite-dashboard.iife.js'].map((file) => {
  const bytes = readFileSync(file);
  return [file, kb(bytes.length), kb(gzip(bytes)), kb(brotli(bytes))];
});
table([['file', 'raw', 'gzip', 'brotli'], ...singles]);

// What a bundler ships for `import 'invite-dashboard/<tag>'` alone: the element module with Lit and
// zod, tree-shaken and minified the way an app build would (this also checks `sideEffects`). "At first"
// is what the page loads with the element (its chunk and the chunks it imports statically); "later" is
// what its dynamic imports fetch on first use (the QR encoder, the analytics panel, the usage history).
console.log('\nOne element imported on its own (npm build, bundled with its dependencies, minified, gzip)');
const alone = [];
for (const [name, entry] of [
  ...ELEMENTS.map((tag) => [`invite-dashboard/${tag}`, `dist/components/${tag}/${tag}.js`]),
  ['invite-dashboard/api', 'dist/api/index.js'],
]) {
  const build = await rolldown({ input: entry, logLevel: 'silent', platform: 'browser' });
  const { output } = await build.generate({ format: 'es', minify: true, comments: false });
  await build.close();
  const chunks = new Map(output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const first = new Set();
  const visit = (chunk) => {
    if (first.has(chunk)) return;
    first.add(chunk);
    for (const file of chunk.imports) visit(chunks.get(file));
  };
  visit([...chunks.values()].find((chunk) => chunk.isEntry));
  const size = (list) => list.reduce((sum, chunk) => sum + gzip(Buffer.from(chunk.code)), 0);
  const later = [...chunks.values()].filter((chunk) => !first.has(chunk));
  alone.push([name, kb(readFileSync(entry).length), kb(size([...first])), later.length ? `${kb(size(later))} in ${later.length}` : '–']);
}
table([['import', 'own module', 'at first', 'later (chunks)'], ...alone]);

console.log(`\nWhat takes the bytes in ${SINGLE} (gzip shares, estimated from its source map)`);
table([['part', 'raw', '~gzip', 'share'], ...breakdown(SINGLE)]);

const TOP_SOURCES = process.argv.includes('--all-sources') ? Infinity : 15;
console.log(`\nThe sources that cost the most in ${SINGLE} (gzip bytes saved if that source's output were cut out)`);
table([['source', 'raw B', 'gzip B'], ...bySource(SINGLE).slice(0, TOP_SOURCES)]);

const singleGzip = gzip(readFileSync(SINGLE));
const budget = BUDGET_KB * KB;
if (singleGzip > budget) {
  console.error(`\n✗ ${SINGLE} is ${kb(singleGzip)} gzipped, over the ${BUDGET_KB} KB budget by ${kb(singleGzip - budget)}.`);
  process.exit(1);
}
console.log(`\n✓ ${SINGLE} is ${kb(singleGzip)} gzipped, within the ${BUDGET_KB} KB budget.`);

/**
 * Each output byte goes to the source its source-map segment points at, grouped into parts; a part's
 * share of the real gzip size is its text gzipped alone, scaled so that the parts add up to the total.
 */
function breakdown(file) {
  const { code, map, segments } = readMapped(file);
  const texts = new Map();
  const add = (part, text) => texts.set(part, (texts.get(part) ?? '') + text);
  add('(runtime, banner, unmapped)', code.slice(0, segments[0]?.offset ?? code.length));
  segments.forEach((segment, i) => {
    const end = segments[i + 1]?.offset ?? code.length;
    add(segment.source === undefined ? '(runtime, banner, unmapped)' : partOf(map.sources[segment.source]), code.slice(segment.offset, end));
  });
  const total = gzip(Buffer.from(code));
  const alone = [...texts].map(([part, text]) => [part, text.length, gzip(Buffer.from(text))]);
  const sum = alone.reduce((acc, [, , size]) => acc + size, 0);
  return alone
    .sort((a, b) => b[2] - a[2])
    .map(([part, raw, size]) => {
      const share = (size * total) / sum;
      return [part, kb(raw), kb(share), `${((share / total) * 100).toFixed(0)}%`];
    });
}

/**
 * Per source file: its raw output bytes, and what the gzipped file loses when that source's output is
 * cut out (a leave-one-out measure: text shared with other sources compresses well and counts little).
 */
function bySource(file) {
  const { code, map, segments } = readMapped(file);
  const ranges = new Map();
  segments.forEach((segment, i) => {
    if (segment.source === undefined) return;
    const end = segments[i + 1]?.offset ?? code.length;
    const list = ranges.get(segment.source) ?? [];
    list.push([segment.offset, end]);
    ranges.set(segment.source, list);
  });
  const total = gzip(Buffer.from(code));
  return [...ranges]
    .map(([source, list]) => {
      let rest = '';
      let at = 0;
      let raw = 0;
      for (const [start, end] of list) {
        rest += code.slice(at, start);
        at = end;
        raw += end - start;
      }
      rest += code.slice(at);
      return [shortSource(map.sources[source]), raw, total - gzip(Buffer.from(rest))];
    })
    .sort((a, b) => b[2] - a[2]);
}

function readMapped(file) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  return { code, map, segments: decodeMappings(map.mappings, code) };
}

function shortSource(source) {
  const path = source.replace(/\\/g, '/');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  return pkg ? `${pkg[1]}: ${pkg[2]}` : path.replace(/^.*?src\//, 'src/');
}

function partOf(source) {
  const path = source.replace(/\\/g, '/');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (pkg) return ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].includes(pkg) ? 'lit' : pkg;
  const src = path.replace(/^.*?src\//, '');
  if (/\.styles\.ts$/.test(src) || src.startsWith('styles/')) return 'styles (css)';
  if (/^components\/[^/]+\//.test(src)) return `<${src.split('/')[1]}> (code and templates)`;
  if (src.startsWith('i18n/strings')) return 'strings (English)';
  if (src.startsWith('api/')) return 'api (adapter, schemas, errors)';
  if (src.startsWith('icons/')) return 'icons (svg)';
  if (src.startsWith('state/')) return 'state (controller)';
  return 'other src (rules, i18n/format, events, define, dom)';
}

/** Source-map "mappings" to [{ offset in the generated code, source index }], in order. */
function decodeMappings(mappings, code) {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const segments = [];
  let source = 0;
  mappings.split(';').forEach((line, lineIndex) => {
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = decodeVlq(segment);
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      segments.push({ offset: lineStarts[lineIndex] + column, source: fields.length > 1 ? source : undefined });
    }
  });
  return segments.sort((a, b) => a.offset - b.offset);
}

function decodeVlq(text) {
  const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}
