import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import { InviteCard } from '../../src/components/invite-card/invite-card.js';
import { InviteStatsElement } from '../../src/components/invite-stats/invite-stats.js';
import { CreateInviteDialog } from '../../src/components/create-invite-dialog/create-invite-dialog.js';
import { FakeBetterInvite } from '../helpers/fake-better-invite.js';
import { DAYS, invitation, publicRow, row } from '../helpers/invitations.js';
import { useMockServer } from '../helpers/msw.js';

const shadow = (el: Element) => el.shadowRoot!;
const inner = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector)!;
const box = (el: Element) => el.getBoundingClientRect();

async function loaded(el: InviteDashboard) {
  await waitUntil(() => shadow(el).querySelector('.list, [part~="empty"]'), 'dashboard never settled', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** A host page stylesheet for one test, as a designer would write it. */
function hostStyles(css: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** The selectors of an element's `@media (forced-colors: active)` rules. */
function forcedColorSelectors(element: typeof LitElement): string[] {
  const selectors: string[] = [];
  for (const style of element.elementStyles) {
    const sheet = 'styleSheet' in style ? style.styleSheet : style;
    for (const rule of Array.from(sheet?.cssRules ?? [])) {
      if (rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors')) {
        for (const nested of Array.from(rule.cssRules)) if (nested instanceof CSSStyleRule) selectors.push(nested.selectorText);
      }
    }
  }
  return selectors;
}

describe('theming', () => {
  const server = new FakeBetterInvite();
  const worker = useMockServer();
  beforeEach(() => {
    server.rows = [
      row({ emails: ['ana@example.com'] }),
      publicRow({ infinityMaxUses: true }),
      row({ status: 'used' }),
      row({ createdAt: new Date(Date.now() - 9 * DAYS).toISOString(), expiresAt: new Date(Date.now() - DAYS).toISOString() }),
    ];
    worker.use(...server.handlers());
  });

  describe('themes', () => {
    it('theme="dark" paints dark surfaces and light text; theme="light" the reverse', async () => {
      const dark = await loaded(await fixture<InviteDashboard>(html`<invite-dashboard theme="dark"></invite-dashboard>`));
      const card = shadow(dark).querySelector('invite-card')!;
      expect(getComputedStyle(inner(card, '.card')).backgroundColor).to.equal('rgb(17, 24, 39)');
      expect(getComputedStyle(inner(card, '.title')).color).to.equal('rgb(243, 244, 246)');
      await expect(dark).to.be.accessible();

      const light = await loaded(await fixture<InviteDashboard>(html`<invite-dashboard theme="light"></invite-dashboard>`));
      const lightCard = shadow(light).querySelector('invite-card')!;
      expect(getComputedStyle(inner(lightCard, '.card')).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(inner(lightCard, '.title')).color).to.equal('rgb(17, 24, 39)');
    });

    it('a library token set on the dashboard reaches every element inside it', async () => {
      const el = await loaded(
        await fixture<InviteDashboard>(
          html`<invite-dashboard theme="light" style="--invite-color-accent: rgb(124, 58, 237); --invite-radius: 3px"></invite-dashboard>`,
        ),
      );
      expect(getComputedStyle(inner(el, '[part~="create-button"]')).backgroundColor).to.equal('rgb(124, 58, 237)');
      const card = shadow(el).querySelector('invite-card')!;
      expect(getComputedStyle(inner(card, '.card')).borderRadius).to.equal('3px');
      const stats = shadow(el).querySelector('invite-stats')!;
      expect(getComputedStyle(inner(stats, '.tile')).borderRadius).to.equal('3px');
    });

    it('an element knob falls back to the library token, and wins when set', async () => {
      const el = await fixture<InviteCard>(
        html`<invite-card theme="light" .invitation=${invitation()} style="--invite-color-surface: rgb(1, 2, 3)"></invite-card>`,
      );
      expect(getComputedStyle(inner(el, '.card')).backgroundColor).to.equal('rgb(1, 2, 3)');
      el.style.setProperty('--invite-card-background', 'rgb(4, 5, 6)');
      expect(getComputedStyle(inner(el, '.card')).backgroundColor).to.equal('rgb(4, 5, 6)');
    });
  });

  describe('parts', () => {
    it('the host page styles the pieces of cards, tiles and the dialog through the dashboard', async () => {
      const restore = hostStyles(`
        invite-dashboard::part(card-badge) { outline: 3px solid rgb(1, 2, 3); }
        invite-dashboard::part(button) { letter-spacing: 3px; }
        invite-dashboard::part(stats-value) { color: rgb(4, 5, 6); }
        invite-dashboard::part(dialog) { border-color: rgb(7, 8, 9); }
      `);
      try {
        const el = await loaded(await fixture<InviteDashboard>(html`<invite-dashboard theme="light"></invite-dashboard>`));
        const card = shadow(el).querySelector('invite-card')!;
        expect(getComputedStyle(inner(card, '[part~="badge"]')).outlineColor).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(inner(card, '[part~="cancel-button"]')).letterSpacing).to.equal('3px');
        expect(getComputedStyle(inner(el, '[part~="create-button"]')).letterSpacing).to.equal('3px');
        const stats = shadow(el).querySelector('invite-stats')!;
        expect(getComputedStyle(inner(stats, '[part~="value"]')).color).to.equal('rgb(4, 5, 6)');
        const dialog = shadow(el).querySelector('create-invite-dialog')!;
        expect(getComputedStyle(inner(dialog, 'dialog')).borderTopColor).to.equal('rgb(7, 8, 9)');
        expect(getComputedStyle(inner(dialog, '[part~="submit"]')).letterSpacing).to.equal('3px');
      } finally {
        restore();
      }
    });
  });

  describe('documented parts', () => {
    it('every part name in the rendered elements is documented on its element', async () => {
      const json = (await (await fetch('/custom-elements.json')).json()) as {
        modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[];
      };
      const documented = new Map<string, Set<string>>();
      for (const module of json.modules) for (const d of module.declarations ?? []) {
        if (d.tagName) documented.set(d.tagName, new Set((d.cssParts ?? []).map((p) => p.name)));
      }
      const el = await loaded(await fixture<InviteDashboard>(html`<invite-dashboard theme="light"></invite-dashboard>`));
      const cards = [...shadow(el).querySelectorAll<InviteCard>('invite-card')];
      inner(cards[0]!, '[part~="cancel-button"]').click();
      await cards[0]!.updateComplete;
      el.openCreateDialog();
      await el.updateComplete;
      const found: [string, string][] = [];
      const walk = (host: Element) => {
        for (const node of host.shadowRoot!.querySelectorAll('[part]')) {
          for (const name of node.getAttribute('part')!.split(/\s+/)) found.push([host.localName, name]);
        }
        for (const child of host.shadowRoot!.querySelectorAll('*')) if (child.shadowRoot) walk(child);
      };
      walk(el);
      expect(found.length).to.be.greaterThan(40);
      for (const [tag, name] of found) expect(documented.get(tag), `<${tag}> part "${name}"`).to.include(name);
    });
  });

  describe('right to left', () => {
    it('a card in dir="rtl" mirrors its header: icon at the right, badge at the left', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" style="inline-size: 40rem"><invite-card theme="light" .invitation=${invitation()}></invite-card></div>`,
      );
      const el = wrapper.querySelector('invite-card')!;
      await el.updateComplete;
      const icon = box(inner(el, '[part~="icon"]'));
      const title = box(inner(el, '[part~="title"]'));
      const badge = box(inner(el, '[part~="badge"]'));
      expect(icon.left).to.be.greaterThan(title.right - 1);
      expect(badge.right).to.be.lessThan(title.left + 1);
      expect(getComputedStyle(inner(el, '.card')).direction).to.equal('rtl');
      // The cancel action sits at the inline end: the left.
      const cancel = box(inner(el, '[part~="cancel-button"]'));
      expect(cancel.left - box(inner(el, '.card')).left).to.be.lessThan(40);
      await expect(el).to.be.accessible();
    });

    it('the same card left to right keeps the icon at the left', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="ltr" style="inline-size: 40rem"><invite-card theme="light" .invitation=${invitation()}></invite-card></div>`,
      );
      const el = wrapper.querySelector('invite-card')!;
      expect(box(inner(el, '[part~="icon"]')).right).to.be.lessThan(box(inner(el, '[part~="title"]')).left + 1);
    });

    it('in dir="rtl" the arrow keys follow the tabs as seen, and the pager arrows point the reading way', async () => {
      server.rows = Array.from({ length: 25 }, () => row());
      const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><invite-dashboard theme="light"></invite-dashboard></div>`);
      const el = await loaded(wrapper.querySelector('invite-dashboard')!);
      const arrow = inner(el, '[part~="next-button"] svg');
      expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      const all = inner(el, '#tab-all');
      const pending = inner(el, '#tab-pending');
      expect(box(pending).right).to.be.lessThan(box(all).left + 1);
      all.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(shadow(el).activeElement?.id).to.equal('tab-pending');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(shadow(el).activeElement?.id).to.equal('tab-all');
    });
  });

  describe('reduced motion', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('turns transitions and animations off when the user asks for less motion', async () => {
      const el = await loaded(await fixture<InviteDashboard>(html`<invite-dashboard theme="light"></invite-dashboard>`));
      const button = inner(el, '[part~="create-button"]');
      expect(getComputedStyle(el).getPropertyValue('--_duration').trim()).to.equal('150ms');
      expect(getComputedStyle(button).transitionDuration.split(', ')).to.include('0.15s');

      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(el).getPropertyValue('--_duration').trim()).to.equal('0ms');
      expect(new Set(getComputedStyle(button).transitionDuration.split(', '))).to.deep.equal(new Set(['0s']));
      const dialog = shadow(el).querySelector<CreateInviteDialog>('create-invite-dialog')!;
      dialog.show();
      await dialog.updateComplete;
      expect(getComputedStyle(inner(dialog, 'dialog')).animationName).to.equal('none');
      dialog.close();
      const tab = inner(el, '#tab-pending');
      expect(new Set(getComputedStyle(tab).transitionDuration.split(', '))).to.deep.equal(new Set(['0s']));
    });

    it('stops the loading pulse', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const stats = await fixture<InviteStatsElement>(html`<invite-stats></invite-stats>`);
      expect(getComputedStyle(inner(stats, '.skeleton-bar')).animationName).to.equal('none');
    });
  });

  describe('forced colors', () => {
    it('badges, buttons, focus, the selected tab and the dialog keep visible edges', () => {
      const card = forcedColorSelectors(InviteCard).join(' ');
      expect(card).to.contain('.badge');
      expect(card).to.contain('.button');
      expect(card).to.contain(':focus-visible');
      const dashboard = forcedColorSelectors(InviteDashboard).join(' ');
      expect(dashboard).to.contain(".tab[aria-selected=\"true\"]");
      expect(dashboard).to.contain('.button:disabled');
      const dialog = forcedColorSelectors(CreateInviteDialog).join(' ');
      expect(dialog).to.match(/(^|\s)dialog(\s|$)/);
      expect(forcedColorSelectors(InviteStatsElement).join(' ')).to.contain('.tile-icon');
    });
  });
});
