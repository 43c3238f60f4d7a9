import { expect } from '@open-wc/testing';
import { InviteApiError } from '../../src/api/errors.js';
import {
  createdLink,
  describeRefusal,
  describeServerError,
  emptyCreateForm,
  isChangedForm,
  MAX_EMAILS,
  parseCreateForm,
  splitEmails,
  withInput,
  type CreateFormValues,
} from '../../src/components/create-invite-dialog/create-invite-form.js';
import { defaultStrings } from '../../src/i18n/strings.js';
import { rolesConverter } from '../../src/components/roles-converter.js';

const DAY = 24 * 3600;

function form(overrides: Partial<CreateFormValues> = {}): CreateFormValues {
  return { ...emptyCreateForm(), emails: 'ada@example.com', ...overrides };
}

describe('create invite form rules', () => {
  describe('splitEmails', () => {
    it('splits on commas, semicolons, spaces and new lines and trims', () => {
      expect(splitEmails(' a@x.com,b@x.com\n c@x.com ;d@x.com\r\n\n e@x.com f@x.com ')).to.deep.equal([
        'a@x.com', 'b@x.com', 'c@x.com', 'd@x.com', 'e@x.com', 'f@x.com',
      ]);
    });

    it('drops repeats case-insensitively and keeps the first spelling', () => {
      expect(splitEmails('Ada@Example.com\nada@example.com, ADA@EXAMPLE.COM, bo@x.com')).to.deep.equal([
        'Ada@Example.com', 'bo@x.com',
      ]);
    });

    it('gives nothing for blank text', () => {
      expect(splitEmails(' \n , ')).to.deep.equal([]);
    });
  });

  describe('parseCreateForm', () => {
    it('builds a private invite: emails, role, expiry in seconds, name sharing, no maxUses', () => {
      const result = parseCreateForm(form({ emails: 'a@x.com, b@x.com\nA@x.com', role: 'admin', expiresInDays: '3', maxUses: '9' }));
      expect(result).to.deep.equal({
        ok: true,
        input: { role: 'admin', emails: ['a@x.com', 'b@x.com'], expiresIn: 3 * DAY, shareInviterName: true },
      });
    });

    it('builds a public invite with its max uses and no emails', () => {
      const result = parseCreateForm(form({ type: 'public', maxUses: '5', shareInviterName: false }));
      expect(result).to.deep.equal({ ok: true, input: { role: 'user', maxUses: 5, expiresIn: 7 * DAY, shareInviterName: false } });
    });

    it('leaves maxUses out for 0 so the server makes the link unlimited', () => {
      const result = parseCreateForm(form({ type: 'public', maxUses: '0' }));
      expect(result.ok && result.input).to.not.have.property('maxUses');
    });

    it('asks for at least one email on a private invite', () => {
      expect(parseCreateForm(form({ emails: ' ,\n' }))).to.deep.equal({
        ok: false,
        errors: { emails: defaultStrings.errorEmailsRequired },
      });
    });

    it('names every invalid address, in the plural when there are several', () => {
      const result = parseCreateForm(form({ emails: 'ok@x.com, nope, also bad@' }));
      expect(result).to.deep.equal({ ok: false, errors: { emails: 'Not valid email addresses: nope, also, bad@' } });
      expect(parseCreateForm(form({ emails: 'ok@x.com, nope' }))).to.deep.equal({
        ok: false,
        errors: { emails: 'Not a valid email address: nope' },
      });
    });

    it(`refuses more than ${MAX_EMAILS} addresses with their count, and counts repeats once`, () => {
      const list = (count: number) => Array.from({ length: count }, (_, i) => `p${i}@x.com`).join(', ');
      expect(MAX_EMAILS).to.equal(50);
      expect(parseCreateForm(form({ emails: list(62) }))).to.deep.equal({ ok: false, errors: { emails: '62 addresses; at most 50' } });
      expect(parseCreateForm(form({ emails: list(51) }))).to.deep.equal({ ok: false, errors: { emails: '51 addresses; at most 50' } });
      const fifty = parseCreateForm(form({ emails: `${list(50)}, P0@x.com` }));
      expect(fifty.ok && fifty.input.emails).to.have.length(50);
    });

    it('says the count before naming invalid addresses in a list that is too long anyway', () => {
      const emails = `nope, ${Array.from({ length: 1200 }, (_, i) => `p${i}@x.com`).join(' ')}`;
      expect(parseCreateForm(form({ emails }))).to.deep.equal({ ok: false, errors: { emails: '1,201 addresses; at most 50' } });
      expect(parseCreateForm(form({ emails }), defaultStrings, 'de')).to.deep.equal({ ok: false, errors: { emails: '1.201 addresses; at most 50' } });
    });

    it('refuses max uses that are negative, fractional, blank or above 1000 on public invites', () => {
      for (const maxUses of ['-1', '1.5', '', '1001', 'abc']) {
        expect(parseCreateForm(form({ type: 'public', maxUses })), maxUses).to.deep.equal({
          ok: false,
          errors: { maxUses: defaultStrings.errorMaxUses },
        });
      }
    });

    it('ignores max uses on private invites', () => {
      expect(parseCreateForm(form({ maxUses: '-1' })).ok).to.equal(true);
    });

    it('accepts an expiry from 1 to 365 days only', () => {
      for (const expiresInDays of ['0', '366', '-3', '2.5', '']) {
        expect(parseCreateForm(form({ expiresInDays })), expiresInDays).to.deep.equal({
          ok: false,
          errors: { expiresInDays: defaultStrings.errorExpiry },
        });
      }
      expect(parseCreateForm(form({ expiresInDays: '365' })).ok).to.equal(true);
      expect(parseCreateForm(form({ expiresInDays: '1' })).ok).to.equal(true);
    });

    it('asks for a role', () => {
      expect(parseCreateForm(form({ role: '  ' }))).to.deep.equal({ ok: false, errors: { role: defaultStrings.errorRole } });
    });

    it('reports every invalid field at once, in the given language', () => {
      const strings = { ...defaultStrings, errorEmailsRequired: 'E-Mail fehlt', errorExpiry: 'Ablauf ungültig' };
      expect(parseCreateForm(form({ emails: '', expiresInDays: '0' }), strings)).to.deep.equal({
        ok: false,
        errors: { emails: 'E-Mail fehlt', expiresInDays: 'Ablauf ungültig' },
      });
    });
  });

  describe('isChangedForm', () => {
    it('is false for a fresh form, and true once any value differs from it', () => {
      expect(isChangedForm(emptyCreateForm())).to.equal(false);
      expect(isChangedForm(emptyCreateForm(['viewer']), ['viewer'])).to.equal(false);
      for (const change of [{ emails: 'a' }, { type: 'public' as const }, { role: 'admin' }, { maxUses: '2' }, { expiresInDays: '8' }, { shareInviterName: false }]) {
        expect(isChangedForm({ ...emptyCreateForm(), ...change }), JSON.stringify(change)).to.equal(true);
      }
    });
  });

  describe('describeServerError', () => {
    it('puts a [body.email] validation error next to the emails without the prefix', () => {
      const error = new InviteApiError({ kind: 'http', status: 400, code: 'VALIDATION_ERROR', message: '[body.email] Invalid email address' });
      expect(describeServerError(error)).to.deep.equal({ message: 'Invalid email address', field: 'emails' });
    });

    it('maps [body.role] to the role field', () => {
      const error = new InviteApiError({
        kind: 'http', status: 400, code: 'VALIDATION_ERROR',
        message: '[body.role] Invalid input: expected string, received undefined',
      });
      expect(describeServerError(error)).to.deep.equal({ message: 'Invalid input: expected string, received undefined', field: 'role' });
    });

    it('keeps other refusals as a sentence for the form', () => {
      const error = new InviteApiError({ kind: 'http', status: 500, code: 'ERROR_SENDING_THE_INVITATION_EMAIL', message: 'Error sending the invitation email' });
      expect(describeServerError(error)).to.deep.equal({ message: 'Error sending the invitation email' });
    });
  });

  describe('describeRefusal', () => {
    it("shows the server's words next to the field it named and in the form", () => {
      const error = new InviteApiError({ kind: 'http', status: 400, code: 'VALIDATION_ERROR', message: '[body.email] Invalid email address' });
      expect(describeRefusal(error)).to.deep.equal({
        serverError: 'Invalid email address', errors: { emails: 'Invalid email address' }, field: 'emails',
      });
    });

    it('says any other failure in the given language, with no field error', () => {
      const error = new InviteApiError({ kind: 'network', message: 'The server could not be reached.' });
      const strings = { errorMessage: () => 'Der Server ist nicht erreichbar.' };
      expect(describeRefusal(error, strings)).to.deep.equal({ serverError: 'Der Server ist nicht erreichbar.', errors: {} });
    });
  });

  describe('withInput', () => {
    const control = (name: string, value: string, type = 'text', checked = false) => ({ name, value, type, checked });

    it('stores what was typed and clears that field error only', () => {
      const errors = { emails: 'Enter at least one email address.', expiresInDays: 'Between 1 and 365 days.' };
      const next = withInput(form(), errors, control('emails', 'bo@example.com'))!;
      expect(next.values.emails).to.equal('bo@example.com');
      expect(next.errors).to.deep.equal({ emails: undefined, expiresInDays: 'Between 1 and 365 days.' });
    });

    it('reads a checkbox as checked, and ignores controls that are not form values', () => {
      expect(withInput(form(), {}, control('shareInviterName', 'on', 'checkbox', false))!.values.shareInviterName).to.equal(false);
      expect(withInput(form(), {}, control('link', 'https://example.com'))).to.equal(undefined);
    });
  });

  describe('createdLink', () => {
    const context = { apiBase: '/api/auth', baseUri: 'https://app.example.org/dashboard' };

    it("builds the link from the host's template even when the server sent one", () => {
      const result = { message: 'tok', token: 'tok', url: 'https://other.example/invite/tok' };
      expect(createdLink(result, '{origin}/join/{token}', context)).to.equal('https://app.example.org/join/tok');
    });

    it("falls back to the server's link, then to the token, when the template gives none", () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        expect(createdLink({ message: 'tok', token: 'tok', url: 'https://auth.example/i/tok' }, 'javascript:{token}', context))
          .to.equal('https://auth.example/i/tok');
        expect(createdLink({ message: 'tok', token: 'tok' }, 'javascript:{token}', context)).to.equal('tok');
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('rolesConverter', () => {
    it('reads a comma list, trimmed and without blanks or repeats', () => {
      expect(rolesConverter.fromAttribute!(' viewer, editor,,editor ')).to.deep.equal(['viewer', 'editor']);
    });

    it('falls back to the default roles when blank', () => {
      expect(rolesConverter.fromAttribute!('')).to.deep.equal(['user', 'moderator', 'admin']);
      expect(rolesConverter.fromAttribute!(null)).to.deep.equal(['user', 'moderator', 'admin']);
    });
  });
});
