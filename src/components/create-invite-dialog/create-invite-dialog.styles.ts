import { css } from 'lit';

export const dialogStyles = css`
  :host {
    display: contents;
    --_dialog-width: var(--invite-dialog-width, 32rem);
    --_dialog-background: var(--invite-dialog-background, var(--_surface));
  }

  /* The browser's own dialog:modal rule already centres it (margin: auto) and scrolls it (overflow: auto). */
  dialog {
    inline-size: var(--_dialog-width);
    /* The top layer's containing block is the viewport: keep a margin on every side at 360px. */
    max-inline-size: calc(100% - 2 * var(--_space-m));
    max-block-size: calc(100% - 2 * var(--_space-m));
    padding: 0;
    overscroll-behavior: contain;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_dialog-background);
    color: var(--_text);
    box-shadow: var(--_shadow-raised);
  }
  dialog[open] {
    animation: dialog-in var(--_duration) ease-out;
  }
  /* ::backdrop inherits the tokens from the dialog (Chromium 122+); the fallback covers older engines. */
  dialog::backdrop {
    background: var(--_backdrop, rgb(17 24 39 / 0.5));
  }
  @keyframes dialog-in {
    from {
      opacity: 0;
      transform: translateY(0.5rem) scale(0.98);
    }
  }

  .header {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-m);
    padding-block: var(--_space-m);
    padding-inline: var(--_space-l) var(--_space-m);
    border-block-end: 1px solid var(--_border);
    background: var(--_dialog-background);
  }
  h2 {
    margin: 0;
    font-size: var(--_font-size-xl);
    font-weight: var(--_font-weight-semibold);
    line-height: 1.3;
  }

  form,
  .result {
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-l);
  }
  .field {
    display: grid;
    align-content: start;
    gap: var(--_space-xs);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  label,
  legend {
    padding: 0;
    font-weight: var(--_font-weight-medium);
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: var(--_space-m);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-l);
    padding-block-start: var(--_space-xs);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    font-weight: normal;
    cursor: pointer;
  }
  input[type=radio],
  input[type=checkbox] {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .control {
    inline-size: 100%;
    min-block-size: 2.5rem;
    padding: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  textarea.control {
    min-block-size: 5.5rem;
    resize: vertical;
  }
  .control[aria-invalid=true] {
    border-color: var(--_danger-strong);
  }
  .hint {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }
  .hint--warning {
    color: var(--_danger);
    font-weight: var(--_font-weight-medium);
  }
  .draft-note {
    margin: 0;
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    border-inline-start: 3px solid var(--_accent);
    border-radius: var(--_radius-s);
    background: var(--_accent-soft);
    color: var(--_text);
  }
  .field-error {
    display: flex;
    align-items: start;
    gap: var(--_space-xs);
    margin: 0;
    color: var(--_danger);
    font-size: var(--_font-size-s);
  }

  .alert p {
    margin: 0;
  }
  .alert strong {
    display: block;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: end;
    gap: var(--_space-s);
    padding-block-start: var(--_space-s);
  }
  .actions .button {
    flex: 1 1 auto;
    white-space: nowrap;
  }

  .result-title {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    margin: 0;
    color: var(--_success);
    font-size: var(--_font-size-l);
    font-weight: var(--_font-weight-semibold);
  }
  .result p {
    margin: 0;
    color: var(--_text-muted);
  }
  .link-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .link-row .button {
    flex: 1 0 auto;
  }
  .link-row .control {
    flex: 999 1 14rem;
    min-inline-size: 0;
    font-family: var(--_font-mono);
    font-size: var(--_font-size-s);
  }
  .copy-status {
    min-block-size: 1.25rem;
    font-size: var(--_font-size-s);
  }
  .copy-status--failed {
    color: var(--_danger);
  }

  @media (forced-colors: active) {
    dialog {
      border: 2px solid CanvasText;
    }
    .control[aria-invalid=true],
    .draft-note,
    .alert {
      border: 2px solid Mark;
    }
    input[type=radio],
    input[type=checkbox] {
      accent-color: auto;
    }
  }
`;
