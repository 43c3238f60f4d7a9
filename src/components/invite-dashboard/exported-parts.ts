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
    'resend', 'qr-toggle', 'qr', 'qr-download', 'link-end'],
  // The contract's names for the dashboard (`::part(resend)`, `::part(qr)`) are the card's own too.
  ['button', 'resend', 'qr'],
);

export const STATS_PARTS = exported('stats', ['base', 'tile', 'tile-icon', 'value', 'label']);

export const DIALOG_PARTS = exported(
  'dialog',
  ['header', 'title', 'form', 'field', 'label', 'hint', 'input', 'error', 'button', 'submit', 'cancel-button', 'close-button',
    'copy-button', 'another-button', 'done-button', 'result', 'result-title', 'qr', 'qr-download', 'draft-note'],
  ['dialog', 'button'],
);
