import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import { createBetterInviteAdapter } from '../../src/api/better-invite/adapter.js';
import { InviteApiError } from '../../src/api/errors.js';
import { INVITE_STATUSES } from '../../src/api/types.js';
import type { InvitePage } from '../../src/api/types.js';
import { malformedBody } from './malformed-bodies.js';
import { cards, failOnPageErrors, part, shadow } from './support.js';

/** Change the seed to explore other bodies; a failure names the seed and the body's index. */
const SEED = 0x5eed_b0d5;
const COUNT = 500;
const HEX = `0x${SEED.toString(16)}`;

/** Every body answers every list request, as a broken server would. */
function serving(body: () => string): typeof fetch {
  return async () => new Response(body(), { headers: { 'Content-Type': 'application/json' } });
}

const isDate = (value: unknown) => value instanceof Date && !Number.isNaN(value.getTime());

/** A page the adapter returned must be whole: every row typed as the components expect. */
function assertWhole(page: InvitePage, where: string): void {
  expect(Number.isSafeInteger(page.total) && page.total >= 0, `${where}: total ${page.total}`).to.equal(true);
  for (const invitation of page.invitations) {
    expect(typeof invitation.id === 'string' && typeof invitation.token === 'string' && typeof invitation.role === 'string', where).to.equal(true);
    expect(INVITE_STATUSES, where).to.include(invitation.status);
    expect(isDate(invitation.createdAt) && isDate(invitation.expiresAt), `${where}: dates`).to.equal(true);
    expect(invitation.emails.every((email) => typeof email === 'string'), `${where}: emails`).to.equal(true);
  }
}

/** What the adapter makes of body `index`: a whole page, or an invalid-response error. Anything else fails. */
async function parse(index: number): Promise<InvitePage | InviteApiError> {
  const body = malformedBody(SEED, index);
  const adapter = createBetterInviteAdapter({ apiBase: '/api/auth', companion: false, fetch: serving(() => body) });
  const where = `seed ${HEX}, body #${index}: ${body.slice(0, 200)}`;
  try {
    const page = await adapter.list({ limit: 20 });
    assertWhole(page, where);
    return page;
  } catch (error) {
    expect(error, where).to.be.instanceOf(InviteApiError);
    expect((error as InviteApiError).kind, `${where}: ${(error as Error).message}`).to.equal('invalid-response');
    expect((error as Error).message, where).to.match(/^The server's answer was not understood: .+[.…]$/);
    return error as InviteApiError;
  }
}

describe(`malformed list bodies (seed ${HEX})`, () => {
  const pageErrors = failOnPageErrors();

  it(`${COUNT} bodies through the adapter: each is a whole page or an invalid-response error`, async () => {
    let pages = 0;
    let refused = 0;
    for (let index = 0; index < COUNT; index += 1) {
      if ((await parse(index)) instanceof InviteApiError) refused += 1;
      else pages += 1;
    }
    // The generator must exercise both outcomes, or it proves little.
    expect(refused, 'refused bodies').to.be.greaterThan(COUNT / 4);
    expect(pages, 'accepted bodies').to.be.greaterThan(COUNT / 20);
  });

  it(`${COUNT} bodies through <invite-dashboard>: each ends in a rendered list or the error state, with no crash`, async function () {
    this.timeout(30_000);
    let current = '';
    const el = await fixture<InviteDashboard>(html`<invite-dashboard .fetch=${serving(() => current)}></invite-dashboard>`);
    await el.refresh();
    const outcomes = { list: 0, empty: 0, error: 0 };
    /** The rows of the last body that parsed: a refused one must leave exactly these on screen. */
    let lastIds: string[] | undefined;
    for (let index = 0; index < COUNT; index += 1) {
      current = malformedBody(SEED, index);
      const expected = await parse(index);
      await el.refresh();
      await el.updateComplete;
      await Promise.all(cards(el).map((card) => card.updateComplete));
      const where = `seed ${HEX}, body #${index}: ${current.slice(0, 200)}`;
      expect(pageErrors, where).to.deep.equal([]);
      if (expected instanceof InviteApiError) {
        // Nothing of the refused body is drawn: the rows of the last good body stay, under the
        // refresh error (or the error state, before any body was good).
        expect(part(el, lastIds ? 'refresh-error' : 'error'), `${where}: error shown`).to.exist;
        expect(cards(el).map((card) => card.invitation!.id), `${where}: the last good rows`).to.deep.equal(lastIds ?? []);
        outcomes.error += 1;
      } else if (expected.invitations.length === 0) {
        expect(part(el, 'empty'), `${where}: empty state`).to.exist;
        lastIds = [];
        outcomes.empty += 1;
      } else {
        expect(shadow(el).querySelector('.list'), `${where}: list`).to.exist;
        expect(part(el, 'error'), where).to.not.exist;
        const ids = new Set(expected.invitations.map((invitation) => invitation.id));
        expect(cards(el).length, `${where}: one card per distinct row`).to.equal(ids.size);
        expect(cards(el).every((card) => card.shadowRoot!.querySelector('[part~="badge"]')), `${where}: every card drawn`).to.equal(true);
        outcomes.list += 1;
        lastIds = cards(el).map((card) => card.invitation!.id);
      }
    }
    expect(outcomes.list + outcomes.empty + outcomes.error).to.equal(COUNT);
    // Both ends must be exercised: drawn lists (odd values rendered as text) and refusals.
    expect(outcomes.list, 'bodies drawn as a list').to.be.greaterThan(COUNT / 5);
    expect(outcomes.error, 'bodies refused').to.be.greaterThan(COUNT / 4);
  });
});
