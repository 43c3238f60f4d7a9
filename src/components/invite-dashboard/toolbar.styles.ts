import { css } from 'lit';

/** The toolbar, the list head with select-all and the bulk bar, and the selection boxes. */
export const toolbarStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .field {
    display: grid;
    gap: var(--_space-xs);
    flex: 1 1 9rem;
    min-inline-size: 0;
    max-inline-size: 14rem;
  }
  .field--search {
    flex: 1 1 14rem;
    max-inline-size: none;
  }
  .field-label {
    color: var(--_text-muted);
    font-size: var(--_font-size-xs);
    font-weight: var(--_font-weight-semibold);
  }
  .field .control {
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 0;
    font-size: var(--_font-size-s);
  }
  .search-box {
    position: relative;
    display: block;
  }
  .search-box svg {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: var(--_space-s);
    translate: 0 -50%;
    color: var(--_text-muted);
    pointer-events: none;
  }
  .field .search-box input {
    padding-inline-start: calc(var(--_space-l) + var(--_space-m));
  }
  .field [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .field-error {
    flex-basis: 100%;
    margin: 0;
    color: var(--_danger);
    font-size: var(--_font-size-s);
  }
  .toolbar-actions,
  .export,
  .list-head,
  .bulk-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .toolbar-actions {
    margin-inline-start: auto;
  }
  .export-progress,
  .bulk-count {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
    font-variant-numeric: tabular-nums;
  }
  .export-error {
    color: var(--_danger);
    font-size: var(--_font-size-s);
  }
  .list-head {
    justify-content: space-between;
    min-block-size: 2.5rem;
    padding-inline: var(--_space-m);
  }
  .select-all {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    font-size: var(--_font-size-s);
    cursor: pointer;
  }
  .select-box,
  .select-all-box {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .bulk-bar {
    flex: 1 1 auto;
    justify-content: end;
  }
  .bulk-confirm {
    font-weight: var(--_font-weight-medium);
  }
  @media (forced-colors: active) {
    .field [aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;
