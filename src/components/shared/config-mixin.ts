import type { LitElement, PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import { resolveStrings, type InviteStrings } from '../../i18n/strings.js';
import { inviteConfigContext, type InviteConfig } from '../../state/invite-config.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

/** What every element takes for language and look, and reads from a surrounding dashboard. */
export declare class InviteConfigElement {
  /** BCP 47 locale for dates and numbers; by default the dashboard's, then the page's `<html lang>`, then the browser's. */
  locale?: string;
  /** Overrides of any visible text (by default the dashboard's). */
  strings?: Partial<InviteStrings>;
  /** `light`, `dark` or `auto`; unset follows the surrounding page or element. */
  theme?: 'light' | 'dark' | 'auto';
  /** What a surrounding `<invite-dashboard>` shares, if there is one. */
  protected readonly inviteConfig: InviteConfig | undefined;
  /** `locale`, else the dashboard's. */
  protected readonly resolvedLocale: string | undefined;
  /** The defaults with `strings` (else the dashboard's) on top. */
  readonly resolvedStrings: InviteStrings;
}

/**
 * `locale`, `strings` and `theme` for every element, written once, and the dashboard's shared
 * config by context (`@lit/context`): inside `<invite-dashboard>` an element needs none of them set.
 */
export function InviteConfigMixin<T extends Constructor<LitElement>>(Base: T): Constructor<InviteConfigElement> & T {
  class WithInviteConfig extends Base {
    static properties: PropertyDeclarations = {
      locale: {},
      strings: { attribute: false },
      theme: { reflect: true },
    };

    /** BCP 47 locale for dates and numbers; by default the dashboard's, then the page's `<html lang>`, then the browser's. */
    locale?: string;
    /** Overrides of any visible text; by default the dashboard's. */
    strings?: Partial<InviteStrings>;
    /** `light`, `dark` or `auto`; unset follows the surrounding page or element. */
    theme?: 'light' | 'dark' | 'auto';

    readonly #config = new ContextConsumer(this, { context: inviteConfigContext, subscribe: true });

    protected get inviteConfig(): InviteConfig | undefined {
      return this.#config.value;
    }

    protected get resolvedLocale(): string | undefined {
      return this.locale ?? this.#config.value?.locale;
    }

    /** @internal The texts in use: the defaults with `strings` (else the dashboard's) on top. */
    get resolvedStrings(): InviteStrings {
      return resolveStrings(this.strings ?? this.#config.value?.strings);
    }
  }
  return WithInviteConfig as unknown as Constructor<InviteConfigElement> & T;
}
