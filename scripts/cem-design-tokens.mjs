// A custom-elements-manifest analyzer plugin for the library's design tokens. Each token's default and
// description are written once, in src/styles/tokens.ts (the description as a comment above it). An
// element's JSDoc names the tokens its styles read with one tag, without the `--invite-` prefix:
//
//   @csstokens font-family font-size color-text …
//
// and the manifest gets a full `cssProperties` entry for each, after the element's own `@cssprop`s,
// in tokens.ts order. test/components/theming-audit.test.ts checks that the list is exactly what the
// element's styles read.
import { readFileSync } from 'node:fs';

const PREFIX = '--invite-';

/** Text of a `var(` fallback starting at `start`, up to its closing parenthesis. */
function fallbackAt(text, start) {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    if (text[i] === ')' && depth-- === 0) return text.slice(start, i).trim();
  }
  throw new Error(`Unbalanced var() in ${text.slice(start, start + 60)}`);
}

/** `/* description *\/` then `--_alias: var(--invite-name, default);`, for every token in tokens.ts. */
export function readTokens(file) {
  const text = readFileSync(file, 'utf8');
  const tokens = [];
  for (const match of text.matchAll(/(?:\/\*\s*(.*?)\s*\*\/\s*)?(--_[\w-]+):\s*var\((--invite-[\w-]+),/g)) {
    const [whole, description, alias, name] = match;
    if (!description) throw new Error(`${file}: ${name} needs its description in a one-line /* … */ comment right above it`);
    // The comments sit inside a css`…` template, where a backtick is written \`.
    tokens.push({ alias, name, description: description.replaceAll('\\`', '`'), default: fallbackAt(text, match.index + whole.length) });
  }
  // Defaults as a reader writes them: `var(--_accent)` → `var(--invite-color-accent)`.
  const publicName = new Map(tokens.map((token) => [token.alias, token.name]));
  for (const token of tokens) {
    token.default = token.default.replace(/var\((--_[\w-]+)\)/g, (whole, alias) =>
      publicName.has(alias) ? `var(${publicName.get(alias)})` : whole,
    );
  }
  return tokens;
}

/** The text of an element's `@csstokens` tags (JSDoc comments may come as a string or as parts). */
function listedTokens(node) {
  const tags = (node.jsDoc ?? []).flatMap((doc) => doc.tags ?? []).filter((tag) => tag.tagName.text === 'csstokens');
  const text = tags.map((tag) => (typeof tag.comment === 'string' ? tag.comment : (tag.comment ?? []).map((part) => part.text).join(''))).join(' ');
  return text.split(/\s+/).filter(Boolean).map((short) => `${PREFIX}${short}`);
}

/** @param {{ tokensFile: string }} options */
export function designTokens({ tokensFile }) {
  const tokens = readTokens(tokensFile);
  const known = new Set(tokens.map((token) => token.name));
  /** Class name → the token names its JSDoc lists, collected while analysing, applied once linked. */
  const listed = new Map();
  return {
    name: 'invite:design-tokens',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = listedTokens(node);
      if (names.length === 0) return;
      const unknown = names.filter((name) => !known.has(name));
      if (unknown.length > 0) throw new Error(`${node.name.text}: @csstokens names no token in ${tokensFile}: ${unknown.join(', ')}`);
      listed.set(node.name.text, new Set(names));
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const names = listed.get(declaration.name);
        if (!names) continue;
        const entries = tokens
          .filter((token) => names.has(token.name))
          .map((token) => ({ description: token.description, name: token.name, default: token.default }));
        declaration.cssProperties = [...(declaration.cssProperties ?? []), ...entries];
      }
    },
  };
}
