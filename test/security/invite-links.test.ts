import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/invite-card/invite-card.js';
import type { InviteCard } from '../../src/components/invite-card/invite-card.js';
import { buildInviteUrl } from '../../src/rules/invite-url.js';
import { publicInvitation } from '../helpers/invitations.js';
import { injectedMarkup } from './inert-dom.js';

const context = { apiBase: '/api/auth', baseUri: 'https://app.example.com/admin/' };
const TRICKY_TOKEN = 'a/b?c=d&e#f %ü€😀{token}..';

/** console.warn replaced for one test; the messages it received. */
function spyWarn(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

async function cardWith(template: string, token: string, apiBase = '/api/auth'): Promise<InviteCard> {
  return fixture<InviteCard>(
    html`<invite-card .invitation=${publicInvitation({ token })} invite-url=${template} api-base=${apiBase}></invite-card>`,
  );
}

const linkOf = (card: InviteCard) => card.shadowRoot!.querySelector<HTMLInputElement>('[part~="link"] input');

describe('invite links', () => {
  describe('encoding', () => {
    it('puts a token with / ? # & % and non-ASCII into one encoded path segment', () => {
      const url = buildInviteUrl('{origin}/accept/{token}', TRICKY_TOKEN, context)!;
      expect(url).to.equal(`https://app.example.com/accept/${encodeURIComponent(TRICKY_TOKEN)}`);
      const parsed = new URL(url);
      expect(parsed.search).to.equal('');
      expect(parsed.hash).to.equal('');
      expect(decodeURIComponent(parsed.pathname.slice('/accept/'.length))).to.equal(TRICKY_TOKEN);
    });

    it('keeps such a token inside its query parameter', () => {
      const url = new URL(buildInviteUrl('{origin}/accept?t={token}&from=mail', TRICKY_TOKEN, context)!);
      expect(url.searchParams.get('t')).to.equal(TRICKY_TOKEN);
      expect(url.searchParams.get('from')).to.equal('mail');
      expect(url.hash).to.equal('');
    });

    it('shows the encoded link on the card', async () => {
      const card = await cardWith('{origin}/accept/{token}', TRICKY_TOKEN);
      expect(linkOf(card)!.value).to.equal(`${location.origin}/accept/${encodeURIComponent(TRICKY_TOKEN)}`);
    });

    it('never lets a token make the link another scheme', () => {
      expect(buildInviteUrl('{token}', 'javascript:window.__pwned=1', context)).to.equal(
        'https://app.example.com/admin/javascript%3Awindow.__pwned%3D1',
      );
    });
  });

  describe('refused templates', () => {
    const refused = [
      'javascript:alert(1)//{token}',
      ' JaVaScRiPt:alert(1)//{token}',
      'java\tscript:alert(1)//{token}',
      'data:text/html,<script>alert(1)</script>{token}',
      'vbscript:msgbox(1)//{token}',
      'blob:https://app.example.com/{token}',
      'ftp://files.example.com/{token}',
      'mailto:someone@example.com?body={token}',
    ];

    for (const template of refused) {
      it(`refuses ${JSON.stringify(template)} with a console warning`, () => {
        const spy = spyWarn();
        try {
          expect(buildInviteUrl(template, 'abc', context)).to.equal(null);
        } finally {
          spy.restore();
        }
        expect(spy.messages).to.have.length(1);
        expect(spy.messages[0]).to.match(/invite-dashboard: invite-url must give an http\(s\) link/);
      });
    }

    it('refuses a javascript: api-base used through {api}', () => {
      const spy = spyWarn();
      try {
        expect(buildInviteUrl('{api}/invite/{token}', 'abc', { ...context, apiBase: 'javascript:alert(1)' })).to.equal(null);
      } finally {
        spy.restore();
      }
      expect(spy.messages).to.have.length(1);
    });

    for (const template of ['javascript:window.__pwned=1//{token}', 'data:text/html,x{token}']) {
      it(`the card shows no link and no copy button for ${JSON.stringify(template)}, and warns`, async () => {
        const spy = spyWarn();
        let card: InviteCard;
        try {
          card = await cardWith(template, 'abc');
        } finally {
          spy.restore();
        }
        expect(linkOf(card)).to.equal(null);
        expect(card.shadowRoot!.querySelector('[part~="copy-button"]')).to.equal(null);
        expect(injectedMarkup(card)).to.deep.equal([]);
        expect(spy.messages.some((message) => message.includes('http(s) link'))).to.equal(true);
      });
    }
  });
});
