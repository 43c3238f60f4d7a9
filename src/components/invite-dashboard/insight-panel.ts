import { html, nothing, type TemplateResult } from 'lit';
import type { InviteStrings } from '../../i18n/strings.js';
import type { ReactiveControllerHost } from 'lit';
import { StoredFlag } from '../../dom/stored-flag.js';
import { LazyModule } from '../../dom/lazy-module.js';
import { ANALYTICS_PARTS } from './exported-parts.js';

/** `<invite-analytics>`, loaded when the panel is first opened (a chunk of its own in the npm build). */
const analyticsModule = new LazyModule<unknown>(() => import('../invite-analytics/invite-analytics.js'));

/**
 * The insight panel (`<invite-analytics>`, `part="analytics"`) under a toggle that collapses it,
 * open or collapsed as the user last left it (remembered); collapsed, nothing of it is rendered, its
 * module is not loaded and its request is not made.
 */
export class InsightPanel {
  readonly #host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  // Collapsed until the user opens it: a first load reads the list and counts only.
  readonly #open = new StoredFlag('invite-dashboard:analytics-open', false);
  readonly #onShowExpiring: () => void;
  readonly #analytics: LazyModule<unknown>;

  /** `onShowExpiring`: the panel asked for the invitations expiring soon. `analytics` is for tests. */
  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }, onShowExpiring: () => void, analytics = analyticsModule) {
    this.#host = host;
    this.#onShowExpiring = onShowExpiring;
    this.#analytics = analytics;
  }

  render(strings: InviteStrings): TemplateResult {
    const onToggle = () => {
      this.#open.value = !this.#open.value;
      this.#host.requestUpdate();
    };
    const analytics = this.#analytics;
    if (this.#open.value) analytics.request(this.#host);
    // Focus was on Retry, which the panel replaces: it goes to the panel's toggle.
    const onRetry = () => void analytics.retry(this.#host, '.insight-toggle');
    return renderInsight(strings, this.#open, analytics, { onToggle, onShowExpiring: this.#onShowExpiring, onRetry });
  }
}

interface InsightHandlers {
  onToggle: () => void;
  onShowExpiring: () => void;
  onRetry: () => void;
}

function renderInsight(strings: InviteStrings, open: StoredFlag, analytics: LazyModule<unknown>, { onToggle, onShowExpiring, onRetry }: InsightHandlers): TemplateResult {
  const body = !open.value
    ? nothing
    : analytics.failed
      ? html`<div id="analytics" class="notice notice--error" role="alert"><span>${strings.loadFailed}</span>
          <button type="button" class="button button--ghost button--small" part="button analytics-retry" aria-disabled=${analytics.loading ? 'true' : 'false'} @click=${onRetry}>${strings.retry}</button></div>`
      : html`<invite-analytics id="analytics" part="analytics" exportparts=${ANALYTICS_PARTS} @invite-show-expiring=${onShowExpiring}></invite-analytics>`;
  return html`<div class="insight">
    <button type="button" class="button button--ghost button--small insight-toggle" part="button analytics-toggle" aria-expanded=${open.value ? 'true' : 'false'} aria-controls="analytics" @click=${onToggle}>
      ${open.value ? strings.hideActivity : strings.showActivity}
    </button>
    ${body}
  </div>`;
}
