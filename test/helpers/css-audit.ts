import type { CSSResultOrNative } from 'lit';
import { tokens } from '../../src/styles/tokens.js';

/** One library token: `--_alias: var(--invite-name, default)` in tokens.ts. */
export interface Token {
  alias: string;
  name: string;
  default: string;
}

/** Text of one `var(...)` fallback, balanced parentheses included. */
function fallbackAt(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    if (text[i] === ')') {
      if (depth === 0) return text.slice(start, i).trim();
      depth -= 1;
    }
  }
  return text.slice(start).trim();
}

/** The tokens tokens.ts declares, in order. */
export function libraryTokens(): Token[] {
  const text = tokens.cssText;
  const found: Token[] = [];
  for (const match of text.matchAll(/(--_[\w-]+):\s*var\((--invite-[\w-]+),/g)) {
    found.push({ alias: match[1]!, name: match[2]!, default: fallbackAt(text, match.index! + match[0].length) });
  }
  return found;
}

export function cssTextOf(styles: readonly CSSResultOrNative[]): string {
  return styles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
}

/** An element's own rules: its styles without the token declarations every element shares. */
export function ownRules(styles: readonly CSSResultOrNative[]): string {
  return cssTextOf(styles).split(tokens.cssText).join('\n');
}

/**
 * Every public `--invite-*` property an element's styles read: the ones named directly (its own
 * knobs), those behind the `--_*` aliases it uses (following aliases inside token defaults), and the
 * four every element reads on `:host` (font, size, line height, text colour).
 */
export function propertiesRead(styles: readonly CSSResultOrNative[]): Set<string> {
  const library = libraryTokens();
  const byAlias = new Map(library.map((token) => [token.alias, token]));
  const rules = ownRules(styles);
  const read = new Set<string>([...rules.matchAll(/var\((--invite-[\w-]+)/g)].map((match) => match[1]!));
  const pending = ['--_font', '--_font-size', '--_line-height', '--_text'];
  pending.push(...[...rules.matchAll(/var\((--_[\w-]+)/g)].map((match) => match[1]!));
  const seen = new Set<string>();
  while (pending.length > 0) {
    const alias = pending.pop()!;
    if (seen.has(alias)) continue;
    seen.add(alias);
    const token = byAlias.get(alias);
    if (!token) continue;
    read.add(token.name);
    pending.push(...[...token.default.matchAll(/var\((--_[\w-]+)/g)].map((match) => match[1]!));
  }
  return read;
}

/** `property: value` pairs of an element's own rules, outside `@media (forced-colors)` blocks. */
export function declarations(css: string): { property: string; value: string }[] {
  const withoutForced = css.replace(/@media\s*\(forced-colors:\s*active\)\s*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  const found: { property: string; value: string }[] = [];
  for (const match of withoutForced.matchAll(/([\w-]+)\s*:\s*([^;{}]+);/g)) {
    found.push({ property: match[1]!, value: match[2]!.trim() });
  }
  return found;
}
