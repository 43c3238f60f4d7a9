import { waitUntil } from '@open-wc/testing';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import type { CreateInviteDialog } from '../../src/components/create-invite-dialog/create-invite-dialog.js';
import { shadow } from './support.js';

/** Opens the dashboard's create dialog and waits until it shows. */
export async function openDialog(el: InviteDashboard): Promise<CreateInviteDialog> {
  el.openCreateDialog();
  const dialog = shadow(el).querySelector<CreateInviteDialog>('create-invite-dialog')!;
  await waitUntil(() => dialog.open);
  return dialog;
}

/** Every field set away from its default. */
export const formValues = (type: 'private' | 'public'): FormValues => ({
  type,
  role: 'admin',
  expiresInDays: '30',
  shareInviterName: false,
  ...(type === 'private' ? { emails: 'one@example.com, two@example.com' } : { maxUses: '5' }),
});

export type FormValues = { type?: 'private' | 'public'; emails?: string; role?: string; maxUses?: string; expiresInDays?: string; shareInviterName?: boolean };

/** Types into the dialog as a user would: each change raises `input`. */
export async function fill(dialog: CreateInviteDialog, values: FormValues): Promise<void> {
  const root = dialog.shadowRoot!;
  const fire = (control: Element) => control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (values.type) {
    const radio = root.querySelector<HTMLInputElement>(`input[name="type"][value="${values.type}"]`)!;
    radio.checked = true;
    fire(radio);
    await dialog.updateComplete;
  }
  for (const name of ['emails', 'role', 'maxUses', 'expiresInDays'] as const) {
    const value = values[name];
    if (value === undefined) continue;
    const control = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    control.value = value;
    fire(control);
  }
  if (values.shareInviterName !== undefined) {
    const box = root.querySelector<HTMLInputElement>('input[name="shareInviterName"]')!;
    box.checked = values.shareInviterName;
    fire(box);
  }
  await dialog.updateComplete;
}

/** What the form shows now, in the shape `fill` takes. */
export function read(dialog: CreateInviteDialog): FormValues {
  const root = dialog.shadowRoot!;
  const type = root.querySelector<HTMLInputElement>('input[name="type"]:checked')!.value as 'private' | 'public';
  const value = (name: string) => root.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value;
  return {
    type,
    role: value('role'),
    expiresInDays: value('expiresInDays'),
    shareInviterName: root.querySelector<HTMLInputElement>('input[name="shareInviterName"]')!.checked,
    ...(type === 'private' ? { emails: value('emails') } : { maxUses: value('maxUses') }),
  };
}
