import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteCard } from '../../src/components/invite-card/invite-card.js';
import type { CreateInviteDialog } from '../../src/components/create-invite-dialog/create-invite-dialog.js';
import { esStrings } from '../../src/i18n/es.js';
import { defaultStrings } from '../../src/i18n/strings.js';
import type { InvitationRow } from '../../src/api/better-invite/wire.js';
import { FakeBetterInvite } from '../helpers/fake-better-invite.js';
import { DAYS, publicRow, row } from '../helpers/invitations.js';
import { useMockServer } from '../helpers/msw.js';

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const ahead = (ms: number) => new Date(Date.now() + ms).toISOString();

/** Every status, public and private, new account and role upgrade, expired, unlimited uses. */
function variedRows(): InvitationRow[] {
  return [
    row({ emails: ['ana@example.com'], createdAt: ago(1e3), expiresAt: ahead(2 * DAYS) }),
    publicRow({ infinityMaxUses: true, createdAt: ago(2e3) }),
    row({ emails: ['bea@example.com', 'carlos@example.com'], newAccount: false, createdAt: ago(3e3), expiresAt: ahead(3600e3) }),
    row({ status: 'used', createdAt: ago(4e3) }),
    row({ status: 'canceled', createdAt: ago(5e3) }),
    row({ status: 'rejected', createdAt: ago(6e3) }),
    row({ emails: ['late@example.com'], createdAt: ago(10 * DAYS), expiresAt: ago(DAYS) }),
  ];
}

/** Sentences the adapter writes itself (src/api/http.ts): a translation must not show them either. */
const ADAPTER_ENGLISH = [
  'Could not reach the invitation server',
  "The server's answer was not understood",
  'You are signed out',
  'The server answered',
  'The server refused the request',
  'Something went wrong',
  'The request was cancelled',
];
/** English default texts that are Spanish words too (the analytics table's "Total"): not leaks. */
const SAME_IN_SPANISH = new Set(['Total']);
/** What `Intl` writes in English when the locale does not reach it. */
const INTL_ENGLISH = ['tomorrow', 'yesterday', 'days', 'hours', 'minutes', 'weeks', 'months', 'ago'];

/**
 * The English a Spanish dashboard must not show: every default string, and the literal pieces of
 * what each default function returns (its arguments replaced by a marker), longer than 3 letters.
 * `roleName` echoes the host's role names and `errorMessage` the adapter's sentences (listed above).
 */
function englishFragments(): string[] {
  const MARK = '\u0001';
  const marker = { toString: () => MARK, toLowerCase: () => MARK, text: MARK, value: 2, plural: (forms: object) => Object.values(forms).join(MARK) };
  const fragments = new Set<string>([...ADAPTER_ENGLISH, ...INTL_ENGLISH]);
  const add = (text: string) => {
    for (const piece of text.split(MARK)) {
      const trimmed = piece.trim().replace(/^[\s:–.,(]+|[\s:–,(]+$/g, '');
      if (trimmed.replace(/[^\p{L}]/gu, '').length > 3) fragments.add(trimmed);
    }
  };
  const visit = (value: unknown, key: string) => {
    if (key === 'roleName' || key === 'errorMessage') return;
    if (typeof value === 'string') add(value);
    else if (typeof value === 'function') add(String((value as (...args: unknown[]) => unknown)(marker, marker, marker)));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  visit(defaultStrings, '');
  return [...fragments].filter((fragment) => !SAME_IN_SPANISH.has(fragment));
}

const ENGLISH = englishFragments().map((fragment) => ({
  fragment,
  pattern: new RegExp(`(?<!\\p{L})${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'iu'),
}));

/** Text nodes and the accessible-name attributes of every shadow root under (and including) `host`. */
function shownTexts(host: Element): string[] {
  const texts: string[] = [];
  const walk = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.textContent!.replace(/\s+/g, ' ').trim();
        if (text) texts.push(text);
        continue;
      }
      const element = node as Element;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(host.shadowRoot!);
  return texts;
}

function englishIn(host: Element): string[] {
  const leaks: string[] = [];
  for (const text of shownTexts(host)) {
    for (const { fragment, pattern } of ENGLISH) if (pattern.test(text)) leaks.push(`"${fragment}" in "${text}"`);
  }
  return leaks;
}

function expectNoEnglish(host: Element): void {
  expect(shownTexts(host).length, 'texts found').to.be.greaterThan(10);
  expect(englishIn(host)).to.deep.equal([]);
}

const shadow = (el: Element) => el.shadowRoot!;
const cards = (el: InviteDashboard) => [...shadow(el).querySelectorAll<InviteCard>('invite-card')];
const dialogOf = (el: InviteDashboard) => shadow(el).querySelector<CreateInviteDialog>('create-invite-dialog')!;
const inDialog = <T extends Element>(el: InviteDashboard, selector: string) => shadow(dialogOf(el)).querySelector<T>(selector)!;
const partOf = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`)!;

async function settled(el: InviteDashboard): Promise<InviteDashboard> {
  await waitUntil(
    () => shadow(el).querySelector('.list, [part~="empty"], [part~="error"], [part~="signed-out"]'),
    'dashboard never settled',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

function spanish(pageSize = 20): Promise<InviteDashboard> {
  return fixture<InviteDashboard>(
    html`<invite-dashboard theme="light" locale="es" page-size=${pageSize} .strings=${esStrings}></invite-dashboard>`,
  );
}

describe('<invite-dashboard> in Spanish', () => {
  const server = new FakeBetterInvite();
  const worker = useMockServer();
  let restoreClipboard: (() => void) | undefined;
  beforeEach(() => {
    server.rows = variedRows();
    server.signedIn = true;
    worker.use(...server.handlers());
  });
  afterEach(() => {
    restoreClipboard?.();
    restoreClipboard = undefined;
  });

  function stubClipboard() {
    const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => {} }, configurable: true });
    restoreClipboard = () => (own ? Object.defineProperty(navigator, 'clipboard', own) : delete (navigator as { clipboard?: unknown }).clipboard);
  }

  describe('the English check itself', () => {
    it('finds English in the default dashboard', async () => {
      const el = await settled(await fixture<InviteDashboard>(html`<invite-dashboard theme="light"></invite-dashboard>`));
      const leaks = englishIn(el);
      expect(leaks.join('\n')).to.contain('"Create invite"');
      expect(leaks.join('\n')).to.contain('"Pending"');
      expect(leaks.join('\n')).to.match(/"Expires" in "Expires in 2 days"/);
    });
  });

  describe('states', () => {
    it('loading: the skeletons say so in Spanish', async () => {
      worker.use(http.get('/api/auth/invite/list', () => new Promise<Response>(() => {})));
      const el = await spanish();
      await el.updateComplete;
      expect(shownTexts(el)).to.include('Cargando invitaciones…');
      expect(englishIn(el)).to.deep.equal([]);
    });

    it('list: cards, tabs, stats and pager are Spanish, with Spanish dates and numbers', async () => {
      const el = await settled(await spanish(3));
      expectNoEnglish(el);
      const texts = shownTexts(el).join(' | ');
      expect(texts).to.contain('Pendiente');
      expect(texts).to.contain('Caduca dentro de 3 días');
      expect(texts).to.contain('Página 1 de 3');
      expect(texts).to.contain('Ilimitados');
      await expect(el).to.be.accessible();
    });

    it('list: the expired notice, tags and other tabs are Spanish too', async () => {
      const el = await settled(await spanish());
      expectNoEnglish(el);
      const texts = shownTexts(el).join(' | ');
      expect(texts).to.contain('Caducó el');
      expect(texts).to.contain('Cambio de rol');
      expect(texts).to.contain('Cuenta nueva');
    });

    it('empty: the empty states are Spanish, per status too', async () => {
      server.rows = [row({ status: 'used' })];
      const el = await settled(await spanish());
      partOf(el, 'tab-selected').parentElement!.querySelector<HTMLElement>('#tab-rejected')!.click();
      await waitUntil(() => shadow(el).querySelector('[part~="empty"]'), 'no empty state');
      expect(shownTexts(el)).to.include('No hay invitaciones rechazadas');
      expectNoEnglish(el);
      await expect(el).to.be.accessible();
    });

    it('empty: no invitations at all', async () => {
      server.rows = [];
      const el = await settled(await spanish());
      expect(shownTexts(el)).to.include('Todavía no hay invitaciones');
      expectNoEnglish(el);
    });

    it('error: a failed load says why in Spanish', async () => {
      worker.use(http.get('/api/auth/invite/list', () => Response.json({ message: 'Boom', code: 'X' }, { status: 500 })));
      const el = await settled(await spanish());
      expect(shownTexts(el)).to.include('No se pudieron cargar las invitaciones');
      expect(shownTexts(el)).to.include('El servidor respondió con un error (500).');
      expectNoEnglish(el);
      await expect(el).to.be.accessible();
    });

    it('error: an unreachable server', async () => {
      worker.use(http.get('/api/auth/invite/list', () => Response.error()));
      const el = await settled(await spanish());
      expectNoEnglish(el);
      expect(shownTexts(el).join(' ')).to.contain('No se pudo contactar');
    });

    it('error: a server that does not answer in time', async () => {
      worker.use(http.get('/api/auth/invite/list', () => new Promise<Response>(() => {})));
      const el = await settled(
        await fixture<InviteDashboard>(
          html`<invite-dashboard theme="light" locale="es" request-timeout="100" .strings=${esStrings}></invite-dashboard>`,
        ),
      );
      expect(shownTexts(el)).to.include('El servidor no respondió a tiempo. Vuelve a intentarlo en un momento.');
      expectNoEnglish(el);
    });

    it('error: an account that may not list invitations (403)', async () => {
      worker.use(http.get('/api/auth/invite/list', () => Response.json({ message: 'Forbidden', code: 'FORBIDDEN' }, { status: 403 })));
      const el = await settled(await spanish());
      expect(shownTexts(el)).to.include('No tienes permiso para hacer esto. Inicia sesión con otra cuenta y vuelve a intentarlo.');
      expectNoEnglish(el);
    });

    it('signed out', async () => {
      server.signedIn = false;
      const el = await settled(await spanish());
      expect(shownTexts(el)).to.include('No has iniciado sesión');
      expectNoEnglish(el);
      await expect(el).to.be.accessible();
    });

    it('card: the cancel confirmation and the result notice', async () => {
      const el = await settled(await spanish());
      const card = cards(el)[0]!;
      partOf(card, 'cancel-button').click();
      await card.updateComplete;
      expect(shownTexts(el)).to.include('¿Cancelar esta invitación? Su enlace dejará de funcionar.');
      expectNoEnglish(el);
      await expect(el).to.be.accessible();
      partOf(card, 'confirm-yes-button').click();
      await waitUntil(() => shadow(el).querySelector('[part~="notice"]'), 'no notice');
      expect(shownTexts(el)).to.include('Invitación cancelada.');
      expectNoEnglish(el);
    });

    it('card: a copied link says "Copiado"', async () => {
      stubClipboard();
      const el = await settled(await spanish());
      const card = cards(el).find((c) => c.invitation!.emails.length === 0)!;
      partOf(card, 'copy-button').click();
      await oneEvent(card, 'invite-link-copied');
      await card.updateComplete;
      expect(partOf(card, 'copy-button').textContent).to.contain('Copiado');
      expectNoEnglish(el);
    });

    it('dialog: the form, its errors in the plural, and the created link', async () => {
      stubClipboard();
      const el = await settled(await spanish());
      el.openCreateDialog();
      const dialog = dialogOf(el);
      await dialog.updateComplete;
      expect(shownTexts(el)).to.include('Crear invitación');
      expectNoEnglish(el);
      await expect(dialog).to.be.accessible();

      const emails = inDialog<HTMLTextAreaElement>(el, '#emails');
      emails.value = 'a, b@';
      emails.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      inDialog<HTMLButtonElement>(el, '[part~="submit"]').click();
      await dialog.updateComplete;
      expect(shownTexts(el)).to.include('Direcciones de correo no válidas: a, b@');
      expectNoEnglish(el);

      const publicChoice = inDialog<HTMLInputElement>(el, 'input[value="public"]');
      publicChoice.click();
      await dialog.updateComplete;
      inDialog<HTMLButtonElement>(el, '[part~="submit"]').click();
      await waitUntil(() => shadow(dialog).querySelector('[part~="result"]'), 'no created link');
      inDialog<HTMLButtonElement>(el, '[part~="copy-button"]').click();
      await oneEvent(dialog, 'invite-link-copied');
      await dialog.updateComplete;
      expect(shownTexts(el)).to.include('Tu enlace de invitación está listo');
      expect(inDialog(el, '[part~="copy-button"]').textContent).to.contain('Copiado');
      expectNoEnglish(el);
    });

    it('created: several private invitations are counted with the Spanish plural', async () => {
      const el = await settled(await spanish());
      el.openCreateDialog();
      const dialog = dialogOf(el);
      await dialog.updateComplete;
      const emails = inDialog<HTMLTextAreaElement>(el, '#emails');
      emails.value = 'uno@example.com, dos@example.com';
      emails.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      inDialog<HTMLButtonElement>(el, '[part~="submit"]').click();
      await waitUntil(() => shadow(el).querySelector('[part~="notice"]'), 'no notice');
      expect(shownTexts(el)).to.include('2 invitaciones creadas.');
      expectNoEnglish(el);
    });
  });

  describe('locale', () => {
    it('without a locale attribute, dates follow the page\'s <html lang>', async () => {
      const previous = document.documentElement.lang;
      document.documentElement.lang = 'es';
      try {
        const el = await settled(await fixture<InviteDashboard>(html`<invite-dashboard theme="light" .strings=${esStrings}></invite-dashboard>`));
        expectNoEnglish(el);
        expect(shownTexts(el).join(' ')).to.contain('Caduca dentro de 3 días');
      } finally {
        document.documentElement.lang = previous;
      }
    });

    it('a malformed locale falls back to the browser\'s instead of breaking the render', async () => {
      const el = await settled(await fixture<InviteDashboard>(html`<invite-dashboard theme="light" locale="not a locale!"></invite-dashboard>`));
      expect(cards(el)).to.have.length(7);
      expect(shownTexts(el).join(' ')).to.contain('Expires in 2 days');
    });

    it('English counts use the English plural', async () => {
      const el = await settled(await fixture<InviteDashboard>(html`<invite-dashboard theme="light"></invite-dashboard>`));
      el.openCreateDialog();
      const dialog = dialogOf(el);
      await dialog.updateComplete;
      const emails = inDialog<HTMLTextAreaElement>(el, '#emails');
      emails.value = 'one@example.com, two@example.com';
      emails.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      inDialog<HTMLButtonElement>(el, '[part~="submit"]').click();
      await waitUntil(() => shadow(el).querySelector('[part~="notice"]'), 'no notice');
      expect(shownTexts(el)).to.include('2 invitations created.');
    });
  });
});
