import { css } from 'lit';
import { base } from '../../styles/tokens.js';
import { buttons } from '../../styles/buttons.js';
import { toolbarStyles } from './toolbar.styles.js';
import { controls } from '../../styles/controls.js';

export const styles = [
  base,
  buttons,
  controls,
  toolbarStyles,
  css`
    :host {
      container-type: inline-size;
      /* Painted, not transparent: with theme="dark" on a light page the text must stay readable. */
      background: var(--invite-dashboard-background, var(--_background));
    }
    .base {
      display: grid;
      gap: var(--_space-l);
      max-inline-size: var(--invite-dashboard-max-width, 72rem);
      margin-inline: auto;
      padding: var(--invite-dashboard-padding, var(--_space-l));
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space-m);
    }
    .title {
      margin: 0;
      font-size: var(--_font-size-2xl);
      font-weight: var(--_font-weight-bold);
      line-height: 1.2;
    }
    /* Compact: one bordered list, a line between rows. */
    .list.list--compact {
      gap: 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      box-shadow: var(--_shadow);
    }
    .list--compact > li + li {
      border-block-start: 1px solid var(--_border);
    }
    .panel,
    .tabpanel,
    .list,
    .skeleton {
      display: grid;
      gap: var(--_space-m);
    }
    .tabs {
      display: flex;
      gap: var(--_space-xs);
      overflow-x: auto;
      padding-inline: var(--_space-s);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      box-shadow: var(--_shadow);
      scrollbar-width: thin;
    }
    .tab {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-s);
      flex: none;
      padding: var(--_space-m) var(--_space-s);
      border: 0;
      border-block-end: 2px solid transparent;
      background: none;
      color: var(--_text-muted);
      font: inherit;
      font-weight: var(--_font-weight-medium);
      cursor: pointer;
      transition: color var(--_duration), border-color var(--_duration);
    }
    .tab:hover {
      color: var(--_text);
    }
    .tab[aria-selected=true] {
      border-block-end-color: var(--_accent);
      color: var(--_accent-text);
    }
    .tab:focus-visible {
      outline-offset: calc(-1 * var(--_focus-offset));
    }
    .tab-count {
      min-inline-size: 1.5rem;
      padding-inline: var(--_space-s);
      border-radius: var(--_radius-pill);
      background: var(--_surface-raised);
      color: var(--_text);
      font-size: var(--_font-size-xs);
      font-variant-numeric: tabular-nums;
      text-align: center;
    }
    .tab[aria-selected=true] .tab-count {
      background: var(--_accent-soft);
      color: var(--_accent-text);
    }
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
      /* The one size container of every card in it (each card as wide as the list): a card on its
         own is its own container, one in the list is not. */
      container-type: inline-size;
    }
    .list invite-card {
      container-type: normal;
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space-s);
      color: var(--_text-muted);
    }
    .pager-summary {
      margin: 0;
    }
    .pager-controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-s);
    }
    .pager-page {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .state {
      display: grid;
      justify-items: center;
      gap: var(--_space-s);
      padding: var(--_space-xl) var(--_space-l);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      text-align: center;
    }
    .state-icon {
      display: grid;
      place-items: center;
      inline-size: 3rem;
      block-size: 3rem;
      border-radius: var(--_radius-pill);
      background: var(--_surface-raised);
      color: var(--_text-muted);
    }
    .state--error {
      border-style: solid;
    }
    .state-title {
      margin: 0;
      font-size: var(--_font-size-xl);
      font-weight: var(--_font-weight-bold);
    }
    .state-body,
    .state-detail {
      margin: 0;
      max-inline-size: 40ch;
      color: var(--_text-muted);
    }
    .notice-region:empty {
      display: none;
    }
    /* The activity panel's "could not be loaded", under its toggle. */
    .insight > .notice {
      margin-block-start: var(--_space-s);
    }
    .notice {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space-m);
      padding: var(--_space-s) var(--_space-m);
      border: 1px solid;
      border-radius: var(--_radius-s);
    }
    .notice--success {
      border-color: var(--_success);
      background: var(--_success-soft);
      color: var(--_success);
    }
    /* The danger colours of the error state and the error notice. */
    .state--error,
    .notice--error {
      border-color: var(--_danger-border);
      background: var(--_danger-soft);
    }
    .state--error .state-icon,
    .state--error .state-body,
    .notice--error {
      color: var(--_danger);
    }
    .refresh-error {
      margin-block-end: var(--_space-m);
    }
    .refresh-error-text {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-s);
    }
    .skeleton-card {
      display: grid;
      gap: var(--_space-s);
      padding: var(--_space-l);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .skeleton-card span {
      block-size: 0.875rem;
      inline-size: 60%;
      border-radius: var(--_radius-s);
      background: var(--_surface-raised);
      animation: pulse calc(var(--_duration) * 10) ease-in-out infinite alternate;
    }
    .skeleton-card span + span {
      inline-size: 35%;
    }
    @keyframes pulse {
      to {
        opacity: 0.4;
      }
    }
    .page-size {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-s);
      font-size: var(--_font-size-s);
    }
    /* A tab row wider than the screen shows a shade at the end it scrolls to (scroll shadows: the
       shades scroll with the frame, the covers with the content, so a row that fits shows none). */
    .tabs {
      background:
        linear-gradient(to right, var(--_surface) 50%, transparent) left / var(--_space-xl) 100% no-repeat local,
        linear-gradient(to left, var(--_surface) 50%, transparent) right / var(--_space-xl) 100% no-repeat local,
        radial-gradient(farthest-side at 0 50%, var(--_text-muted), transparent) left / var(--_space-s) 100% no-repeat scroll,
        radial-gradient(farthest-side at 100% 50%, var(--_text-muted), transparent) right / var(--_space-s) 100% no-repeat scroll,
        var(--_surface);
    }
    @container (max-width: 30rem) {
      /* Narrow: the content gets the width, not the margins. */
      .base {
        padding: var(--_space-s);
        gap: var(--_space-m);
      }
      .toolbar {
        padding: var(--_space-s);
      }
      /* Two fields a line (the search one of its own), each as wide as its half. */
      .field {
        flex-basis: 7rem;
        max-inline-size: none;
      }
      .field--search {
        flex-basis: 100%;
      }
      .title {
        font-size: calc(var(--_font-size-2xl) * 0.8);
      }
    }
    /* Narrow: the pager's arrows alone (the buttons' aria-label keeps their names). */
    @container (max-width: 24rem) {
      .pager-label {
        display: none;
      }
    }
    @media (forced-colors: active) {
      /* Forced colours paint the transparent underline of every tab: only the selected one keeps it. */
      .tab {
        border-block-end-color: Canvas;
      }
      .tab[aria-selected=true] {
        border-block-end-color: Highlight;
        color: Highlight;
      }
      .tab-count,
      .state-icon,
      .skeleton-card span {
        border: 1px solid CanvasText;
      }
    }
  `,
];
