import { css } from 'lit';

/**
 * `density="compact"`: the card is one row of a list. Every row has the same columns (fractions of
 * the same width, the actions a fixed width), so a list of rows reads like a table.
 */
export const compactStyles = css`
  .card--compact {
    /* A block, not the card's flex column: the hidden live region must not add a gap. */
    display: block;
    padding: var(--_space-xs) var(--_space-m);
    border: 0;
    border-radius: 0;
    box-shadow: none;
    background: transparent;
  }
  .row {
    display: grid;
    grid-template-columns: auto minmax(0, 2.4fr) minmax(0, 1fr) 6.5rem minmax(0, 1.4fr) minmax(0, 1fr) 8.5rem;
    grid-template-areas: 'lead title role status when uses actions';
    align-items: center;
    gap: var(--_space-xs) var(--_space-m);
    font-size: var(--_font-size-s);
  }
  .row .title {
    grid-area: title;
    font-size: var(--_font-size);
    font-weight: var(--_font-weight-medium);
    line-height: 1.3;
  }
  .row .role {
    grid-area: role;
    overflow-wrap: anywhere;
  }
  .row .status {
    grid-area: status;
  }
  .row .when {
    grid-area: when;
    color: var(--_text-muted);
  }
  .row .uses {
    grid-area: uses;
    color: var(--_text-muted);
  }
  .row .lead {
    grid-area: lead;
  }
  /* Wide: role, expiry and uses are columns of the row; narrow: one line that wraps. */
  .facts {
    display: contents;
  }
  .row-actions {
    grid-area: actions;
    display: flex;
    justify-content: end;
    gap: var(--_space-xs);
  }
  .row-actions .actions {
    flex-wrap: nowrap;
    gap: var(--_space-xs);
  }
  /* Icons on the row; the words stay as the buttons' names. */
  .row-actions .button span {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .row-actions .button {
    padding-inline: var(--_space-s);
  }
  .row .confirm {
    grid-column: 1 / -1;
  }
  /* The confirmation takes the row's width, under it. */
  .row:has(.confirm) {
    grid-template-areas: 'lead title role status when uses actions' 'confirm confirm confirm confirm confirm confirm confirm';
  }
  .row:has(.confirm) .row-actions {
    display: contents;
  }
  .row:has(.confirm) .copy-button {
    display: none;
  }
  .row .confirm {
    grid-area: confirm;
  }
  @container (max-width: 46rem) {
    /* Narrow: two lines, the address and status, then the facts and the actions. */
    .row,
    .row:has(.confirm) {
      grid-template-columns: auto minmax(0, 1fr) auto;
      grid-template-areas: 'lead title status' 'lead facts actions';
    }
    .row:has(.confirm) {
      grid-template-areas: 'lead title status' 'lead facts facts' 'confirm confirm confirm';
    }
    .facts {
      grid-area: facts;
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space-m);
    }
  }
  @container (max-width: 28rem) {
    /* Phones: the actions get a line of their own, under the facts. */
    .row {
      grid-template-areas: 'lead title status' 'lead facts facts' 'lead actions actions';
    }
    .row-actions {
      justify-content: start;
    }
  }
`;
