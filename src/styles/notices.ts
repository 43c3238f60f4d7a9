import { css } from 'lit';

/** The soft red box of a refusal or an expiry: `.danger-notice`, shared by the card and the dialog. */
export const dangerNotice = css`
  .danger-notice {
    display: flex;
    gap: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_danger-border);
    border-radius: var(--_radius-s);
    background: var(--_danger-soft);
    color: var(--_danger);
  }
`;
