import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { buttons } from '../../styles/buttons.js';
import { dangerNotice } from '../../styles/notices.js';
import { statusColors } from '../../styles/status.js';
import { base } from '../../styles/tokens.js';

export const styles = [
  base,
  controls,
  buttons,
  dangerNotice,
  statusColors,
  css`
    :host {
      --_created: var(--invite-analytics-created-color, var(--_accent));
      --_used: var(--invite-analytics-used-color, var(--_status-used-text));
      --_used-bg: var(--invite-analytics-used-background, var(--_status-used-bg));
      container-type: inline-size;
    }
    .panel {
      display: grid;
      gap: var(--_space-m);
      padding: var(--invite-analytics-padding, var(--_space-l));
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--invite-analytics-background, var(--_surface));
      box-shadow: var(--_shadow);
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space-s) var(--_space-m);
    }
    .title {
      margin: 0;
      font-size: var(--_font-size-l);
      font-weight: var(--_font-weight-semibold);
    }
    .range {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-s);
      font-size: var(--_font-size-s);
      color: var(--_text-muted);
    }
    .summary {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
      gap: var(--_space-s);
      margin: 0;
    }
    /* The expiring count alone (no use times): a tile, not a full-width band. */
    .summary--single {
      grid-template-columns: minmax(0, 22rem);
    }
    .stat {
      display: grid;
      align-content: start;
      gap: var(--_space-xs);
      padding: var(--_space-s) var(--_space-m);
      border: 1px solid var(--_border);
      border-radius: var(--_radius-s);
    }
    .stat-label {
      color: var(--_text-muted);
      font-size: var(--_font-size-s);
    }
    .stat-value {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-s);
      margin: 0;
      font-size: var(--_font-size-2xl);
      font-weight: var(--_font-weight-semibold);
      line-height: 1.2;
      font-variant-numeric: tabular-nums;
    }
    .stat-value .button {
      font-size: var(--_font-size-s);
    }
    @container (max-width: 34rem) {
      /* One column of figures: each on one row, label at the start and value at the end, so they stay short. */
      .stat {
        grid-template-columns: minmax(0, 1fr) auto;
        align-items: center;
        gap: var(--_space-s);
      }
      .stat-value {
        justify-content: end;
        font-size: var(--_font-size-xl);
      }
    }

    .subtitle {
      margin: 0 0 var(--_space-xs);
      font-size: var(--_font-size-s);
      font-weight: var(--_font-weight-medium);
      color: var(--_text-muted);
    }
    .status-list {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s) var(--_space-m);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .status-item {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-xs);
      font-variant-numeric: tabular-nums;
    }
    .badge {
      padding: 0 var(--_space-s);
      border-radius: var(--_radius-pill);
      font-size: var(--_font-size-xs);
      font-weight: var(--_font-weight-semibold);
      line-height: 1.5rem;
    }
    .note,
    .empty {
      margin: 0;
      color: var(--_text-muted);
      font-size: var(--_font-size-s);
    }
    .empty {
      padding: var(--_space-l) var(--_space-m);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius-s);
      text-align: center;
    }

    .chart-area {
      display: grid;
      gap: var(--_space-s);
    }
    .chart-bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space-s);
    }
    .chart-bar .button {
      margin-inline-start: auto;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-m);
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: var(--_font-size-s);
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-xs);
    }
    .chart-frame {
      min-inline-size: 0;
      overflow: hidden;
    }
    .chart {
      margin: 0;
    }
    .chart svg {
      display: block;
      max-inline-size: 100%;
    }
    .grid-line {
      stroke: var(--_border);
    }
    .grid-line--base {
      stroke: var(--_text-muted);
    }
    .axis-label {
      fill: var(--_text-muted);
      font-size: var(--_font-size-xs);
      font-variant-numeric: tabular-nums;
    }
    .hit {
      fill: transparent;
    }
    .day:hover .hit {
      fill: var(--_surface-raised);
    }
    .bar--created {
      fill: var(--_created);
    }
    .bar--used {
      fill: url(#hatch);
      stroke: var(--_used);
    }
    .bar--key {
      fill: url(#hatch-key);
    }
    .hatch-bg {
      fill: var(--_used-bg);
    }
    .hatch-line {
      stroke: var(--_used);
      stroke-width: 2;
    }
    .stem {
      stroke: var(--_used);
      stroke-width: 1.5;
    }
    .dot {
      fill: var(--_used);
    }

    .table {
      inline-size: 100%;
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }
    .table caption {
      padding-block-end: var(--_space-s);
      font-weight: var(--_font-weight-medium);
      text-align: start;
    }
    .table th,
    .table td {
      padding: var(--_space-xs) var(--_space-s);
      border-block-end: 1px solid var(--_border);
      text-align: end;
    }
    .table th:first-child {
      text-align: start;
      font-weight: normal;
    }
    .table thead th,
    .table tfoot th,
    .table tfoot td {
      font-weight: var(--_font-weight-semibold);
    }

    .danger-notice {
      flex-wrap: wrap;
      align-items: center;
    }
    .error-text {
      flex: 1 1 12rem;
      margin: 0;
    }
    .error-text > * {
      margin: 0;
      font-size: var(--_font-size);
    }
    .error-title {
      font-weight: var(--_font-weight-semibold);
    }

    .skeleton {
      display: grid;
      gap: var(--_space-m);
    }
    .skeleton-block {
      display: block;
      block-size: 4.5rem;
      border-radius: var(--_radius-s);
      background: var(--_surface-raised);
      animation: pulse calc(var(--_duration) * 10) ease-in-out infinite alternate;
    }
    .skeleton-block--chart {
      block-size: 12.5rem;
    }
    @keyframes pulse {
      to {
        opacity: 0.45;
      }
    }

    @media (forced-colors: active) {
      /* Our own system colours below, whatever the browser would force on SVG paint. */
      .chart svg,
      .swatch {
        forced-color-adjust: none;
      }
      .bar--created {
        fill: Highlight;
      }
      .bar--used,
      .bar--key {
        stroke: CanvasText;
      }
      .hatch-bg {
        fill: Canvas;
      }
      .hatch-line,
      .stem,
      .grid-line--base {
        stroke: CanvasText;
      }
      .dot,
      .axis-label {
        fill: CanvasText;
      }
      .grid-line {
        stroke: GrayText;
      }
      .day:hover .hit {
        fill: transparent;
      }
      .stat,
      .badge,
      .skeleton-block {
        border: 1px solid CanvasText;
      }
    }
  `,
];
