/**
 * The parts of the elements inside the dashboard, re-exported (`exportparts`) so a host page styles
 * them through the dashboard: `invite-dashboard::part(card-badge)`. Each gets its element's prefix
 * (`card-`, `stats-`, `dialog-`); `button` is also exported as itself, so `::part(button)` is every
 * button wherever it is, and the dialog's `dialog` and the card's `resend` and `qr` keep their names.
 */
function exported(prefix: string, parts: readonly string[], keep: readonly string[] = []): string {
  return [...keep, ...parts.map((part) => `${part}: ${prefix}-${part}`)].join(', ');
}

export const CARD_PARTS = exported(
  'card',
  ['base', 'header', 'icon', 'title', 'subtitle', 'tag', 'badge', 'meta', 'expired-notice', 'link', 'link-input',
    'copy-error', 'button', 'copy-button', 'cancel-button', 'confirm', 'confirm-text', 'confirm-yes-button', 'confirm-no-button',
    'resend', 'qr-toggle', 'qr', 'qr-download', 'qr-retry', 'link-end', 'history'],
  // The contract's names for the dashboard (`::part(resend)`, `::part(qr)`, `::part(history)`) are the card's own too.
  ['button', 'resend', 'qr', 'history'],
);

export const STATS_PARTS = exported('stats', ['base', 'tile', 'tile-icon', 'value', 'label']);

export const DIALOG_PARTS = exported(
  'dialog',
  ['header', 'title', 'form', 'field', 'label', 'hint', 'input', 'error', 'button', 'submit', 'cancel-button', 'close-button',
    'copy-button', 'another-button', 'done-button', 'result', 'result-title', 'qr', 'qr-download', 'qr-retry', 'draft-note'],
  ['dialog', 'button'],
);

export const HISTORY_PARTS = exported(
  'history',
  ['dialog', 'header', 'title', 'body', 'summary', 'count', 'loading', 'list', 'use', 'avatar', 'name', 'email', 'time', 'empty',
    'unavailable', 'error', 'retry-button', 'footer', 'button', 'close-button', 'done-button'],
  ['button'],
);

export const ANALYTICS_PARTS = exported(
  'analytics',
  ['base', 'header', 'title', 'range', 'summary', 'stat', 'stat-value', 'show-expiring', 'chart', 'legend', 'table-toggle', 'table',
    'status-mix', 'note', 'empty', 'loading', 'error', 'retry-button', 'button'],
  // The contract's `chart` is the panel's own.
  ['button', 'chart'],
);
