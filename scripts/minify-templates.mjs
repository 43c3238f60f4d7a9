// A Vite plugin that shrinks the text of Lit's tagged templates in src/ at build time:
// css`…` loses comments and layout whitespace; html`…`/svg`…` have each run of whitespace that
// spans a line break folded to one space (what the browser renders anyway, since no element here
// uses white-space: pre*). Quoted CSS strings, <pre> and <textarea> contents are left as written.
// The library's private custom properties (`--_accent-soft`, aliases of the public `--invite-*` ones
// set in src/styles/tokens.ts) get short names (`--_a`), the same in every module of one build:
// nothing outside our own stylesheets may read them (that is what the `--_` prefix says).
// The sources stay readable; the bundle carries no indentation.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RolldownMagicString } from 'rolldown';

const SRC = resolve(import.meta.dirname, '../src');
const PRIVATE_PROPERTY = /--_[\w-]+/g;

const CSS_TAGS = new Set(['css']);
const HTML_TAGS = new Set(['html', 'svg']);

/** @returns {import('vite').Plugin} */
export function minifyTemplates() {
  /** @type {Map<string, string>} */
  let shortNames = new Map();
  return {
    name: 'invite:minify-templates',
    apply: 'build',
    buildStart() {
      shortNames = shortPropertyNames(SRC);
    },
    // A private property outside a css`…` template (a style attribute, setProperty) keeps its long
    // name and would silently stop matching: fail the build instead.
    renderChunk(code, chunk) {
      const left = [...new Set(code.match(PRIVATE_PROPERTY) ?? [])].filter((name) => shortNames.has(name));
      if (left.length > 0) this.error(`${chunk.fileName}: ${left.join(', ')} outside a css\`…\` template; set private properties in stylesheets only.`);
      return null;
    },
    transform: {
      filter: { id: /\/src\/.*\.ts$/, code: /(css|html|svg)`/ },
      handler(code, id) {
        const ast = this.parse(code, { lang: 'ts' });
        const edits = [];
        walk(ast, (node) => {
          if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
          const kind = CSS_TAGS.has(node.tag.name) ? 'css' : HTML_TAGS.has(node.tag.name) ? 'html' : undefined;
          if (!kind) return;
          const quasis = node.quasi.quasis;
          if (kind === 'html' && quasis.some((q) => /<(pre|textarea)\b[^>]*>[^<]/i.test(q.value.raw))) return;
          for (const quasi of quasis) {
            const raw = quasi.value.raw;
            // Nothing between two expressions (`${icon}${text}`): nothing to shrink, go on to the next.
            if (raw === '') continue;
            // A quasi's span may include its delimiters (` or } before, ` or ${ after): find the raw
            // text right at its start, and leave the template alone if it is not there.
            const at = code.indexOf(raw, quasi.start);
            if (at < 0 || at > quasi.start + 1) return;
            const small = kind === 'css' ? shortenProperties(minifyCss(raw), shortNames) : minifyHtml(raw);
            if (small !== raw) edits.push([at, at + raw.length, small]);
          }
        });
        if (edits.length === 0) return null;
        const s = new RolldownMagicString(code);
        for (const [start, end, text] of edits) s.overwrite(start, end, text);
        return { code: s.toString(), map: JSON.parse(s.generateMap({ hires: true, source: id }).toString()) };
      },
    },
  };
}

/**
 * Every private custom property named in the sources, mapped to a short name that none of them
 * already has: `--_` and a base-36 number, in order of name (the same map for the same sources).
 * @param {string} dir
 */
export function shortPropertyNames(dir) {
  const names = new Set();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    for (const [name] of readFileSync(join(dir, file), 'utf8').matchAll(PRIVATE_PROPERTY)) names.add(name);
  }
  const map = new Map();
  let next = 0;
  for (const name of [...names].sort()) {
    let short;
    do short = `--_${(next++).toString(36)}`;
    while (names.has(short));
    map.set(name, short);
  }
  return map;
}

/**
 * @param {string} css
 * @param {Map<string, string>} shortNames
 */
export function shortenProperties(css, shortNames) {
  return css.replace(PRIVATE_PROPERTY, (name) => shortNames.get(name) ?? name);
}

/** Folds whitespace that spans a line break to one space. */
export function minifyHtml(raw) {
  return raw.replace(/[ \t]*\n\s*/g, ' ');
}

/** Drops comments and layout whitespace outside quoted strings. */
export function minifyCss(raw) {
  return raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/)
    .map((part, index) => (index % 2 === 1 ? part : minifyCssCode(part)))
    .join('');
}

function minifyCssCode(code) {
  return code
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/** Calls `visit` on every node of an ESTree AST (as `this.parse` gives), depth first. */
export function walk(node, visit) {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!node || typeof node !== 'object' || typeof node.type !== 'string') return;
  visit(node);
  for (const key in node) {
    if (key === 'type' || key === 'start' || key === 'end' || key === 'loc' || key === 'range') continue;
    const value = node[key];
    if (value && typeof value === 'object') walk(value, visit);
  }
}
