import { css } from 'lit';

export const historyStyles = css`
  :host {
    display: contents;
    --_history-width: var(--invite-history-width, 28rem);
    --_history-background: var(--invite-history-background, var(--_surface));
    /* The drawer slides in from the inline-end edge, whichever side that is. */
    --_slide-from: 100%;
  }
  :host(:dir(rtl)) {
    --_slide-from: -100%;
  }

  /* A modal dialog made a drawer: anchored to the inline-end edge, full height, full width when narrow. */
  dialog {
    inline-size: var(--_history-width);
    max-inline-size: 100%;
    block-size: 100%;
    max-block-size: 100%;
    margin-block: 0;
    margin-inline: auto 0;
    padding: 0;
    overflow: hidden;
    border: 0;
    border-inline-start: 1px solid var(--_border);
    background: var(--_history-background);
    color: var(--_text);
    box-shadow: var(--_shadow-raised);
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
    animation: drawer-in var(--_duration) ease-out;
  }
  /* ::backdrop inherits the tokens from the dialog (Chromium 122+); the fallback covers older engines. */
  dialog::backdrop {
    background: var(--_backdrop, rgb(17 24 39 / 0.5));
  }
  @keyframes drawer-in {
    from {
      transform: translateX(var(--_slide-from));
    }
  }

  .header,
  .footer {
    display: flex;
    align-items: center;
    gap: var(--_space-m);
    padding-block: var(--_space-m);
    padding-inline: var(--_space-l) var(--_space-m);
  }
  .header {
    justify-content: space-between;
    border-block-end: 1px solid var(--_border);
  }
  .footer {
    justify-content: end;
    padding-inline: var(--_space-l);
    border-block-start: 1px solid var(--_border);
  }
  h2 {
    margin: 0;
    font-size: var(--_font-size-xl);
    font-weight: var(--_font-weight-semibold);
  }

  .body {
    display: grid;
    align-content: start;
    gap: var(--_space-m);
    flex: 1;
    padding: var(--_space-l);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--_text-muted);
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
  }
  .invitation-name {
    font-weight: var(--_font-weight-semibold);
    overflow-wrap: anywhere;
  }
  .status {
    display: grid;
    gap: var(--_space-s);
  }
  /* Focused only by code (after Retry), to read the outcome out: not a control, so no ring. */
  .status:focus {
    outline: none;
  }
  .count {
    justify-self: start;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border-radius: var(--_radius-pill);
    background: var(--_surface-raised);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-medium);
  }
  .note {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    padding: var(--_space-l);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_text-muted);
  }

  .list {
    display: grid;
    container-type: inline-size;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .use {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: center;
    gap: var(--_space-xs) var(--_space-m);
    padding-block: var(--_space-m);
    border-block-end: 1px solid var(--_border);
  }
  .use:last-child {
    border-block-end: 0;
  }
  .avatar {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    border-radius: var(--_radius-pill);
    background: var(--_accent-soft);
    color: var(--_accent-text);
    font-weight: var(--_font-weight-semibold);
  }
  .who {
    display: grid;
    min-inline-size: 0;
  }
  .name {
    font-weight: var(--_font-weight-medium);
    overflow-wrap: anywhere;
  }
  .name--deleted {
    color: var(--_text-muted);
    font-style: italic;
  }
  .email {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
    overflow-wrap: anywhere;
  }
  .time {
    display: grid;
    text-align: end;
  }
  .absolute {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }
  /* A narrow drawer: the time goes under the name, on one line when it fits. */
  @container (max-inline-size: 22rem) {
    .use {
      grid-template-columns: auto minmax(0, 1fr);
    }
    .time {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: var(--_space-s);
      grid-column: 2;
      text-align: start;
    }
  }
  .error {
    display: grid;
    justify-items: start;
    gap: var(--_space-s);
  }
  .error strong {
    display: block;
  }

  @media (forced-colors: active) {
    dialog {
      border-inline-start: 2px solid CanvasText;
    }
    .avatar,
    .count,
    .error {
      border: 1px solid CanvasText;
    }
  }
`;
