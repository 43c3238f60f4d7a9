import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import { InviteCard } from '../../src/components/invite-card/invite-card.js';
import { InviteStatsElement } from '../../src/components/invite-stats/invite-stats.js';
import { CreateInviteDialog } from '../../src/components/create-invite-dialog/create-invite-dialog.js';
import { InviteHistory } from '../../src/components/invite-history/invite-history.js';
import { InviteAnalytics } from '../../src/components/invite-analytics/invite-analytics.js';
import { ANALYTICS_PARTS, CARD_PARTS, DIALOG_PARTS, HISTORY_PARTS, STATS_PARTS } from '../../src/components/invite-dashboard/exported-parts.js';
import { declarations, libraryTokens, ownRules, propertiesRead } from '../helpers/css-audit.js';

interface Documented {
  name: string;
  default?: string;
  description?: string;
}
interface ManifestElement {
  tagName: string;
  cssProperties?: Documented[];
  cssParts?: Documented[];
}

const ELEMENTS: Record<string, typeof LitElement> = {
  'invite-dashboard': InviteDashboard,
  'invite-card': InviteCard,
  'invite-stats': InviteStatsElement,
  'create-invite-dialog': CreateInviteDialog,
  'invite-history': InviteHistory,
  'invite-analytics': InviteAnalytics,
};
const PREFIX: Record<string, string> = {
  'invite-dashboard': 'dashboard',
  'invite-card': 'card',
  'invite-stats': 'stats',
  'create-invite-dialog': 'dialog',
  'invite-history': 'history',
  'invite-analytics': 'analytics',
};

let manifest: Record<string, ManifestElement>;

/** `var(--_accent)` → `var(--invite-color-accent)`: defaults as a reader of the docs writes them. */
function publicNames(value: string): string {
  const aliases = new Map(libraryTokens().map((token) => [token.alias, token.name]));
  return value.replace(/var\((--_[\w-]+)\)/g, (whole, alias: string) => (aliases.has(alias) ? `var(${aliases.get(alias)})` : whole));
}

/** The text of `var(...)` calls removed, their fallbacks included: what is left is literal. */
function withoutVars(value: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < value.length; i += 1) {
    if (depth === 0 && value.startsWith('var(', i)) {
      depth = 1;
      i += 3;
      continue;
    }
    if (depth > 0) {
      if (value[i] === '(') depth += 1;
      if (value[i] === ')') depth -= 1;
      continue;
    }
    out += value[i];
  }
  return out;
}

/** Every fallback an element's rules give its own knob `name`. */
function knobFallbacks(rules: string, name: string): string[] {
  const found: string[] = [];
  for (const match of rules.matchAll(new RegExp(`var\\(${name},`, 'g'))) {
    let depth = 0;
    const start = match.index! + match[0].length;
    for (let i = start; i < rules.length; i += 1) {
      if (rules[i] === '(') depth += 1;
      if (rules[i] === ')' && depth-- === 0) {
        found.push(rules.slice(start, i).trim());
        break;
      }
    }
  }
  return found;
}

const COLOR_LITERAL = /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|oklch|oklab|lab|lch|color-mix)\(|\b(white|black|red|blue|green|gray|grey)\b/i;
const TOKENISED = /^(font(-size|-weight|-family)?|border(-[a-z-]+)?-radius|padding(-[a-z-]+)?|margin(-[a-z-]+)?|gap|row-gap|column-gap|box-shadow|transition(-duration)?|animation(-duration)?|outline-offset)$/;

describe('theming audit', () => {
  before(async () => {
    const json = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: ManifestElement[] }[] };
    manifest = {};
    for (const module of json.modules) for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) manifest[declaration.tagName] = declaration;
    }
  });

  for (const [tag, element] of Object.entries(ELEMENTS)) {
    describe(`<${tag}>`, () => {
      it('documents exactly the --invite-* properties its styles read', () => {
        const read = [...propertiesRead(element.elementStyles)].sort();
        const documented = (manifest[tag]!.cssProperties ?? []).map((p) => p.name).sort();
        expect(documented).to.deep.equal(read);
      });

      it('documents each library token with the default tokens.ts gives it', () => {
        const documented = new Map((manifest[tag]!.cssProperties ?? []).map((p) => [p.name, p.default]));
        for (const token of libraryTokens()) {
          if (documented.has(token.name)) expect(documented.get(token.name), token.name).to.equal(publicNames(token.default));
        }
      });

      it('has knobs named after the element that fall back to library tokens, as documented', () => {
        const rules = ownRules(element.elementStyles);
        const library = new Set(libraryTokens().map((token) => token.name));
        for (const property of manifest[tag]!.cssProperties ?? []) {
          if (library.has(property.name)) continue;
          expect(property.name, 'a knob carries its element name').to.match(new RegExp(`^--invite-${PREFIX[tag]}-`));
          const fallbacks = knobFallbacks(rules, property.name).map(publicNames);
          expect(fallbacks, property.name).to.include(property.default);
          for (const fallback of fallbacks) expect(fallback, `${property.name} falls back to a token, not a colour`).not.to.match(COLOR_LITERAL);
        }
      });

      it('takes every colour, radius, spacing, font, shadow and motion value from a token', () => {
        for (const { property, value } of declarations(ownRules(element.elementStyles))) {
          if (property.startsWith('--')) continue;
          const literal = withoutVars(value);
          expect(literal, `${property}: ${value}`).not.to.match(COLOR_LITERAL);
          if (TOKENISED.test(property)) {
            expect(literal, `${property}: ${value}`).not.to.match(/\d*\.?\d+(px|rem|em|ms|s)\b/);
            if (property === 'font-weight') expect(literal.trim(), `${property}: ${value}`).to.match(/^(|normal|inherit)$/);
            if (property === 'font-family') expect(literal.trim(), `${property}: ${value}`).to.equal('');
          }
        }
      });

      it('uses only the private aliases tokens.ts or the element defines', () => {
        const rules = ownRules(element.elementStyles);
        const defined = new Set([
          ...libraryTokens().map((token) => token.alias),
          ...[...rules.matchAll(/(--_[\w-]+)\s*:/g)].map((match) => match[1]!),
        ]);
        for (const match of rules.matchAll(/var\((--_[\w-]+)/g)) expect(defined, match[1]).to.include(match[1]);
      });

      it('uses logical properties only', () => {
        for (const { property } of declarations(ownRules(element.elementStyles))) {
          expect(property, 'physical property').not.to.match(/^(margin|padding|border)-(left|right|top|bottom)|^(left|right|top|bottom)$|^(width|height|min-width|max-width|min-height|max-height)$|^float$/);
        }
        for (const { property, value } of declarations(ownRules(element.elementStyles))) {
          if (/^(text-align|float|clear|justify-(content|self|items))$/.test(property)) {
            expect(value, `${property}: ${value}`).not.to.match(/\b(left|right)\b/);
          }
        }
      });
    });
  }

  describe('tokens', () => {
    it('documents every library token the same way on every element', () => {
      const descriptions = new Map<string, string>();
      for (const tag of Object.keys(ELEMENTS)) {
        for (const property of manifest[tag]!.cssProperties ?? []) {
          const seen = descriptions.get(property.name);
          if (seen !== undefined) expect(property.description, `${property.name} on <${tag}>`).to.equal(seen);
          else descriptions.set(property.name, property.description ?? '');
        }
      }
    });
  });

  describe('parts', () => {
    it('the dashboard documents every part it re-exports from the elements inside it, and they exist there', () => {
      const documented = new Set((manifest['invite-dashboard']!.cssParts ?? []).map((p) => p.name));
      const exports: [string, string][] = [
        ['invite-card', CARD_PARTS],
        ['invite-stats', STATS_PARTS],
        ['create-invite-dialog', DIALOG_PARTS],
        ['invite-history', HISTORY_PARTS],
        ['invite-analytics', ANALYTICS_PARTS],
      ];
      for (const [tag, list] of exports) {
        const innerParts = new Set((manifest[tag]!.cssParts ?? []).map((p) => p.name));
        for (const mapping of list.split(',').map((entry) => entry.trim())) {
          const [innerName, outerName = innerName] = mapping.split(':').map((part) => part.trim());
          expect(innerParts, `<${tag}> part ${innerName}`).to.include(innerName);
          expect(documented, `invite-dashboard part ${outerName}`).to.include(outerName);
        }
      }
    });
  });
});
