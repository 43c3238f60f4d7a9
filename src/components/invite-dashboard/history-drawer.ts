import type { Invitation } from '../../api/types.js';
import { LazyModule } from '../../dom/lazy-module.js';
import type { InviteStrings } from '../../i18n/strings.js';
import type { InviteActions } from '../../state/invite-actions.js';

/** `<invite-history>`, loaded when a card first asks for its usage history (a chunk of its own in the npm build). */
const historyModule = new LazyModule<unknown>(() => import('../invite-history/invite-history.js'));

/**
 * Opens the dashboard's usage-history drawer on `invitation`, loading the element first if needed
 * (the `<invite-history>` already in the dashboard's template upgrades in place). If it cannot be
 * loaded the dashboard's notice says so; the next "Who used it" tries again. `history` is for tests.
 */
export async function openHistory(
  dashboard: { renderRoot: ParentNode; resolvedStrings: InviteStrings },
  invitation: Invitation,
  actions: Pick<InviteActions, 'say'>,
  history = historyModule,
): Promise<void> {
  try {
    await history.load();
  } catch {
    actions.say({ tone: 'error', text: dashboard.resolvedStrings.historyLoadFailed });
    return;
  }
  await dashboard.renderRoot.querySelector('invite-history')?.show(invitation);
}
