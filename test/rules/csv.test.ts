import { expect } from '@open-wc/testing';
import { CSV_BOM, CSV_COLUMNS, csvCell, csvFileName, csvHeader, csvRow } from '../../src/rules/csv.js';
import { DAYS, invitation, publicInvitation } from '../helpers/invitations.js';

const NOW = new Date('2026-12-04T12:00:00.000Z');

/** The fields of one record, unquoted (enough for records these tests build). */
function fields(record: string): string[] {
  expect(record.endsWith('\r\n'), 'a record ends with CRLF').to.equal(true);
  const out: string[] = [];
  const pattern = /("(?:[^"]|"")*"|[^,]*)(,|\r\n$)/gy;
  for (let match = pattern.exec(record); match; match = pattern.exec(record)) {
    const field = match[1]!;
    out.push(field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field);
    if (match[2] !== ',') break;
  }
  return out;
}

function byColumn(record: string): Record<string, string> {
  const values = fields(record);
  expect(values).to.have.length(CSV_COLUMNS.length);
  return Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, values[i]!]));
}

describe('CSV export format', () => {
  it('has the documented columns, in order, in the header', () => {
    expect(csvHeader()).to.equal(
      'id,type,emails,role,status,uses,max_uses,created_at,expires_at,share_inviter_name,new_account\r\n',
    );
  });

  it('never has a token or a link column', () => {
    expect(CSV_COLUMNS.some((column) => /token|link|url/.test(column))).to.equal(false);
    const row = csvRow(invitation({ token: 'secret-token-value-123456' }), NOW);
    expect(row).to.not.contain('secret-token-value-123456');
  });

  it('writes dates as ISO 8601 in UTC', () => {
    const values = byColumn(
      csvRow(invitation({ createdAt: '2026-12-01T08:30:00+02:00', expiresAt: '2026-12-10T00:00:00.000Z' }), NOW),
    );
    expect(values.created_at).to.equal('2026-12-01T06:30:00.000Z');
    expect(values.expires_at).to.equal('2026-12-10T00:00:00.000Z');
  });

  it('writes every field of a private invitation', () => {
    const values = byColumn(
      csvRow(
        invitation({
          id: 'inv-1',
          emails: ['ana@example.com', 'bo@example.com'],
          role: 'admin',
          maxUses: 1,
          newAccount: false,
          shareInviterName: true,
          expiresAt: new Date(NOW.getTime() + DAYS).toISOString(),
        }),
        NOW,
      ),
    );
    expect(values).to.include({
      id: 'inv-1',
      type: 'private',
      emails: 'ana@example.com; bo@example.com',
      role: 'admin',
      status: 'pending',
      uses: '',
      max_uses: '1',
      share_inviter_name: 'true',
      new_account: 'false',
    });
  });

  it('joins the emails with "; " in one quoted field', () => {
    const row = csvRow(invitation({ emails: ['a@example.com', 'b@example.com', 'c@example.com'] }), NOW);
    expect(row).to.contain('"a@example.com; b@example.com; c@example.com"');
  });

  it('writes a public link: no emails, unlimited uses, the use count when known, new_account empty', () => {
    const link = { ...publicInvitation({ infinityMaxUses: true, maxUses: 1 }), uses: 7 };
    const values = byColumn(csvRow(link, NOW));
    expect(values).to.include({ type: 'public', emails: '', max_uses: 'unlimited', uses: '7', new_account: '' });
  });

  it('shows an invitation past its expiry as expired, whatever was stored', () => {
    const past = invitation({ status: 'pending', expiresAt: new Date(NOW.getTime() - 1000).toISOString() });
    expect(byColumn(csvRow(past, NOW)).status).to.equal('expired');
    const later = invitation({ status: 'used', expiresAt: new Date(NOW.getTime() + DAYS).toISOString() });
    expect(byColumn(csvRow(later, NOW)).status).to.equal('used');
  });

  describe('cells', () => {
    it('leave a harmless value untouched', () => {
      expect(csvCell('ana@example.com')).to.equal('ana@example.com');
      expect(csvCell('user')).to.equal('user');
      expect(csvCell('a-b+c=d@e')).to.equal('a-b+c=d@e');
      expect(csvCell(42)).to.equal('42');
      expect(csvCell(false)).to.equal('false');
      expect(csvCell(null)).to.equal('');
      expect(csvCell(undefined)).to.equal('');
    });

    it('quote a value with a comma, a quote, a line break or surrounding spaces, doubling quotes', () => {
      expect(csvCell('a,b')).to.equal('"a,b"');
      expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
      expect(csvCell('two\nlines')).to.equal('"two\nlines"');
      expect(csvCell('two\r\nlines')).to.equal('"two\r\nlines"');
      expect(csvCell(' padded ')).to.equal('" padded "');
      expect(csvCell('a; b')).to.equal('"a; b"');
    });

    for (const [name, value] of [
      ['=', '=HYPERLINK("http://evil.example","x")'],
      ['+', '+cmd|" /C calc"!A0'],
      ['-', '-2+3'],
      ['@', '@SUM(A1:A2)'],
      ['tab', '\t=1+1'],
      ['CR', '\r=1+1'],
    ] as const) {
      it(`neutralise a value starting with ${name} with a leading apostrophe`, () => {
        const cell = csvCell(value);
        const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
        expect(unquoted).to.equal(`'${value}`);
      });
    }

    it('neutralise an injection in any column of a row', () => {
      const values = byColumn(csvRow(invitation({ id: '=1+1', role: '@admin', emails: ['=cmd@example.com'] }), NOW));
      expect(values.id).to.equal("'=1+1");
      expect(values.role).to.equal("'@admin");
      expect(values.emails).to.equal("'=cmd@example.com");
    });

    it('write a negative number as a number (it is not a formula)', () => {
      expect(csvCell(-1)).to.equal('-1');
    });
  });

  it('starts the file with a UTF-8 byte-order mark', () => {
    expect(CSV_BOM).to.equal('\uFEFF');
    expect(new TextEncoder().encode(CSV_BOM)).to.deep.equal(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('names the file after the viewer’s local date', () => {
    // 23:30 local time: in UTC this may already be the next (or still the previous) day.
    expect(csvFileName(new Date(2026, 11, 4, 23, 30))).to.equal('invitations-2026-12-04.csv');
    expect(csvFileName(new Date(2027, 0, 1, 0, 5))).to.equal('invitations-2027-01-01.csv');
  });
});
