import { css } from 'lit';
import { base } from '../../styles/tokens.js';
import { buttons } from '../../styles/buttons.js';
import { dangerNotice } from '../../styles/notices.js';
import { statusColors } from '../../styles/status.js';
import { qrStyles } from '../shared/qr-code.js';

export const styles = [
  base,
  buttons,
  dangerNotice,
  statusColors,
  qrStyles,
  css`
    /* The header and meta rearrange on the card's own width (its border box), wherever it is placed.
       Inside <invite-dashboard> the list is the one container of all its cards, as wide as each of
       them: a page of 1,000 cards was 1,000 containers, each laid out on its own (about 12% of its
       first render). */
    :host {
      container-type: inline-size;
    }
    /* Focused by script (tabindex=-1): its focus ring is base's :focus-visible one. */
    .card {
      /* A flex column, not a one-column grid: a grid lays out each auto-height item twice (measure,
         then stretch), and a list of 1,000 cards paid for it in every card. */
      display: flex;
      flex-direction: column;
      gap: var(--_space-m);
      padding: var(--invite-card-padding, var(--_space-l));
      border: 1px solid var(--invite-card-border-color, var(--_border));
      border-radius: var(--invite-card-radius, var(--_radius));
      background: var(--invite-card-background, var(--_surface));
      box-shadow: var(--invite-card-shadow, var(--_shadow));
      color: var(--_text);
    }

    .header {
      display: grid;
      /* minmax(0, …) lets the heading shrink below its content: long addresses wrap, not overflow. */
      grid-template-columns: auto minmax(0, 1fr) auto;
      grid-template-areas: 'icon heading badge';
      gap: var(--_space-xs) var(--_space-m);
      align-items: start;
    }
    .lead {
      grid-area: icon;
      display: flex;
      align-items: center;
      gap: var(--_space-s);
    }
    .type-icon {
      display: grid;
      place-items: center;
      inline-size: 2.5rem;
      block-size: 2.5rem;
      border-radius: var(--_radius-s);
    }
    .type-icon--public {
      background: var(--invite-card-public-icon-bg, var(--_secondary-soft));
      color: var(--invite-card-public-icon-color, var(--_secondary-text));
    }
    .heading {
      grid-area: heading;
    }
    .title {
      margin: 0;
      font-size: var(--_font-size-l);
      font-weight: var(--_font-weight-semibold);
      line-height: 1.4;
      /* Addresses break at the <wbr> after each @ and dot; inside a word only when nothing else fits. */
      overflow-wrap: break-word;
    }
    .subtitle {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-xs) var(--_space-s);
      margin-block: var(--_space-xs) 0;
      color: var(--_text-muted);
    }
    .role-name {
      color: var(--_text);
      font-weight: var(--_font-weight-medium);
      overflow-wrap: anywhere;
    }
    .tag {
      padding-inline: var(--_space-s);
      border: 1px solid var(--_border);
      border-radius: var(--_radius-pill);
      font-size: var(--_font-size-xs);
      line-height: 1.5rem;
      white-space: nowrap;
    }
    .badge {
      grid-area: badge;
      justify-self: end;
      padding: calc(var(--_space-xs) / 2) calc(var(--_space-s) + var(--_space-xs) / 2);
      border-radius: var(--_radius-pill);
      font-size: var(--_font-size-xs);
      font-weight: var(--_font-weight-semibold);
      line-height: 1.25rem;
      white-space: nowrap;
    }
    @container (max-width: 29rem) {
      .header {
        grid-template-columns: auto minmax(0, 1fr);
        grid-template-areas: 'icon heading' 'icon badge';
      }
      .badge {
        justify-self: start;
      }
    }

    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s) var(--_space-l);
      margin: 0;
      padding: 0;
      list-style: none;
      color: var(--_text-muted);
    }
    /* Three equal columns, two items or three: created and uses line up, expiry or not; one per
       line on a narrow card. A wrapping flex row rather than an auto-fill grid: as an item of the
       footer's own wrapping row, the grid was measured for its min-content size in every card
       (a page of 1,000 cards spent about 300 ms of layout on it). */
    .meta li {
      display: flex;
      flex: 0 0 calc((100% - 2 * var(--_space-l)) / 3);
      align-items: center;
      gap: var(--_space-s);
      min-inline-size: 0;
    }
    @container (max-width: 39rem) {
      .meta li {
        flex-basis: 100%;
      }
    }

    .notice {
      align-items: center;
      margin: 0;
      font-weight: var(--_font-weight-medium);
    }

    .link {
      display: grid;
      gap: var(--_space-xs);
    }
    .link-label {
      color: var(--_text-muted);
      font-size: var(--_font-size-xs);
      font-weight: var(--_font-weight-semibold);
    }
    .link-row,
    .confirm-buttons {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
    }
    .link-input {
      flex: 1 1 14rem;
      min-inline-size: 0;
      min-block-size: 2rem;
      padding: var(--_space-xs) var(--_space-s);
      border: 1px solid var(--_border);
      border-radius: var(--_radius-s);
      background: var(--_surface-raised);
      color: var(--_text);
      font-family: var(--_font-mono);
      font-size: var(--_font-size-s);
      text-overflow: ellipsis;
    }
    .copy-button--copied {
      border-color: var(--_success);
      color: var(--_success);
    }
    .copy-error {
      margin: 0;
      color: var(--_danger);
      font-size: var(--_font-size-s);
    }

    /* Meta and actions share a row: a pending card's buttons no longer add a row of their own. */
    .footer {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-s) var(--_space-l);
    }
    /* At least 36rem beside the actions, so that its three columns get 11rem each; narrower, the
       actions go to a line of their own. */
    .footer .meta {
      flex: 1 1 36rem;
      min-inline-size: 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: end;
      gap: var(--_space-s);
      margin-inline-start: auto;
    }
    .footer .confirm {
      flex-basis: 100%;
    }
    .expired-notice {
      display: flex;
      align-items: center;
      gap: var(--_space-s);
      color: var(--_danger);
      font-weight: var(--_font-weight-medium);
    }
    .nobreak {
      display: inline-block;
      max-inline-size: 100%;
    }
    .link-end {
      font-family: var(--_font-mono);
      font-size: var(--_font-size-s);
      white-space: nowrap;
    }
    /* "Copy link" and "Copied" take the room of the wider one: the button never changes width. */
    .swap {
      display: inline-grid;
    }
    .swap > span,
    .swap::after {
      grid-area: 1 / 1;
    }
    .swap::after {
      content: attr(data-other);
      visibility: hidden;
    }
    .cancel-button {
      border-color: var(--_danger-border);
      background: transparent;
      color: var(--_danger);
    }
    .cancel-button:hover:not(:disabled) {
      background: var(--_danger-soft);
    }
    .confirm {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space-s) var(--_space-m);
      padding: var(--_space-s) var(--_space-m);
      border: 1px solid var(--_danger-border);
      border-radius: var(--_radius-s);
      background: var(--_danger-soft);
    }
    .confirm-text {
      flex: 1 1 14rem;
      margin: 0;
      font-weight: var(--_font-weight-medium);
    }

    @media (forced-colors: active) {
      .badge,
      .tag,
      .notice,
      .confirm,
      .type-icon {
        border: 1px solid CanvasText;
      }
      .copy-button--copied {
        border-color: Highlight;
        color: Highlight;
      }
    }
  `,
];
