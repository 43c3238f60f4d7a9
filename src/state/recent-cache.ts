/** Views kept: a few tabs, each with a few pages and filters. */
const MAX_ENTRIES = 24;
/** Past this age an answer is too old to show even for a moment. */
const MAX_AGE_MS = 5 * 60_000;

/**
 * The last few answers by key, for stale-while-revalidate: a view seen moments ago shows at once
 * while it is read again. Old and surplus entries are dropped, least recently used first.
 */
export class RecentCache<T> {
  readonly #entries = new Map<string, { value: T; at: number }>();

  get(key: string): T | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (Date.now() - entry.at > MAX_AGE_MS) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: T): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, at: Date.now() });
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= MAX_ENTRIES) break;
      this.#entries.delete(oldest);
    }
  }

  clear(): void {
    this.#entries.clear();
  }
}
