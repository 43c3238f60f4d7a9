import { capabilities } from '../helpers/capabilities.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteCard } from '../../src/components/invite-card/invite-card.js';
import type { CreateInviteDialog } from '../../src/components/create-invite-dialog/create-invite-dialog.js';
import { InviteApiError } from '../../src/api/errors.js';
import type { CreateInviteResult, Invitation, InviteAdapter } from '../../src/api/types.js';
import { FakeBetterInvite } from '../helpers/fake-better-invite.js';
import { DAYS, invitation, publicInvitation, publicRow, row } from '../helpers/invitations.js';
import { useMockServer } from '../helpers/msw.js';
import { cardsOf, dialogOf, partOf, settled } from './a11y-helpers.js';

/**
 * axe (contrast included) in every state of every element, light and dark. Each state renders
 * itself for a theme; the loop below runs axe on it once per theme.
 */
type Theme = 'light' | 'dark';
type Render = (theme: Theme) => Promise<Element>;

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

function variedRows() {
  return [
    row({ emails: ['newest@example.com'], createdAt: ago(1e3) }),
    publicRow({ infinityMaxUses: true, createdAt: ago(2e3) }),
    row({ emails: ['upgrade@example.com'], newAccount: false, createdAt: ago(3e3) }),
    row({ status: 'used', createdAt: ago(4e3) }),
    row({ status: 'canceled', createdAt: ago(5e3) }),
    row({ status: 'rejected', createdAt: ago(6e3) }),
    row({ emails: ['late@example.com'], createdAt: ago(10 * DAYS), expiresAt: ago(DAYS) }),
  ];
}

/** A create-only adapter answering as told. */
function adapterAnswering(create: () => Promise<CreateInviteResult>): InviteAdapter {
  return { capabilities, list: async () => ({ invitations: [], total: 0 }), cancel: async () => {}, create };
}

function stubClipboard(writeText: () => Promise<void>): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return () => {
    if (own) Object.defineProperty(navigator, 'clipboard', own);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

describe('axe in every state, light and dark', () => {
  const server = new FakeBetterInvite();
  const worker = useMockServer();
  let release: () => void = () => {};
  const restores: (() => void)[] = [];

  // Animations off: axe would measure colours half-way through a fade.
  before(() => document.documentElement.style.setProperty('--invite-duration', '0ms'));
  after(() => document.documentElement.style.removeProperty('--invite-duration'));
  beforeEach(() => {
    server.rows = variedRows();
    server.signedIn = true;
    worker.use(...server.handlers());
  });
  afterEach(() => {
    release();
    for (const restore of restores.splice(0)) restore();
  });

  // ---- <invite-dashboard> --------------------------------------------------------------------
  async function dashboard(theme: Theme): Promise<InviteDashboard> {
    const el = await fixture<InviteDashboard>(html`<invite-dashboard theme=${theme}></invite-dashboard>`);
    await settled(el);
    return el;
  }
  async function cancelFirstPending(el: InviteDashboard): Promise<void> {
    const card = cardsOf(el).find((c) => c.invitation!.emails[0] === 'newest@example.com')!;
    const done = Promise.race([oneEvent(el, 'invite-canceled'), oneEvent(el, 'invite-error')]);
    card.dispatchEvent(new CustomEvent('invite-cancel', { detail: { invitation: card.invitation }, bubbles: true, composed: true, cancelable: true }));
    await done;
    await el.updateComplete;
  }
  const dashboardStates: Record<string, Render> = {
    loading: async (theme) => {
      const gate = new Promise<void>((resolve) => (release = resolve));
      worker.use(http.get('/api/auth/invite/list', async () => {
        await gate;
        return Response.json({ invitations: [], total: 0 });
      }));
      const el = await fixture<InviteDashboard>(html`<invite-dashboard theme=${theme}></invite-dashboard>`);
      await waitUntil(() => partOf(el, 'loading'));
      return el;
    },
    populated: dashboard,
    empty: async (theme) => {
      server.rows = [];
      const el = await dashboard(theme);
      expect(partOf(el, 'empty')).to.exist;
      return el;
    },
    error: async (theme) => {
      worker.use(http.get('/api/auth/invite/list', () => Response.json({ message: 'Database unavailable' }, { status: 500 })));
      const el = await dashboard(theme);
      expect(partOf(el, 'error')).to.exist;
      return el;
    },
    'signed out': async (theme) => {
      server.signedIn = false;
      const el = await dashboard(theme);
      expect(partOf(el, 'signed-out')).to.exist;
      return el;
    },
    'success notice': async (theme) => {
      const el = await dashboard(theme);
      await cancelFirstPending(el);
      expect(partOf(el, 'notice')!.getAttribute('role')).to.equal('status');
      return el;
    },
    'error notice': async (theme) => {
      worker.use(http.post('/api/auth/invite/cancel', () => Response.json({ message: 'Not allowed', code: 'X' }, { status: 400 })));
      const el = await dashboard(theme);
      await cancelFirstPending(el);
      expect(partOf(el, 'notice')!.getAttribute('role')).to.equal('alert');
      return el;
    },
    'dialog open': async (theme) => {
      const el = await dashboard(theme);
      el.openCreateDialog();
      await waitUntil(() => dialogOf(el).open);
      await dialogOf(el).updateComplete;
      return el;
    },
  };

  // ---- <invite-card> -------------------------------------------------------------------------
  async function card(value: Invitation, theme: Theme, busy = false): Promise<InviteCard> {
    return fixture<InviteCard>(html`<invite-card .invitation=${value} theme=${theme} ?busy=${busy}></invite-card>`);
  }
  async function copyOn(el: InviteCard, writeText: () => Promise<void>): Promise<InviteCard> {
    restores.push(stubClipboard(writeText));
    // The execCommand fallback must fail too for the "failed" state.
    const execCommand = document.execCommand;
    document.execCommand = () => false;
    restores.push(() => (document.execCommand = execCommand));
    partOf(el, 'copy-button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim() !== '');
    await el.updateComplete;
    return el;
  }
  const cardStates: Record<string, Render> = {
    'private, new account': (theme) => card(invitation(), theme),
    'private, role upgrade, several emails': (theme) => card(invitation({ newAccount: false, emails: ['a@example.com', 'b@example.com'] }), theme),
    'public with link': (theme) => card(publicInvitation(), theme),
    'public, unlimited': (theme) => card(publicInvitation({ infinityMaxUses: true }), theme),
    expired: (theme) => card(invitation({ expiresAt: ago(DAYS) }), theme),
    used: (theme) => card(invitation({ status: 'used' }), theme),
    canceled: (theme) => card(invitation({ status: 'canceled' }), theme),
    rejected: (theme) => card(invitation({ status: 'rejected' }), theme),
    'expired by the server': (theme) => card(publicInvitation({ status: 'expired', expiresAt: ago(DAYS) }), theme),
    confirming: async (theme) => {
      const el = await card(invitation(), theme);
      partOf(el, 'cancel-button')!.click();
      await el.updateComplete;
      expect(partOf(el, 'confirm')).to.exist;
      return el;
    },
    busy: (theme) => card(invitation(), theme, true),
    copied: async (theme) => copyOn(await card(publicInvitation(), theme), async () => {}),
    'copy failed': async (theme) => copyOn(await card(publicInvitation(), theme), () => Promise.reject(new Error('denied'))),
  };

  // ---- <invite-stats> ------------------------------------------------------------------------
  const stats = (template: TemplateResult) => fixture(template);
  const statsStates: Record<string, Render> = {
    loading: (theme) => stats(html`<invite-stats theme=${theme}></invite-stats>`),
    populated: (theme) =>
      stats(html`<invite-stats theme=${theme} .stats=${{ total: 12, pending: 3, used: 4, canceled: 2, rejected: 1, expired: 2 }}></invite-stats>`),
  };

  // ---- <create-invite-dialog> ----------------------------------------------------------------
  async function dialog(theme: Theme, create: () => Promise<CreateInviteResult> = async () => ({ message: 'sent' })) {
    const el = await fixture<CreateInviteDialog>(html`<create-invite-dialog theme=${theme}></create-invite-dialog>`);
    el.adapter = adapterAnswering(create);
    el.show();
    await el.updateComplete;
    return el;
  }
  async function choosePublicAndSubmit(el: CreateInviteDialog): Promise<void> {
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="public"]')!.click();
    await el.updateComplete;
    partOf(el, 'submit')!.click();
  }
  const dialogStates: Record<string, Render> = {
    empty: (theme) => dialog(theme),
    'validation errors': async (theme) => {
      const el = await dialog(theme);
      partOf(el, 'submit')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-invalid="true"]')).to.exist;
      return el;
    },
    'server error': async (theme) => {
      const el = await dialog(theme, () => Promise.reject(new InviteApiError({ kind: 'http', status: 500, message: 'The server failed.' })));
      const failed = oneEvent(el, 'invite-error');
      await choosePublicAndSubmit(el);
      await failed;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      return el;
    },
    'public result': async (theme) => {
      const el = await dialog(theme, async () => ({ message: 'tok', token: 'tok' }));
      await choosePublicAndSubmit(el);
      await waitUntil(() => partOf(el, 'result'));
      return el;
    },
  };

  const matrix = {
    '<invite-dashboard>': dashboardStates,
    '<invite-card>': cardStates,
    '<invite-stats>': statsStates,
    '<create-invite-dialog>': dialogStates,
  };

  for (const [tag, states] of Object.entries(matrix)) {
    describe(tag, () => {
      for (const [state, render] of Object.entries(states)) {
        for (const theme of ['light', 'dark'] as const) {
          it(`${state} (${theme})`, async () => {
            const el = await render(theme);
            expect(getComputedStyle(el).colorScheme, 'theme applied').to.equal(theme);
            await expect(el).to.be.accessible();
          });
        }
      }
    });
  }

  it('covers at least 25 states in both themes', () => {
    const count = Object.values(matrix).reduce((sum, states) => sum + Object.keys(states).length, 0);
    expect(count).to.be.at.least(25);
  });
});
