import { expect } from '@open-wc/testing';
import { canResend, resendInput } from '../../src/rules/resend.js';
import { invitation, publicInvitation } from '../helpers/invitations.js';

const past = new Date(Date.now() - 86_400_000).toISOString();

describe('canResend', () => {
  it('offers a pending or expired private invitation', () => {
    expect(canResend(invitation())).to.equal(true);
    expect(canResend(invitation({ expiresAt: past }))).to.equal(true);
  });

  it('offers a public link only once it expired: a live one is out there, and sending it again would revoke it', () => {
    expect(canResend(publicInvitation())).to.equal(false);
    expect(canResend(publicInvitation({ expiresAt: past }))).to.equal(true);
  });

  it('never offers a used, canceled or rejected one', () => {
    for (const status of ['used', 'canceled', 'rejected'] as const) expect(canResend(invitation({ status }))).to.equal(false);
  });
});

describe('resendInput', () => {
  it('asks for the same emails, role, lifetime and name sharing', () => {
    const value = invitation({ emails: ['a@example.com'], role: 'admin', createdAt: '2026-01-01T00:00:00.000Z', expiresAt: '2026-01-08T00:00:00.000Z', shareInviterName: false });
    expect(resendInput(value)).to.deep.equal({ role: 'admin', emails: ['a@example.com'], expiresIn: 7 * 86_400, shareInviterName: false });
  });
});
