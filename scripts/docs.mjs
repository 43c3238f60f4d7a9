// README API tables, generated from custom-elements.json (itself generated from the elements' JSDoc).
//   node scripts/docs.mjs          rewrites the block between the api-tables markers in README.md
//   node scripts/docs.mjs --check  fails (exit 1) when that block differs from what it would write
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- api-tables:start -->';
const END = '<!-- api-tables:end -->';
const README = 'README.md';
/** The order elements appear in; any other element in the manifest follows. */
const ORDER = ['invite-dashboard', 'invite-card', 'invite-stats', 'create-invite-dialog', 'invite-history', 'invite-analytics'];
/** Parts the dashboard re-exports from the elements inside it, by prefix. */
const REEXPORTED = { card: 'invite-card', stats: 'invite-stats', dialog: 'create-invite-dialog', history: 'invite-history', analytics: 'invite-analytics' };

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

/** Exported constants of the sources (`DEFAULT_ROLES`), to show their values as defaults. */
const constants = new Map();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.kind === 'variable' && declaration.default !== undefined) constants.set(declaration.name, declaration.default);
  }
}

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));

function rank(tag) {
  const index = ORDER.indexOf(tag);
  return index === -1 ? ORDER.length : index;
}

/** A table cell: one line, pipes escaped. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function code(text) {
  const value = cell(text);
  if (!value) return '';
  return value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``;
}

function table(head, rows) {
  if (rows.length === 0) return '';
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function defaultOf(member) {
  const value = member.default;
  if (value === undefined) return '';
  return constants.get(value) ?? value;
}

function typeOf(member) {
  const text = member.type?.text?.replace(/\s*\|\s*undefined$/, '');
  if (text) return text;
  const value = defaultOf(member);
  if (/^['"`]/.test(value)) return 'string';
  if (/^-?\d/.test(value)) return 'number';
  if (/^(true|false)$/.test(value)) return 'boolean';
  return '';
}

function properties(element) {
  const rows = (element.members ?? [])
    .filter((member) => member.kind === 'field' && (member.privacy ?? 'public') === 'public' && !member.static)
    .map((member) => {
      const attribute = member.attribute ? code(member.attribute) : '—';
      const notes = [member.readonly ? 'read-only' : '', member.reflects ? 'reflected' : ''].filter(Boolean).join(', ');
      const description = cell(member.description) + (notes ? ` (${notes})` : '');
      return [code(member.name), attribute, code(typeOf(member)), code(defaultOf(member)), description];
    });
  return table(['property', 'attribute', 'type', 'default', 'description'], rows);
}

function methods(element) {
  const rows = (element.members ?? [])
    .filter((member) => member.kind === 'method' && (member.privacy ?? 'public') === 'public' && !member.static && !member.name.startsWith('#'))
    .map((member) => {
      const params = (member.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`).join(', ');
      const returns = member.return?.type?.text ?? 'void';
      return [code(`${member.name}(${params}): ${returns}`), cell(member.description)];
    });
  return table(['method', 'description'], rows);
}

function events(element) {
  return table(['event', 'description'], (element.events ?? []).map((event) => [code(event.name), cell(event.description)]));
}

function slots(element) {
  return table(['slot', 'description'], (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]));
}

function parts(element) {
  const rows = [];
  const grouped = new Map();
  for (const part of element.cssParts ?? []) {
    const prefix = Object.keys(REEXPORTED).find((p) => part.name.startsWith(`${p}-`) && /^The `[\w-]+` part of/.test(part.description ?? ''));
    if (prefix) grouped.set(prefix, [...(grouped.get(prefix) ?? []), part.name]);
    else rows.push([code(part.name), cell(part.description)]);
  }
  for (const [prefix, names] of grouped) {
    const list = names.map((name) => code(name)).join(', ');
    rows.push([code(`${prefix}-*`), `The parts of \`<${REEXPORTED[prefix]}>\` inside the dashboard, prefixed: ${list}`]);
  }
  return table(['part', 'description'], rows);
}

/** Library tokens are shared by every element: one table for all, each element lists the names it reads. */
function isKnob(name, tag) {
  const prefix = { 'invite-dashboard': 'dashboard', 'invite-card': 'card', 'invite-stats': 'stats', 'create-invite-dialog': 'dialog', 'invite-history': 'history', 'invite-analytics': 'analytics' }[tag];
  return prefix !== undefined && name.startsWith(`--invite-${prefix}-`);
}

function cssProperties(element) {
  const all = element.cssProperties ?? [];
  const knobs = all.filter((property) => isKnob(property.name, element.tagName));
  const tokens = all.filter((property) => !isKnob(property.name, element.tagName));
  const blocks = [];
  if (knobs.length > 0) {
    blocks.push(table(['property', 'default', 'description'], knobs.map((p) => [code(p.name), code(p.default), cell(p.description)])));
  }
  if (tokens.length > 0) {
    blocks.push(`Design tokens its own styles read (see [Design tokens](#design-tokens)): ${tokens.map((p) => code(p.name)).join(', ')}.`);
  }
  return blocks.join('\n\n');
}

function tokenTable() {
  const tokens = new Map();
  // Each element lists its tokens in tokens.ts order: a topological merge of the lists keeps it.
  const before = new Map();
  for (const element of elements) {
    let previous;
    for (const property of element.cssProperties ?? []) {
      if (isKnob(property.name, element.tagName)) continue;
      const entry = tokens.get(property.name) ?? { ...property, readers: [] };
      entry.readers.push(element.tagName);
      tokens.set(property.name, entry);
      if (!before.has(property.name)) before.set(property.name, new Set());
      if (previous) before.get(property.name).add(previous);
      previous = property.name;
    }
  }
  const order = [];
  while (order.length < tokens.size) {
    const next = [...tokens.keys()].find((name) => !order.includes(name) && [...before.get(name)].every((p) => order.includes(p)));
    order.push(next ?? [...tokens.keys()].find((name) => !order.includes(name)));
  }
  const rows = order.map((name) => tokens.get(name)).map((token) => [
    code(token.name),
    code(token.default),
    cell(token.description),
    token.readers.length === elements.length ? 'all' : token.readers.map((tag) => code(tag)).join(', '),
  ]);
  return table(['property', 'default', 'description', 'read by'], rows);
}

function section(element) {
  const blocks = [`### \`<${element.tagName}>\``, cell(element.summary ?? element.description)];
  const add = (title, body) => body && blocks.push(`**${title}**`, body);
  add('Attributes and properties', properties(element));
  add('Methods', methods(element));
  add('Events', events(element));
  add('Slots', slots(element));
  add('CSS parts', parts(element));
  add('CSS custom properties', cssProperties(element));
  return blocks.join('\n\n');
}

function generate() {
  return [
    START,
    '<!-- Generated by `node scripts/docs.mjs` from custom-elements.json: edit the JSDoc in src/, then run it. -->',
    ...elements.map(section),
    '### Design tokens',
    'Library-wide custom properties: set them on any element (or an ancestor) and every element inside follows. ' +
      'Colours default to `light-dark(light, dark)`, following the `theme` attribute or the inherited `color-scheme`.',
    tokenTable(),
    END,
  ].join('\n\n');
}

const readme = readFileSync(README, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start === -1 || end === -1 || end < start) {
  console.error(`${README} has no ${START} … ${END} block.`);
  process.exit(1);
}
const current = readme.slice(start, end + END.length);
const fresh = generate();

if (process.argv.includes('--check')) {
  if (current !== fresh) {
    console.error(`The API tables in ${README} do not match custom-elements.json: run \`node scripts/docs.mjs\`.`);
    process.exit(1);
  }
  console.log(`The API tables in ${README} match custom-elements.json.`);
} else {
  writeFileSync(README, readme.slice(0, start) + fresh + readme.slice(end + END.length));
  console.log(`Wrote the API tables of ${elements.length} elements into ${README}.`);
}
