import { html, nothing, type TemplateResult } from 'lit';
import type { InviteStrings } from '../../i18n/strings.js';
import type { ReactiveControllerHost } from 'lit';
import { StoredFlag } from '../../dom/stored-flag.js';
import { ANALYTICS_PARTS } from './exported-parts.js';
import '../invite-analytics/invite-analytics.js';

/**
 * The insight panel (`<invite-analytics>`, `part="analytics"`) under a toggle that collapses it,
 * open or collapsed as the user last left it (remembered); collapsed, nothing of it is rendered and
 * its request is not made.
 */
export class InsightPanel {
  readonly #host: ReactiveControllerHost;
  // Collapsed until the user opens it: a first load reads the list and counts only.
  readonly #open = new StoredFlag('invite-dashboard:analytics-open', false);
  readonly #onShowExpiring: () => void;

  /** `onShowExpiring`: the panel asked for the invitations expiring soon. */
  constructor(host: ReactiveControllerHost, onShowExpiring: () => void) {
    this.#host = host;
    this.#onShowExpiring = onShowExpiring;
  }

  render(strings: InviteStrings): TemplateResult {
    const onToggle = () => {
      this.#open.value = !this.#open.value;
      this.#host.requestUpdate();
    };
    return renderInsight(strings, this.#open, onToggle, this.#onShowExpiring);
  }
}

function renderInsight(strings: InviteStrings, open: StoredFlag, onToggle: () => void, onShowExpiring: () => void): TemplateResult {
  return html`<div class="insight">
    <button type="button" class="button button--ghost button--small insight-toggle" part="button analytics-toggle" aria-expanded=${open.value ? 'true' : 'false'} aria-controls="analytics" @click=${onToggle}>
      ${open.value ? strings.hideActivity : strings.showActivity}
    </button>
    ${open.value
      ? html`<invite-analytics id="analytics" part="analytics" exportparts=${ANALYTICS_PARTS} @invite-show-expiring=${onShowExpiring}></invite-analytics>`
      : nothing}
  </div>`;
}
