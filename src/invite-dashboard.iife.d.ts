// Types for dist/invite-dashboard.iife.js, the classic-script build (`<script src>`); scripts/build.mjs copies
// this file beside it. Loading that script registers the four elements (typed below through index.js's
// HTMLElementTagNameMap entries) and sets the global `inviteDashboard` to the package's exports. It exports
// nothing itself, and a bundler that imports it as a module keeps the `var` to itself: bundled apps import
// 'invite-dashboard' instead. A page script gets these types with
// `/// <reference types="invite-dashboard/invite-dashboard.iife.js" />`.
import type * as InviteDashboardExports from './index.js';

declare global {
  /** What `invite-dashboard.iife.js` exports, as the page's global `inviteDashboard`. */
  var inviteDashboard: typeof InviteDashboardExports;
}

export {};
