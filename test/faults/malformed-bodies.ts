import { recorded } from '../fixtures/better-invite-responses.js';

/** mulberry32: a tiny seeded PRNG, so every run generates the same bodies for the same seed. */
export function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}

type Random = ReturnType<typeof prng>;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Row = Record<string, Json>;

const FIELDS = ['id', 'token', 'emails', 'email', 'role', 'status', 'maxUses', 'infinityMaxUses', 'createdAt', 'expiresAt', 'newAccount', 'shareInviterName', 'redirectToAfterUpgrade', 'createdByUserId'];
const DATE_FIELDS = ['createdAt', 'expiresAt'];
const STRINGS = ['', ' ', 'null', 'undefined', '<script>alert(1)</script>', '"quoted"', '\u202Eevil', '😀'.repeat(50), 'a\u0000b', '\uFFFD', '__proto__', 'constructor'];
const BAD_DATES: Json[] = ['yesterday', '2026-13-45T99:99:99Z', '', 'NaN', '0000-00-00', 8.64e15 + 1, -8.64e15 - 1, '2026-02-30', { $date: 1 }, [2026, 1, 1], true];
const ODD_DATES: Json[] = [0, 1, -1, 8.64e15, '1970-01-01T00:00:00Z', '2026', '9999-12-31T23:59:59.999Z', '+275760-09-13T00:00:00.000Z', 1.5e12];
const STATUSES: Json[] = ['archived', 'PENDING', 'Pending', '', 'active', 'deleted', 0, null, ['pending'], { status: 'pending' }];

const huge = (random: Random) => 'x'.repeat(1_000 + random.int(50_000));

/** Any JSON value at all, nested a few levels. */
function junk(random: Random, depth = 0): Json {
  switch (random.int(depth > 2 ? 5 : 8)) {
    case 0: return null;
    case 1: return random.chance(0.5);
    case 2: return random.pick([0, -1, 1e308, -0, 3.14, Number.MAX_SAFE_INTEGER + 2]);
    case 3: return random.pick(STRINGS);
    case 4: return random.chance(0.2) ? huge(random) : String(random.int(1e9));
    case 5: return Array.from({ length: random.int(4) }, () => junk(random, depth + 1));
    case 6: return { nested: junk(random, depth + 1), [random.pick(FIELDS)]: junk(random, depth + 1) };
    default: return [];
  }
}

/** One random change to one row. */
function mutateRow(random: Random, row: Row): void {
  const field = random.pick(FIELDS);
  switch (random.int(12)) {
    case 0: delete row[field]; break;
    case 1: row[field] = null; break;
    case 2: row[field] = junk(random); break;
    case 3: row[field] = huge(random); break;
    case 4: row.status = random.pick(STATUSES); break;
    case 5: row[random.pick(DATE_FIELDS)] = random.pick(BAD_DATES); break;
    case 6: row[random.pick(DATE_FIELDS)] = random.pick(ODD_DATES); break;
    case 7: row.emails = random.pick<Json>(['a@example.com', [1, 2], [null], [{}], [huge(random)], [], {}]); break;
    case 8: row.maxUses = random.pick<Json>([-1, 0, 1e308, 2.5, '3', NaN as unknown as Json, null]); break;
    case 9: row[`unknown_${random.int(100)}`] = junk(random); break;
    case 10: row.role = random.pick<Json>([STRINGS[4]!, huge(random), '', 7, ['admin'], { role: 'admin' }]); break;
    default: row.id = random.pick<Json>(['', 'same-id', 42, null]); break;
  }
}

const OPTIONAL = ['email', 'emails', 'maxUses', 'infinityMaxUses', 'newAccount', 'shareInviterName', 'redirectToAfterUpgrade', 'createdByUserId'];

/** A change the schema accepts, so the odd value reaches the cards: they must draw it as text. */
function oddButValid(random: Random, row: Row): void {
  switch (random.int(7)) {
    case 0: row[random.pick(OPTIONAL)] = null; break;
    case 1: delete row[random.pick(OPTIONAL)]; break;
    case 2: row[random.pick(DATE_FIELDS)] = random.pick(ODD_DATES); break;
    case 3: row.role = random.pick([...STRINGS, huge(random)]); break;
    case 4: row.emails = Array.from({ length: 1 + random.int(30) }, () => random.pick([...STRINGS, huge(random), 'x@example.com'])); break;
    case 5: row.maxUses = random.pick([-1, 0, 2.5, 1e308, Number.MAX_SAFE_INTEGER]); break;
    default: row[`unknown_${random.int(100)}`] = junk(random); break;
  }
}

/** The envelope or the row list, changed as a whole. */
function mutateEnvelope(random: Random, body: { [key: string]: Json }): Json {
  const rows = body.invitations as Json[];
  switch (random.int(10)) {
    case 0: body.total = random.pick<Json>(['19', -5, 1e308, null, [], {}, 2.5]); return body;
    case 1: delete body.total; return body;
    case 2: body.invitations = random.pick<Json>([null, {}, 'none', 0, rows[0] ?? null]); return body;
    case 3: delete body.invitations; return body;
    case 4: return random.pick<Json>([null, 0, 'ok', true, rows, [body]]);
    case 5: body.invitations = [...rows, ...rows.slice(0, 1 + random.int(3))]; return body; // repeated ids
    case 6: body.invitations = rows.map((row) => (random.chance(0.3) ? junk(random) : row)); return body;
    case 7: body.invitations = []; body.total = random.int(1000); return body;
    case 8: body.invitations = Array.from({ length: 60 + random.int(200) }, (_, i) => ({ ...(rows[i % Math.max(1, rows.length)] as Row), id: `gen-${i}` })); return body;
    default: body.limit = junk(random); body.offset = junk(random); return body;
  }
}

/** A JSON text broken as text: cut short, garbage added, a BOM, or nothing at all. */
function mutateText(random: Random, text: string): string {
  switch (random.int(6)) {
    case 0: return text.slice(0, random.int(text.length));
    case 1: return `${text}${random.pick(['}', ']', ',', 'garbage', '\u0000'])}`;
    case 2: return `\uFEFF${text}`;
    case 3: { const at = random.int(text.length); return `${text.slice(0, at)}${random.pick(['"', '{', '\\', 'NaN', 'undefined'])}${text.slice(at)}`; }
    case 4: return random.pick(['', ' ', 'null', '[]', '{}', '<!doctype html><p>Oops</p>']);
    default: return text.replaceAll('"', "'");
  }
}

/** The i-th malformed list body for `seed`: real recorded rows, changed a few random ways. */
export function malformedBody(seed: number, index: number): string {
  const random = prng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const source = random.chance(0.5) ? recorded.list_all : recorded.list_page;
  const body = JSON.parse(JSON.stringify(source)) as { [key: string]: Json };
  const rows = body.invitations as Row[];
  const rowChanges = 1 + random.int(4);
  // A third of the bodies only hold odd values the schema accepts: they test the drawing, not the refusal.
  const mutate = random.chance(1 / 3) ? oddButValid : mutateRow;
  for (let i = 0; i < rowChanges && rows.length > 0; i += 1) mutate(random, random.pick(rows));
  const shaped: Json = random.chance(0.3) ? mutateEnvelope(random, body) : body;
  const text = JSON.stringify(shaped);
  return random.chance(0.2) ? mutateText(random, text) : text;
}
