import { css } from 'lit';
import { base } from '../../styles/tokens.js';
import { statusColors } from '../../styles/status.js';

export const styles = [
  base,
  statusColors,
  css`
    :host {
      /* Columns follow the element's own width, so it fits a sidebar as well as a page. */
      container-type: inline-size;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: var(--invite-stats-gap, var(--_space-m));
      margin: 0;
      padding: 0;
      list-style: none;
    }
    @container (min-width: 40rem) {
      .grid--4 {
        grid-template-columns: repeat(4, minmax(0, 1fr));
      }
      .grid--5,
      .grid--6 {
        grid-template-columns: repeat(3, minmax(0, 1fr));
      }
    }
    @container (min-width: 60rem) {
      .grid--5 {
        grid-template-columns: repeat(5, minmax(0, 1fr));
      }
      .grid--6 {
        grid-template-columns: repeat(6, minmax(0, 1fr));
      }
      /* Six across leaves little room: a smaller icon keeps the label on its line. */
      .grid--5 .tile,
      .grid--6 .tile {
        padding: var(--invite-stats-tile-padding, var(--_space-m));
      }
      .grid--5 .tile-icon,
      .grid--6 .tile-icon {
        inline-size: 2.25rem;
        block-size: 2.25rem;
      }
    }
    .tile {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'label icon' 'value icon';
      align-items: center;
      column-gap: var(--_space-s);
      padding: var(--invite-stats-tile-padding, var(--_space-l));
      border: 1px solid var(--invite-stats-tile-border-color, var(--_border));
      border-radius: var(--invite-stats-tile-radius, var(--_radius));
      background: var(--invite-stats-tile-background, var(--_surface));
      box-shadow: var(--invite-stats-tile-shadow, var(--_shadow));
    }
    .label {
      grid-area: label;
      color: var(--_text-muted);
      /* Break between words only: "Canceled" must never split into "Cancele / d". */
      overflow-wrap: normal;
      hyphens: auto;
    }
    .value {
      grid-area: value;
      font-size: var(--_font-size-2xl);
      font-weight: var(--_font-weight-bold);
      line-height: 1.2;
      font-variant-numeric: tabular-nums;
      overflow-wrap: anywhere;
    }
    .tile-icon {
      grid-area: icon;
      display: grid;
      place-items: center;
      inline-size: 3rem;
      block-size: 3rem;
      border-radius: var(--_radius-s);
    }
    .tile-icon svg.icon {
      inline-size: 1.5rem;
      block-size: 1.5rem;
    }
    @container (max-width: 26rem) {
      /* Two narrow columns: the label gets the whole first row, so it never runs under the icon. */
      .tile {
        grid-template-areas: 'label label' 'value icon';
        padding: var(--invite-stats-tile-padding, var(--_space-m));
      }
      .value {
        font-size: calc(var(--_font-size-2xl) * 0.85);
      }
      .tile-icon,
      .tile .skeleton-bar--icon {
        inline-size: 2.25rem;
        block-size: 2.25rem;
      }
      .tile-icon svg.icon {
        inline-size: 1.25rem;
        block-size: 1.25rem;
      }
    }

    .skeleton-bar {
      display: block;
      border-radius: var(--_radius-s);
      background: var(--_surface-raised);
      animation: pulse calc(var(--_duration) * 10) ease-in-out infinite alternate;
    }
    .skeleton-bar--label {
      grid-area: label;
      inline-size: 60%;
      block-size: 0.875rem;
      margin-block-end: var(--_space-s);
    }
    .skeleton-bar--value {
      grid-area: value;
      inline-size: 40%;
      block-size: 1.75rem;
    }
    .skeleton-bar--icon {
      grid-area: icon;
      inline-size: 3rem;
      block-size: 3rem;
    }
    @keyframes pulse {
      to {
        opacity: 0.45;
      }
    }
    @media (forced-colors: active) {
      .tile-icon,
      .skeleton-bar {
        border: 1px solid CanvasText;
      }
    }
  `,
];
