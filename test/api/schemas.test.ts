import { expect } from '@open-wc/testing';
import { errorBodySchema } from '../../src/api/http.js';
import {
  invitationRowSchema,
  invitationSchema,
  invitePageSchema,
  statusMessageSchema,
} from '../../src/api/better-invite/wire.js';
import type { InvitationRow } from '../../src/api/better-invite/wire.js';
import { recorded } from '../fixtures/better-invite-responses.js';
import { publicRow, row } from '../helpers/invitations.js';

/** A recorded fixture as plain mutable JSON, the way it arrives over the wire. */
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('api schemas', () => {
  describe('list page', () => {
    for (const name of ['list_all', 'list_page', 'list_pending', 'list_bad_sort'] as const) {
      it(`reads the recorded ${name} answer`, () => {
        const body = wire(recorded[name]);
        const page = invitePageSchema.parse(body);
        expect(page.total).to.equal(body.total);
        expect(page.invitations).to.have.length(body.invitations.length);
        for (const invitation of page.invitations) {
          expect(invitation.createdAt).to.be.instanceOf(Date);
          expect(invitation.expiresAt).to.be.instanceOf(Date);
          expect(Number.isNaN(invitation.expiresAt.getTime())).to.equal(false);
        }
      });
    }

    it('keeps every status the server reports, including the computed expired', () => {
      const page = invitePageSchema.parse(wire(recorded.list_all));
      const statuses = new Set(page.invitations.map((invitation) => invitation.status));
      expect([...statuses].sort()).to.deep.equal(['canceled', 'expired', 'pending', 'rejected', 'used']);
    });

    it("reads the seed's simpler { invitations } shape and counts its rows as the total", () => {
      const page = invitePageSchema.parse({ invitations: [row(), publicRow()] });
      expect(page.total).to.equal(2);
      expect(page.invitations).to.have.length(2);
    });

    it('refuses a body without invitations', () => {
      expect(invitePageSchema.safeParse({ total: 3 }).success).to.equal(false);
    });

    it('refuses a page when one row is bad', () => {
      const body = JSON.parse(JSON.stringify(recorded.list_page)) as { invitations: Array<Record<string, unknown>> };
      body.invitations[3].status = 'archived';
      const result = invitePageSchema.safeParse(body);
      expect(result.success).to.equal(false);
      expect(result.error?.issues[0].path).to.deep.equal(['invitations', 3, 'status']);
    });
  });

  describe('invitation row', () => {
    it('turns a recorded private row into the domain object', () => {
      const invitation = invitationSchema.parse(wire(recorded.list_all.invitations[0]));
      expect(invitation).to.deep.include({
        id: 'NLmR0I1R8qdc9PayUJgyP9Cj1B7mQq9K',
        token: 'UYAOJ6vbcQ6nfkgbmLiXLLtf',
        role: 'user',
        status: 'pending',
        kind: 'private',
        maxUses: 1,
        unlimited: false,
        newAccount: true,
        shareInviterName: true,
      });
      // The domain object carries no wire-only fields.
      expect(invitation).not.to.have.any.keys('infinityMaxUses', 'redirectToAfterUpgrade', 'createdByUserId', 'email');
      expect(invitation.emails).to.deep.equal(['newbie@example.com']);
      expect(invitation.createdAt.toISOString()).to.equal('2026-11-24T18:17:55.762Z');
    });

    it('reads a legacy row whose address is in email and whose emails is null', () => {
      const invitation = invitationSchema.parse(row({ email: 'old@example.com', emails: null }));
      expect(invitation.emails).to.deep.equal(['old@example.com']);
    });

    it('treats emails [] as a public invite', () => {
      expect(invitationSchema.parse(row({ emails: [], newAccount: null })).emails).to.deep.equal([]);
    });

    it('treats emails null as a public invite with newAccount unknown', () => {
      const invitation = invitationSchema.parse(publicRow());
      expect(invitation.emails).to.deep.equal([]);
      expect(invitation.newAccount).to.equal(null);
    });

    it('marks the recorded unlimited public invite unlimited although it reports maxUses 1', () => {
      const invitation = invitationSchema.parse(wire(recorded.list_all.invitations[6]));
      expect(invitation.unlimited).to.equal(true);
      expect(invitation.kind).to.equal('public');
      expect(invitation.maxUses).to.equal(1);
      expect(invitation.emails).to.deep.equal([]);
    });

    it('reads dates sent as epoch milliseconds', () => {
      const created = Date.UTC(2026, 10, 24, 18, 0, 0);
      const invitation = invitationSchema.parse(row({ createdAt: created, expiresAt: created + 3600e3 }));
      expect(invitation.createdAt.toISOString()).to.equal('2026-11-24T18:00:00.000Z');
      expect(invitation.expiresAt.toISOString()).to.equal('2026-11-24T19:00:00.000Z');
    });

    it('fills the optional fields an older server leaves out', () => {
      const { id, token, role, status, createdAt, expiresAt } = row();
      const invitation = invitationSchema.parse({ id, token, role, status, createdAt, expiresAt });
      expect(invitation).to.deep.include({
        emails: [],
        kind: 'public',
        maxUses: 1,
        unlimited: false,
        newAccount: null,
        shareInviterName: false,
      });
    });

    for (const field of ['id', 'token', 'role', 'status', 'createdAt', 'expiresAt'] as const) {
      it(`refuses a row without ${field}`, () => {
        const body: Record<string, unknown> = row();
        delete body[field];
        const result = invitationRowSchema.safeParse(body);
        expect(result.success).to.equal(false);
        expect(result.error?.issues[0].path).to.deep.equal([field]);
      });
    }

    const wrongTypes: Array<[string, unknown]> = [
      ['id', 42],
      ['token', null],
      ['emails', 'a@example.com'],
      ['emails', [1, 2]],
      ['maxUses', '3'],
      ['infinityMaxUses', 'true'],
      ['newAccount', 1],
      ['createdAt', true],
    ];
    for (const [field, value] of wrongTypes) {
      it(`refuses ${field} sent as ${JSON.stringify(value)}`, () => {
        expect(invitationRowSchema.safeParse(row({ [field]: value } as Partial<InvitationRow>)).success).to.equal(false);
      });
    }

    it('refuses a status it does not know', () => {
      expect(invitationSchema.safeParse(row({ status: 'active' as 'pending' })).success).to.equal(false);
    });

    for (const date of ['tomorrow', '2026-13-45T00:00:00Z', '']) {
      it(`refuses the date ${JSON.stringify(date)}`, () => {
        const result = invitationSchema.safeParse(row({ expiresAt: date }));
        expect(result.success).to.equal(false);
        expect(result.error?.issues[0].path).to.deep.equal(['expiresAt']);
      });
    }
  });

  describe('status message', () => {
    for (const name of ['create_private', 'create_public_token', 'create_public_url', 'cancel_ok'] as const) {
      it(`reads the recorded ${name} answer`, () => {
        expect(statusMessageSchema.parse(wire(recorded[name]))).to.deep.equal(recorded[name]);
      });
    }

    it('refuses a status sent as a string', () => {
      expect(statusMessageSchema.safeParse({ status: 'true', message: 'ok' }).success).to.equal(false);
    });

    it('refuses an answer without a message', () => {
      expect(statusMessageSchema.safeParse({ status: true }).success).to.equal(false);
    });
  });

  describe('error body', () => {
    for (const name of ['create_invalid_email', 'create_missing_role', 'cancel_again', 'list_signed_out'] as const) {
      it(`reads the recorded ${name} error`, () => {
        expect(errorBodySchema.parse(wire(recorded[name].body))).to.deep.equal(recorded[name].body);
      });
    }

    it('reads the rate-limit body, which has no code', () => {
      const body = errorBodySchema.parse({ message: 'Too many requests. Please try again later.' });
      expect(body.code).to.equal(undefined);
    });

    it('refuses a body without a message', () => {
      expect(errorBodySchema.safeParse({ code: 'X' }).success).to.equal(false);
    });
  });
});
