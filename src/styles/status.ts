import { css } from 'lit';

/**
 * `tone--<status>`: the soft background and strong text of an invite status (the card's badge, the
 * stat tiles' icons); `tone--accent` the accent pair (a private invite's icon, the total tile).
 */
export const statusColors = css`
  .tone--accent {
    background: var(--_accent-soft);
    color: var(--_accent-text);
  }
  .tone--pending {
    background: var(--_status-pending-bg);
    color: var(--_status-pending-text);
  }
  .tone--used {
    background: var(--_status-used-bg);
    color: var(--_status-used-text);
  }
  .tone--canceled {
    background: var(--_status-canceled-bg);
    color: var(--_status-canceled-text);
  }
  .tone--rejected {
    background: var(--_status-rejected-bg);
    color: var(--_status-rejected-text);
  }
  .tone--expired {
    background: var(--_status-expired-bg);
    color: var(--_status-expired-text);
  }
`;
