import { css } from 'lit';

/**
 * The soft background and strong text of each invite status, shared by the card's badge and the
 * stats tiles' icons; the accent pair marks a private invite's icon and the total tile.
 */
export const statusColors = css`
  .type-icon--private,
  .tile--total .tile-icon {
    background: var(--_accent-soft);
    color: var(--_accent-text);
  }
  .badge--pending,
  .tile--pending .tile-icon {
    background: var(--_status-pending-bg);
    color: var(--_status-pending-text);
  }
  .badge--used,
  .tile--used .tile-icon {
    background: var(--_status-used-bg);
    color: var(--_status-used-text);
  }
  .badge--canceled,
  .tile--canceled .tile-icon {
    background: var(--_status-canceled-bg);
    color: var(--_status-canceled-text);
  }
  .badge--rejected,
  .tile--rejected .tile-icon {
    background: var(--_status-rejected-bg);
    color: var(--_status-rejected-text);
  }
  .badge--expired,
  .tile--expired .tile-icon {
    background: var(--_status-expired-bg);
    color: var(--_status-expired-text);
  }
`;
