import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/invite-stats/invite-stats.js';
import type { InviteStatsElement } from '../../src/components/invite-stats/invite-stats.js';
import type { InviteStats } from '../../src/api/types.js';
import { DAYS, invitation, publicInvitation } from '../helpers/invitations.js';

const stats = (overrides: Partial<InviteStats> = {}): InviteStats => ({
  total: 12,
  pending: 1,
  used: 3,
  canceled: 3,
  rejected: 0,
  expired: 0,
  ...overrides,
});

/** Tile values by stat, as the user reads them. */
function tiles(el: InviteStatsElement): Record<string, { label: string; value: string }> {
  const result: Record<string, { label: string; value: string }> = {};
  for (const tile of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tile"][data-stat]')) {
    result[tile.dataset.stat!] = {
      label: tile.querySelector('[part~="label"]')!.textContent!.trim(),
      value: tile.querySelector('[part~="value"]')!.textContent!.trim(),
    };
  }
  return result;
}

describe('<invite-stats>', () => {
  describe('counts', () => {
    it('shows total, pending, used and canceled tiles from stats', async () => {
      const el = await fixture<InviteStatsElement>(html`<invite-stats .stats=${stats()}></invite-stats>`);
      expect(tiles(el)).to.deep.equal({
        total: { label: 'Total invites', value: '12' },
        pending: { label: 'Pending', value: '1' },
        used: { label: 'Used', value: '3' },
        canceled: { label: 'Canceled', value: '3' },
      });
      await expect(el).to.be.accessible();
    });

    it('counts invitations itself, an overdue pending one as expired', async () => {
      const past = new Date(Date.now() - DAYS).toISOString();
      const invitations = [
        invitation(),
        publicInvitation(),
        invitation({ status: 'used' }),
        invitation({ status: 'canceled' }),
        invitation({ status: 'rejected' }),
        invitation({ expiresAt: past }),
      ];
      const el = await fixture<InviteStatsElement>(html`<invite-stats .invitations=${invitations}></invite-stats>`);
      const values = Object.fromEntries(Object.entries(tiles(el)).map(([key, tile]) => [key, tile.value]));
      expect(values).to.deep.equal({ total: '6', pending: '2', used: '1', canceled: '1', rejected: '1', expired: '1' });
      await expect(el).to.be.accessible();
    });

    it('prefers stats over invitations when both are set', async () => {
      const el = await fixture<InviteStatsElement>(
        html`<invite-stats .stats=${stats({ total: 40 })} .invitations=${[invitation()]}></invite-stats>`,
      );
      expect(tiles(el).total!.value).to.equal('40');
    });

    it('follows new stats', async () => {
      const el = await fixture<InviteStatsElement>(html`<invite-stats .stats=${stats()}></invite-stats>`);
      el.stats = stats({ pending: 7 });
      await el.updateComplete;
      expect(tiles(el).pending!.value).to.equal('7');
    });

    it('formats numbers for the locale', async () => {
      const big = stats({ total: 12345, used: 1000 });
      const en = await fixture<InviteStatsElement>(html`<invite-stats .stats=${big} locale="en-US"></invite-stats>`);
      expect(tiles(en).total!.value).to.equal('12,345');
      const de = await fixture<InviteStatsElement>(html`<invite-stats .stats=${big} locale="de-DE"></invite-stats>`);
      expect(tiles(de).total!.value).to.equal('12.345');
      expect(tiles(de).used!.value).to.equal('1.000');
    });

    it('uses labels from the strings property', async () => {
      const el = await fixture<InviteStatsElement>(
        html`<invite-stats .stats=${stats()} .strings=${{ statTotal: 'Gesamt', status: { used: 'Benutzt' } }}></invite-stats>`,
      );
      expect(tiles(el).total!.label).to.equal('Gesamt');
      expect(tiles(el).used!.label).to.equal('Benutzt');
      expect(tiles(el).pending!.label).to.equal('Pending');
    });
  });

  describe('optional tiles', () => {
    it('hides rejected and expired while they are zero', async () => {
      const el = await fixture<InviteStatsElement>(html`<invite-stats .stats=${stats()}></invite-stats>`);
      expect(Object.keys(tiles(el))).to.deep.equal(['total', 'pending', 'used', 'canceled']);
    });

    it('shows rejected and expired when non-zero', async () => {
      const el = await fixture<InviteStatsElement>(html`<invite-stats .stats=${stats({ rejected: 5 })}></invite-stats>`);
      expect(Object.keys(tiles(el))).to.deep.equal(['total', 'pending', 'used', 'canceled', 'rejected']);
      el.stats = stats({ rejected: 5, expired: 2 });
      await el.updateComplete;
      expect(tiles(el).expired).to.deep.equal({ label: 'Expired', value: '2' });
      await expect(el).to.be.accessible();
    });

    it('shows every tile with show-all, zeros included', async () => {
      const el = await fixture<InviteStatsElement>(html`<invite-stats show-all .stats=${stats()}></invite-stats>`);
      expect(tiles(el).rejected!.value).to.equal('0');
      expect(tiles(el).expired!.value).to.equal('0');
    });
  });

  describe('loading', () => {
    it('shows a busy skeleton with neither stats nor invitations', async () => {
      const el = await fixture<InviteStatsElement>(html`<invite-stats></invite-stats>`);
      const root = el.shadowRoot!.querySelector('[part~="stats"]')!;
      expect(root.getAttribute('aria-busy')).to.equal('true');
      expect(root.textContent).to.contain('Loading statistics…');
      expect(el.shadowRoot!.querySelectorAll('[part~="tile"]').length).to.equal(4);
      expect(el.shadowRoot!.querySelector('[part~="value"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('replaces the skeleton when stats arrive', async () => {
      const el = await fixture<InviteStatsElement>(html`<invite-stats></invite-stats>`);
      el.stats = stats();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-busy]')).to.equal(null);
      expect(tiles(el).total!.value).to.equal('12');
    });

    it('shows zeros, not a skeleton, for an empty list of invitations', async () => {
      const el = await fixture<InviteStatsElement>(html`<invite-stats .invitations=${[]}></invite-stats>`);
      expect(tiles(el).total!.value).to.equal('0');
    });
  });

  describe('structure', () => {
    it('is a list named "Invitation statistics" with its parts', async () => {
      const el = await fixture<InviteStatsElement>(html`<invite-stats .stats=${stats({ expired: 1 })}></invite-stats>`);
      const list = el.shadowRoot!.querySelector('[part~="stats"]')!;
      expect(list.tagName).to.equal('UL');
      expect(list.getAttribute('aria-label')).to.equal('Invitation statistics');
      for (const name of ['tile', 'tile-icon', 'value', 'label']) {
        expect(el.shadowRoot!.querySelectorAll(`[part~="${name}"]`).length, name).to.equal(5);
      }
      expect(el.shadowRoot!.querySelector('[part~="tile-icon"] svg')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('puts four tiles across when wide and two across at 360px', async () => {
      const el = await fixture<InviteStatsElement>(html`<invite-stats .stats=${stats()} style="width: 1000px"></invite-stats>`);
      const tops = () => [...el.shadowRoot!.querySelectorAll('[part~="tile"]')].map((tile) => Math.round(tile.getBoundingClientRect().top));
      expect(new Set(tops()).size).to.equal(1);
      await setViewport({ width: 360, height: 800 });
      try {
        el.style.width = '';
        await new Promise(requestAnimationFrame);
        const rows = tops();
        expect(new Set(rows).size).to.equal(2);
        expect(rows[0]).to.equal(rows[1]);
        expect(el.getBoundingClientRect().right).to.be.at.most(360);
        const list = el.shadowRoot!.querySelector<HTMLElement>('[part~="stats"]')!;
        expect(list.scrollWidth).to.be.at.most(list.clientWidth);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('is accessible in the dark theme', async () => {
      const el = await fixture<InviteStatsElement>(html`<invite-stats theme="dark" .stats=${stats({ rejected: 2, expired: 1 })}></invite-stats>`);
      await expect(el).to.be.accessible();
    });
  });
});
