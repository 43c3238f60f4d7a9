// What the framework tests share: a fake better-invite behind msw with 12 invitations (so a page
// size of 10 shows), and the steps a user takes in the dashboard.
import { waitUntil } from '@open-wc/testing';
import type { CreateInviteDialog } from '../../src/components/create-invite-dialog/create-invite-dialog.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import { FakeBetterInvite } from '../helpers/fake-better-invite.js';
import { row } from '../helpers/invitations.js';
import { useMockServer } from '../helpers/msw.js';

/** Call in the top-level `describe`: a fresh fake server with 12 pending invitations per test. */
export function useFakeBetterInvite(): { server: FakeBetterInvite; worker: ReturnType<typeof useMockServer> } {
  const server = new FakeBetterInvite();
  const worker = useMockServer();
  beforeEach(() => {
    server.rows = Array.from({ length: 12 }, (_, i) => row({ emails: [`member${i}@example.com`] }));
    server.signedIn = true;
    worker.use(...server.handlers());
  });
  return { server, worker };
}

/** Call in the top-level `describe`: a fresh element per test to render into, removed after it. */
export function useContainer(): () => HTMLElement {
  let el: HTMLElement;
  beforeEach(() => {
    el = document.createElement('div');
    document.body.append(el);
  });
  afterEach(() => el.remove());
  return () => el;
}

const shadow = (el: Element) => el.shadowRoot!;

/** The dashboard inside `root`, once it shows its list. */
export async function loadedDashboard(root: ParentNode): Promise<InviteDashboard> {
  await waitUntil(() => root.querySelector('invite-dashboard')?.shadowRoot?.querySelector('.list'), 'dashboard never listed', { timeout: 5000 });
  const el = root.querySelector<InviteDashboard>('invite-dashboard')!;
  await el.updateComplete;
  return el;
}

export const cardCount = (el: InviteDashboard) => shadow(el).querySelectorAll('invite-card').length;

/** The roles the create dialog offers. */
export function offeredRoles(el: InviteDashboard): string[] {
  const dialog = shadow(el).querySelector<CreateInviteDialog>('create-invite-dialog')!;
  return [...shadow(dialog).querySelectorAll<HTMLOptionElement>('select[name="role"] option')].map((option) => option.value);
}

/** Opens "Create invite", types the address and sends: the dashboard then fires `invite-created`. */
export async function inviteThroughDialog(el: InviteDashboard, email: string): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>('[part~="create-button"]')!.click();
  const dialog = shadow(el).querySelector<CreateInviteDialog>('create-invite-dialog')!;
  await waitUntil(() => dialog.open, 'dialog never opened');
  const emails = shadow(dialog).querySelector<HTMLTextAreaElement>('textarea[name="emails"]')!;
  emails.value = email;
  emails.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await dialog.updateComplete;
  shadow(dialog).querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
}
