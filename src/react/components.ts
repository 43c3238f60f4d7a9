// Generated from custom-elements.json by scripts/generate-framework-types.mjs: do not edit.
// @lit/react wrappers for React 18 (and 19): properties set as properties, `onInvite…` props
// as listeners. A factory taking the app's React, so the wrappers use the very React that renders them.
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import type { InviteEvent } from '../events.js';
import { CreateInviteDialog } from '../components/create-invite-dialog/create-invite-dialog.js';
import { InviteAnalytics } from '../components/invite-analytics/invite-analytics.js';
import { InviteCard } from '../components/invite-card/invite-card.js';
import { InviteDashboard } from '../components/invite-dashboard/invite-dashboard.js';
import { InviteHistory } from '../components/invite-history/invite-history.js';
import { InviteStatsElement } from '../components/invite-stats/invite-stats.js';

/** What `createComponent` needs of React (`import * as React from 'react'`). */
export type ReactModule = Parameters<typeof createComponent>[0]['react'];

/** `<create-invite-dialog>`'s events as React props. */
const CreateInviteDialogEvents = {
  onInviteCreated: 'invite-created' as EventName<InviteEvent<'invite-created'>>,
  onInviteLinkCopied: 'invite-link-copied' as EventName<InviteEvent<'invite-link-copied'>>,
  onInviteError: 'invite-error' as EventName<InviteEvent<'invite-error'>>,
  onInviteUnauthorized: 'invite-unauthorized' as EventName<InviteEvent<'invite-unauthorized'>>,
};

/** `<invite-analytics>`'s events as React props. */
const InviteAnalyticsEvents = {
  onInviteShowExpiring: 'invite-show-expiring' as EventName<InviteEvent<'invite-show-expiring'>>,
  onInviteRangeChanged: 'invite-range-changed' as EventName<InviteEvent<'invite-range-changed'>>,
  onInviteError: 'invite-error' as EventName<InviteEvent<'invite-error'>>,
  onInviteUnauthorized: 'invite-unauthorized' as EventName<InviteEvent<'invite-unauthorized'>>,
};

/** `<invite-card>`'s events as React props. */
const InviteCardEvents = {
  onInviteCancel: 'invite-cancel' as EventName<InviteEvent<'invite-cancel'>>,
  onInviteLinkCopied: 'invite-link-copied' as EventName<InviteEvent<'invite-link-copied'>>,
  onInviteHistory: 'invite-history' as EventName<InviteEvent<'invite-history'>>,
  onInviteResend: 'invite-resend' as EventName<InviteEvent<'invite-resend'>>,
};

/** `<invite-dashboard>`'s events as React props. */
const InviteDashboardEvents = {
  onInviteCreated: 'invite-created' as EventName<InviteEvent<'invite-created'>>,
  onInviteCanceled: 'invite-canceled' as EventName<InviteEvent<'invite-canceled'>>,
  onInviteCancel: 'invite-cancel' as EventName<InviteEvent<'invite-cancel'>>,
  onInviteLinkCopied: 'invite-link-copied' as EventName<InviteEvent<'invite-link-copied'>>,
  onInviteError: 'invite-error' as EventName<InviteEvent<'invite-error'>>,
  onInviteUnauthorized: 'invite-unauthorized' as EventName<InviteEvent<'invite-unauthorized'>>,
  onInviteShowExpiring: 'invite-show-expiring' as EventName<InviteEvent<'invite-show-expiring'>>,
  onInviteRangeChanged: 'invite-range-changed' as EventName<InviteEvent<'invite-range-changed'>>,
  onInviteViewChanged: 'invite-view-changed' as EventName<InviteEvent<'invite-view-changed'>>,
  onInviteResent: 'invite-resent' as EventName<InviteEvent<'invite-resent'>>,
  onInviteBulkCanceled: 'invite-bulk-canceled' as EventName<InviteEvent<'invite-bulk-canceled'>>,
  onInviteExported: 'invite-exported' as EventName<InviteEvent<'invite-exported'>>,
  onInviteStatusChanged: 'invite-status-changed' as EventName<InviteEvent<'invite-status-changed'>>,
};

/** `<invite-history>`'s events as React props. */
const InviteHistoryEvents = {
  onInviteError: 'invite-error' as EventName<InviteEvent<'invite-error'>>,
  onInviteUnauthorized: 'invite-unauthorized' as EventName<InviteEvent<'invite-unauthorized'>>,
};

/** `<invite-stats>`'s events as React props. */
const InviteStatsEvents = {};

/** The four elements as React components. */
export interface InviteComponents {
  CreateInviteDialog: ReactWebComponent<CreateInviteDialog, typeof CreateInviteDialogEvents>;
  InviteAnalytics: ReactWebComponent<InviteAnalytics, typeof InviteAnalyticsEvents>;
  InviteCard: ReactWebComponent<InviteCard, typeof InviteCardEvents>;
  InviteDashboard: ReactWebComponent<InviteDashboard, typeof InviteDashboardEvents>;
  InviteHistory: ReactWebComponent<InviteHistory, typeof InviteHistoryEvents>;
  InviteStats: ReactWebComponent<InviteStatsElement, typeof InviteStatsEvents>;
}

/** Wraps the four elements for the given React (18 or 19). */
export function createInviteComponents(react: ReactModule): InviteComponents {
  return {
    CreateInviteDialog: createComponent({
      react,
      tagName: 'create-invite-dialog',
      elementClass: CreateInviteDialog,
      events: CreateInviteDialogEvents,
    }),
    InviteAnalytics: createComponent({
      react,
      tagName: 'invite-analytics',
      elementClass: InviteAnalytics,
      events: InviteAnalyticsEvents,
    }),
    InviteCard: createComponent({
      react,
      tagName: 'invite-card',
      elementClass: InviteCard,
      events: InviteCardEvents,
    }),
    InviteDashboard: createComponent({
      react,
      tagName: 'invite-dashboard',
      elementClass: InviteDashboard,
      events: InviteDashboardEvents,
    }),
    InviteHistory: createComponent({
      react,
      tagName: 'invite-history',
      elementClass: InviteHistory,
      events: InviteHistoryEvents,
    }),
    InviteStats: createComponent({
      react,
      tagName: 'invite-stats',
      elementClass: InviteStatsElement,
      events: InviteStatsEvents,
    }),
  };
}
