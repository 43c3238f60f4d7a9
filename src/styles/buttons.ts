import { css } from 'lit';

/** Buttons shared by every element: `.button` plus a `--primary`, `--danger` or `--ghost` look. */
export const buttons = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-s);
    min-block-size: 2.5rem;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: var(--_font-weight-medium);
    cursor: pointer;
    transition: background-color var(--_duration), border-color var(--_duration);
  }
  .button:hover {
    background: var(--_surface-raised);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .button--primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button--primary:hover {
    border-color: var(--_accent-hover);
    background: var(--_accent-hover);
  }
  .button--danger {
    border-color: var(--_danger-strong);
    background: var(--_danger-strong);
    color: var(--_on-danger);
  }
  .button--danger:hover {
    filter: brightness(0.92);
    background: var(--_danger-strong);
  }
  .button--ghost {
    border-color: transparent;
    background: transparent;
  }
  .button--small {
    min-block-size: 2rem;
    padding: var(--_space-xs) var(--_space-s);
    font-size: var(--_font-size-s);
  }
  /* A square ghost button holding an icon (the dialogs' ×), named by its aria-label. */
  .icon-button {
    inline-size: 2.5rem;
    padding: 0;
    color: var(--_text-muted);
  }
  .icon-button:hover {
    color: var(--_text);
  }
  @media (forced-colors: active) {
    .button {
      border: 1px solid ButtonText;
    }
    .button--primary,
    .button--danger {
      border-width: 2px;
    }
    .button:disabled {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
    }
  }
`;
