/** Intl formatters, cached per locale: creating them is the slow part. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * The locale to format in: the element's `locale`, else the page's `<html lang>` (read now, so a
 * page that changes its language is followed on the next render), else the browser's (`undefined`).
 */
export function resolveLocale(locale?: string): string | undefined {
  if (locale) return locale;
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
  return lang || undefined;
}

/**
 * One formatter per resolved locale. A malformed tag (`locale="en_US!"`) makes Intl throw a
 * RangeError: the browser's locale is used instead, so a typo never blanks the widget.
 */
export function cached<T>(cache: Map<string, T>, locale: string | undefined, make: (locale?: string) => T): T {
  const resolved = resolveLocale(locale);
  const key = resolved ?? '';
  let format = cache.get(key);
  if (!format) {
    try {
      format = make(resolved);
    } catch {
      format = make(undefined);
    }
    cache.set(key, format);
  }
  return format;
}

export function formatDate(date: Date, locale?: string): string {
  return cached(dateFormats, locale, (tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium' })).format(date);
}

export function formatNumber(value: number, locale?: string): string {
  return cached(numberFormats, locale, (tag) => new Intl.NumberFormat(tag)).format(value);
}

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600e3],
  ['month', 30 * 24 * 3600e3],
  ['week', 7 * 24 * 3600e3],
  ['day', 24 * 3600e3],
  ['hour', 3600e3],
  ['minute', 60e3],
  ['second', 1e3],
];

/** "in 3 days", "2 hours ago": the largest unit that fits, rounded. */
export function formatRelative(date: Date, now: Date, locale?: string): string {
  const format = cached(relativeFormats, locale, (tag) => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }));
  const delta = date.getTime() - now.getTime();
  for (const [unit, size] of UNITS) {
    if (Math.abs(delta) >= size || unit === 'second') return format.format(Math.round(delta / size), unit);
  }
  return format.format(0, 'second');
}
