/**
 * `invite-dashboard/react`: the four elements as React components (thin @lit/react wrappers), for
 * React 18, whose JSX sets only attributes and knows no custom events, and usable in React 19 too.
 * Importing it registers the elements. The wrappers are made with the `react` the app resolves; an
 * app that renders with another copy (an alias, a micro-frontend) calls `createInviteComponents(React)`.
 */
import * as React from 'react';
import { createInviteComponents, type InviteComponents } from './components.js';

export { createInviteComponents, type InviteComponents, type ReactModule } from './components.js';

const components = createInviteComponents(React);

/** `<invite-dashboard>`: properties as props, `onInviteCreated`, `onInviteCanceled`… for its events. */
export const InviteDashboard: InviteComponents['InviteDashboard'] = components.InviteDashboard;
/** `<invite-card>`: `invitation` and the rest as props, `onInviteCancel`, `onInviteLinkCopied`. */
export const InviteCard: InviteComponents['InviteCard'] = components.InviteCard;
/** `<invite-stats>`: `stats` or `invitations` as props. */
export const InviteStats: InviteComponents['InviteStats'] = components.InviteStats;
/** `<create-invite-dialog>`: `open`, `roles`… as props, `onInviteCreated` and the rest for its events. */
export const CreateInviteDialog: InviteComponents['CreateInviteDialog'] = components.CreateInviteDialog;
