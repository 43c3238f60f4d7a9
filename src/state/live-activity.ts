import type { ReactiveControllerHost } from 'lit';
import type { InviteStrings } from '../i18n/strings.js';
import { countOf } from '../i18n/plural.js';
import { nameOf } from './invite-actions.js';
import type { StatusChange } from './status-changes.js';

/**
 * What a screen reader hears when invitations change while the dashboard is open: one polite
 * sentence per change ("ops-lead@example.org accepted the invitation."), the latest batch only.
 */
export class LiveActivity {
  /** The text of the polite live region. */
  text = '';

  readonly #host: ReactiveControllerHost & { readonly resolvedStrings: InviteStrings };
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost & { readonly resolvedStrings: InviteStrings }) {
    this.#host = host;
  }

  /** Says what changed. The region is emptied first, so the same sentence twice is announced twice. */
  announce(changes: readonly StatusChange[]): void {
    const strings = this.#host.resolvedStrings;
    const text = changes.map((change) => sentence(strings, change)).join(' ');
    if (!text) return;
    this.text = '';
    this.#host.requestUpdate();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.text = text;
      this.#host.requestUpdate();
    }, 100);
  }
}

function sentence(strings: InviteStrings, { invitation, usedOnly }: StatusChange): string {
  const name = nameOf(strings, invitation);
  return usedOnly ? strings.activityUsedAgain(name, countOf(invitation.uses ?? 0)) : strings.activity(name, invitation.status, invitation.kind);
}
