import { css } from 'lit';

/** A text field or select of the toolbar, the pager and the activity panel: one look for all. */
export const controls = css`
  .control {
    min-block-size: 2.25rem;
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
    background: var(--_surface-raised);
    color: var(--_text);
    font: inherit;
    color-scheme: inherit;
  }
`;
