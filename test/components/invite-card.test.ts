import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/invite-card/invite-card.js';
import type { InviteCard } from '../../src/components/invite-card/invite-card.js';
import type { Invitation } from '../../src/api/types.js';
import { DAYS, invitation, publicInvitation } from '../helpers/invitations.js';
import { stub } from '../helpers/layout.js';

const past = (days: number) => new Date(Date.now() - days * DAYS).toISOString();

async function card(value: Invitation, attributes: { theme?: string; inviteUrl?: string } = {}): Promise<InviteCard> {
  return fixture<InviteCard>(
    html`<invite-card
      .invitation=${value}
      theme=${attributes.theme ?? 'light'}
      invite-url=${attributes.inviteUrl ?? '{api}/invite/{token}'}
    ></invite-card>`,
  );
}

function part(el: InviteCard, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function text(el: InviteCard, name: string): string {
  return part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function button(el: InviteCard, name: string): HTMLButtonElement {
  const found = part(el, name);
  if (!(found instanceof HTMLButtonElement)) throw new Error(`no ${name} button`);
  return found;
}


describe('<invite-card>', () => {
  describe('private invites', () => {
    it('show the email with a mail icon, the role and "New account"', async () => {
      const el = await card(invitation({ emails: ['carol@example.com'], role: 'moderator', newAccount: true }));
      expect(text(el, 'title')).to.contain('carol@example.com');
      expect(part(el, 'icon')!.classList.contains('type-icon--private')).to.equal(true);
      expect(text(el, 'header')).to.contain('Role moderator');
      expect(text(el, 'header')).to.contain('New account');
      await expect(el).to.be.accessible();
    });

    it('say "Role upgrade" when the invitee already has an account', async () => {
      const el = await card(invitation({ newAccount: false }));
      expect(text(el, 'header')).to.contain('Role upgrade');
      expect(text(el, 'header')).not.to.contain('New account');
    });

    it('say neither when the server does not know', async () => {
      const el = await card(invitation({ newAccount: null }));
      expect(text(el, 'header')).not.to.match(/New account|Role upgrade/);
    });

    it('list every email of an invite sent to several people', async () => {
      const el = await card(invitation({ emails: ['a@example.com', 'b@example.com', 'c@example.com'] }));
      expect(text(el, 'title')).to.contain('a@example.com, b@example.com, c@example.com');
      await expect(el).to.be.accessible();
    });

    it('copy the link their mail carried while pending (a button; the field shows only if copying fails)', async () => {
      const value = invitation();
      const el = await card(value);
      const written: string[] = [];
      const restore = stub(navigator, 'clipboard', { writeText: async (text: string) => void written.push(text) });
      try {
        const copied = oneEvent(el, 'invite-link-copied');
        button(el, 'copy-button').click();
        await copied;
      } finally {
        restore();
      }
      expect(written).to.deep.equal([`${location.origin}/api/auth/invite/${value.token}`]);
      expect(part(el, 'link') === null).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('offer no link once used, canceled or expired', async () => {
      for (const value of [invitation({ status: 'used' }), invitation({ status: 'canceled' }), invitation({ expiresAt: past(1) })]) {
        const el = await card(value);
        expect(part(el, 'link') === null && part(el, 'copy-button') === null).to.equal(true);
      }
    });
  });

  describe('public invites', () => {
    it('show "Public invite" with a link icon and no account hint', async () => {
      const el = await card(publicInvitation({ role: 'admin' }));
      expect(text(el, 'title')).to.equal('Public invite');
      expect(part(el, 'icon')!.classList.contains('type-icon--public')).to.equal(true);
      expect(text(el, 'header')).not.to.match(/New account|Role upgrade/);
      await expect(el).to.be.accessible();
    });

    it('show the invite link built from invite-url and api-base while pending', async () => {
      const value = publicInvitation({ token: 'tok/en' });
      const el = await fixture<InviteCard>(html`<invite-card .invitation=${value} api-base="/auth"></invite-card>`);
      const input = part(el, 'link')!.querySelector('input')!;
      expect(input.value).to.equal(new URL('/auth/invite/tok%2Fen', document.baseURI).href);
      expect(input.readOnly).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('follow a host template such as {origin}/accept/{token}', async () => {
      const el = await card(publicInvitation({ token: 'abc' }), { inviteUrl: '{origin}/accept/{token}' });
      expect(part(el, 'link')!.querySelector('input')!.value).to.equal(`${location.origin}/accept/abc`);
    });

    it('show no link for a javascript: template', async () => {
      const restore = stub(console, 'warn', () => {});
      try {
        const el = await card(publicInvitation(), { inviteUrl: 'javascript:alert(1)//{token}' });
        expect(part(el, 'link')).to.equal(null);
        expect(el.shadowRoot!.querySelector('a, input')).to.equal(null);
      } finally {
        restore();
      }
    });

    for (const status of ['used', 'canceled', 'rejected'] as const) {
      it(`show no link once ${status}`, async () => {
        const el = await card(publicInvitation({ status }));
        expect(part(el, 'link')).to.equal(null);
      });
    }

    it('show no link once expired', async () => {
      const el = await card(publicInvitation({ expiresAt: past(1) }));
      expect(part(el, 'link')).to.equal(null);
    });
  });

  describe('status and dates', () => {
    for (const [status, label] of [
      ['pending', 'Pending'],
      ['used', 'Used'],
      ['canceled', 'Canceled'],
      ['rejected', 'Rejected'],
    ] as const) {
      it(`show a "${label}" badge for a ${status} invite`, async () => {
        const el = await card(invitation({ status }));
        expect(text(el, 'badge')).to.equal(label);
        expect(part(el, 'badge')!.classList.contains(`tone--${status}`)).to.equal(true);
        expect(part(el, 'expired-notice')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('give each status its own badge colours', async () => {
      const colours = new Set<string>();
      for (const status of ['pending', 'used', 'canceled', 'rejected', 'expired'] as const) {
        const el = await card(invitation(status === 'expired' ? { status, expiresAt: past(1) } : { status }));
        colours.add(getComputedStyle(part(el, 'badge')!).backgroundColor);
      }
      expect(colours.size).to.equal(5);
    });

    it('show a pending invite past its expiry as expired, with an "Expired on" notice', async () => {
      const expiresAt = past(2);
      const el = await card(invitation({ expiresAt }));
      expect(text(el, 'badge')).to.equal('Expired');
      const notice = part(el, 'expired-notice')!;
      expect(notice.getAttribute('role')).to.equal('note');
      expect(text(el, 'expired-notice')).to.equal(`Expired on ${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(expiresAt))}`);
      expect(text(el, 'meta')).not.to.contain('Expires');
      await expect(el).to.be.accessible();
    });

    it('show an invite the server reports as expired as expired', async () => {
      const el = await card(invitation({ status: 'expired', expiresAt: past(5) }), { theme: 'dark' });
      expect(text(el, 'badge')).to.equal('Expired');
      expect(part(el, 'expired-notice')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('show the expiry as relative time while not expired', async () => {
      const el = await card(invitation({ expiresAt: new Date(Date.now() + 3 * DAYS + 60e3).toISOString() }));
      expect(text(el, 'meta')).to.contain('Expires in 3 days');
    });

    it('show the created date', async () => {
      const createdAt = '2026-03-05T12:00:00.000Z';
      const el = await card(invitation({ createdAt }));
      expect(text(el, 'meta')).to.contain(`Created ${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(createdAt))}`);
    });

    it('format dates in the given locale', async () => {
      const value = invitation({ createdAt: '2026-03-05T12:00:00.000Z' });
      const el = await fixture<InviteCard>(html`<invite-card .invitation=${value} locale="de-DE"></invite-card>`);
      expect(text(el, 'meta')).to.contain('05.03.2026');
    });

    it('show max uses, or "Unlimited" for an unlimited public invite', async () => {
      const limited = await card(publicInvitation({ maxUses: 5 }));
      expect(text(limited, 'meta')).to.contain('Max uses: 5');
      const unlimited = await card(publicInvitation({ maxUses: 1, infinityMaxUses: true }));
      expect(text(unlimited, 'meta')).to.contain('Max uses: Unlimited');
      await expect(unlimited).to.be.accessible();
    });

    it('show how many times it was used when the backend counts uses: "2 of 5 used", "3 uses" or "Used once" for a link', async () => {
      const limited = await card({ ...publicInvitation({ maxUses: 5 }), uses: 2 });
      expect(text(limited, 'meta')).to.contain('2 of 5 used');
      expect(text(limited, 'meta')).not.to.contain('Max uses');
      const unlimited = await card({ ...publicInvitation({ maxUses: 1, infinityMaxUses: true }), uses: 3 });
      expect(text(unlimited, 'meta')).to.contain('3 uses');
      const once = await card({ ...publicInvitation({ maxUses: 1, infinityMaxUses: true }), uses: 1 });
      expect(text(once, 'meta')).to.contain('Used once');
      await expect(limited).to.be.accessible();
    });

    it('use text from the strings property', async () => {
      const value = invitation();
      const el = await fixture<InviteCard>(
        html`<invite-card .invitation=${value} .strings=${{ status: { pending: 'Offen' }, cancelInvite: 'Zurückziehen' }}></invite-card>`,
      );
      expect(text(el, 'badge')).to.equal('Offen');
      expect(text(el, 'cancel-button')).to.equal('Zurückziehen');
    });
  });

  describe('copying the link', () => {
    let restore: Array<() => void> = [];
    afterEach(() => {
      restore.forEach((undo) => undo());
      restore = [];
    });

    it('writes the link with the Clipboard API, says "Copied" and fires invite-link-copied', async () => {
      const written: string[] = [];
      restore.push(stub(navigator, 'clipboard', { writeText: async (value: string) => void written.push(value) }));
      const el = await card(publicInvitation({ token: 'abc' }));
      const url = part(el, 'link')!.querySelector('input')!.value;
      const copied = oneEvent(el, 'invite-link-copied');
      button(el, 'copy-button').click();
      const event = await copied;
      expect(event.detail).to.deep.equal({ url });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(written).to.deep.equal([url]);
      await el.updateComplete;
      expect(text(el, 'copy-button')).to.equal('Copied');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Copied');
      await expect(el).to.be.accessible();
    });

    it('goes back to "Copy link" after a moment', async () => {
      restore.push(stub(navigator, 'clipboard', { writeText: async () => {} }));
      const el = await card(publicInvitation());
      button(el, 'copy-button').click();
      await waitUntil(() => text(el, 'copy-button') === 'Copied', 'never said Copied');
      await waitUntil(() => text(el, 'copy-button') === 'Copy link', 'kept saying Copied', { timeout: 4000 });
    });

    it('falls back to selecting the field and execCommand when navigator.clipboard is missing', async () => {
      restore.push(stub(navigator, 'clipboard', undefined));
      let selected = '';
      restore.push(
        stub(document, 'execCommand', (command: string) => {
          const input = el.shadowRoot!.querySelector('input')!;
          selected = command === 'copy' ? input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0) : '';
          return true;
        }),
      );
      const el = await card(publicInvitation());
      const url = part(el, 'link')!.querySelector('input')!.value;
      const copied = oneEvent(el, 'invite-link-copied');
      button(el, 'copy-button').click();
      expect((await copied).detail.url).to.equal(url);
      expect(selected).to.equal(url);
      await el.updateComplete;
      expect(text(el, 'copy-button')).to.equal('Copied');
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'copy-button'));
    });

    it('falls back too when the Clipboard API refuses', async () => {
      restore.push(stub(navigator, 'clipboard', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }));
      restore.push(stub(document, 'execCommand', () => true));
      const el = await card(publicInvitation());
      const copied = oneEvent(el, 'invite-link-copied');
      button(el, 'copy-button').click();
      await copied;
    });

    it('selects the link and asks the user to copy it by hand when every way fails', async () => {
      restore.push(stub(navigator, 'clipboard', undefined));
      restore.push(stub(document, 'execCommand', () => false));
      const el = await card(publicInvitation());
      let fired = false;
      el.addEventListener('invite-link-copied', () => (fired = true));
      button(el, 'copy-button').click();
      await waitUntil(() => text(el, 'link').includes('Could not copy'), 'no failure message');
      const input = el.shadowRoot!.querySelector('input')!;
      expect(el.shadowRoot!.activeElement).to.equal(input);
      expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, input.value.length]);
      expect(fired).to.equal(false);
      expect(text(el, 'copy-button')).to.equal('Copy link');
      await expect(el).to.be.accessible();
    });
  });

  describe('cancelling', () => {
    it('asks for confirmation inside the card and moves focus to "Keep it"', async () => {
      const el = await card(invitation());
      button(el, 'cancel-button').click();
      await el.updateComplete;
      const confirm = part(el, 'confirm')!;
      expect(confirm.textContent).to.contain('Cancel this invitation?');
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'confirm-no-button'));
      expect(part(el, 'cancel-button')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('fires a cancelable invite-cancel with the invitation on "Yes, cancel it"', async () => {
      const value = invitation();
      const el = await card(value);
      button(el, 'cancel-button').click();
      await el.updateComplete;
      const requested = oneEvent(el, 'invite-cancel');
      button(el, 'confirm-yes-button').click();
      const event = await requested;
      expect(event.detail.invitation).to.equal(value);
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(part(el, 'confirm')).to.equal(null);
    });

    it('"Keep it" closes the confirmation, fires nothing and returns focus to the cancel button', async () => {
      const el = await card(invitation());
      let fired = false;
      el.addEventListener('invite-cancel', () => (fired = true));
      button(el, 'cancel-button').click();
      await el.updateComplete;
      button(el, 'confirm-no-button').click();
      await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'cancel-button'), 'focus did not return');
      expect(part(el, 'confirm')).to.equal(null);
      expect(fired).to.equal(false);
    });

    it('Escape closes the confirmation and fires nothing', async () => {
      const el = await card(invitation());
      let fired = false;
      el.addEventListener('invite-cancel', () => (fired = true));
      button(el, 'cancel-button').click();
      await el.updateComplete;
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => part(el, 'confirm') === null, 'still confirming');
      await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'cancel-button'), 'focus did not return');
      expect(fired).to.equal(false);
    });

    it('is offered with the keyboard: Tab reaches it and Enter opens the confirmation', async () => {
      const el = await card(invitation());
      button(el, 'cancel-button').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(el, 'confirm') !== null, 'no confirmation');
    });

    for (const status of ['used', 'canceled', 'rejected'] as const) {
      it(`is not offered for a ${status} invite`, async () => {
        const el = await card(invitation({ status }));
        expect(part(el, 'cancel-button')).to.equal(null);
      });
    }

    it('is not offered once expired', async () => {
      const el = await card(invitation({ expiresAt: past(1) }));
      expect(part(el, 'cancel-button')).to.equal(null);
    });

    it('shows "Canceling…" and disables the button while busy', async () => {
      const el = await fixture<InviteCard>(html`<invite-card .invitation=${invitation()} busy></invite-card>`);
      const cancel = button(el, 'cancel-button');
      expect(cancel.disabled).to.equal(true);
      expect(text(el, 'cancel-button')).to.equal('Canceling…');
      expect(el.hasAttribute('busy')).to.equal(true);
      await expect(el).to.be.accessible();
      el.busy = false;
      await el.updateComplete;
      expect(cancel.disabled).to.equal(false);
      expect(text(el, 'cancel-button')).to.equal('Cancel invite');
    });

    it('closes the confirmation when it is given another invitation', async () => {
      const el = await card(invitation());
      button(el, 'cancel-button').click();
      await el.updateComplete;
      el.invitation = invitation();
      await el.updateComplete;
      expect(part(el, 'confirm')).to.equal(null);
    });
  });

  describe('safety and layout', () => {
    it('renders hostile data as text', async () => {
      const el = await card(invitation({ emails: ['<img src=x onerror=alert(1)>@x.com'], role: '<b>admin</b><img src=y>' }));
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(text(el, 'title')).to.contain('<img src=x onerror=alert(1)>@x.com');
      expect(text(el, 'header')).to.contain('<b>admin</b><img src=y>');
    });

    it('fits a 360px wide screen with a long email', async () => {
      await setViewport({ width: 360, height: 800 });
      try {
        const el = await fixture<InviteCard>(
          html`<invite-card .invitation=${invitation({ emails: ['a-very-long-mailbox-name-that-goes-on@subdomain.example-company.com'] })}></invite-card>`,
        );
        const root = part(el, 'card')!;
        expect(root.scrollWidth).to.be.at.most(root.clientWidth);
        expect(el.getBoundingClientRect().right).to.be.at.most(360);
        const badge = part(el, 'badge')!.getBoundingClientRect();
        expect(badge.right).to.be.at.most(root.getBoundingClientRect().right);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('renders nothing without an invitation', async () => {
      const el = await fixture<InviteCard>(html`<invite-card></invite-card>`);
      expect(part(el, 'card')).to.equal(null);
    });

    it('exposes its parts', async () => {
      const el = await card(publicInvitation());
      for (const name of ['card', 'header', 'icon', 'title', 'badge', 'meta', 'link', 'copy-button', 'cancel-button', 'button']) {
        expect(part(el, name), name).not.to.equal(null);
      }
      expect(button(el, 'cancel-button').getAttribute('part')).to.equal('button cancel-button');
      button(el, 'cancel-button').click();
      await el.updateComplete;
      expect(part(el, 'confirm')).not.to.equal(null);
      const expired = await card(invitation({ status: 'expired', expiresAt: past(1) }));
      expect(part(expired, 'expired-notice')).not.to.equal(null);
    });
  });

  describe('accessibility in dark theme', () => {
    it('is accessible for a pending public invite with its link', async () => {
      const el = await card(publicInvitation(), { theme: 'dark' });
      await expect(el).to.be.accessible();
    });

    it('is accessible while confirming', async () => {
      const el = await card(invitation({ newAccount: false }), { theme: 'dark' });
      button(el, 'cancel-button').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
