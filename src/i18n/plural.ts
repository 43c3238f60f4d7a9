import { cached, formatNumber } from './format.js';

/** The forms of a counted phrase, by `Intl.PluralRules` category: English needs `one` and `other`. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * A number as the count strings receive it (`createdNotice`, `errorInvalidEmails`): its value, its
 * text in the element's locale, and `plural()` to pick the form that locale's grammar needs.
 *
 * ```ts
 * createdNotice: (n) => n.plural({ one: 'Invitation created.', other: `${n.text} invitations created.` })
 * ```
 */
export interface Count {
  readonly value: number;
  /** The number formatted for the locale: "1,234" in English, "1234" or "1.234" in Spanish. */
  readonly text: string;
  /** The form for this number: `forms[category]`, falling back to `forms.other`. */
  plural(forms: PluralForms): string;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** A Count of `value` in `locale` (default: the page's `lang`, then the browser's). */
export function countOf(value: number, locale?: string): Count {
  const rules = cached(pluralRules, locale, (tag) => new Intl.PluralRules(tag));
  return {
    value,
    text: formatNumber(value, locale),
    plural: (forms) => forms[rules.select(value)] ?? forms.other,
  };
}
