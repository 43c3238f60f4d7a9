import { expect } from '@open-wc/testing';
import { DEFAULT_QUERY, type DashboardQuery } from '../../src/state/dashboard-query.js';
import { hasFilters, queryOf, rawViewFromParams, viewOf, writeViewParams, type InviteView, type RawView } from '../../src/state/view-params.js';

/** A view with every field away from its default. */
const FULL_VIEW: InviteView = {
  status: 'pending',
  search: 'ann',
  roleFilter: 'admin',
  createdFrom: '2026-03-01',
  createdTo: '2026-03-31',
  sort: 'expiring',
  page: 3,
  pageSize: 50,
};

/** queryOf with its warnings collected. */
function parse(raw: RawView): { query: DashboardQuery; warnings: string[] } {
  const warnings: string[] = [];
  const query = queryOf(raw, (message) => warnings.push(message));
  return { query, warnings };
}

describe('view parameters', () => {
  describe('view ↔ query', () => {
    it('a view read back as a query and shown again is the same view, with the page counted from 1 outside', () => {
      const { query, warnings } = parse(FULL_VIEW);
      expect(warnings).to.deep.equal([]);
      expect(query).to.deep.equal({ ...FULL_VIEW, page: 2 });
      expect(viewOf(query)).to.deep.equal(FULL_VIEW);
    });

    it('the default query is the first page of everything, newest first, and round-trips', () => {
      expect(viewOf(DEFAULT_QUERY)).to.deep.equal({
        status: 'all', search: '', roleFilter: '', createdFrom: '', createdTo: '', sort: 'newest', page: 1, pageSize: 20,
      });
      expect(parse(viewOf(DEFAULT_QUERY))).to.deep.equal({ query: DEFAULT_QUERY, warnings: [] });
      expect(parse({})).to.deep.equal({ query: DEFAULT_QUERY, warnings: [] });
    });

    it('takes numbers written as text, as attributes and URLs give them', () => {
      const { query, warnings } = parse({ page: '4', pageSize: '10' });
      expect(warnings).to.deep.equal([]);
      expect(query).to.include({ page: 3, pageSize: 10 });
    });
  });

  describe('invalid values fall back to their default, with a warning naming the field', () => {
    const cases: [string, RawView, keyof InviteView][] = [
      ['an unknown status', { status: 'archived' }, 'status'],
      ['an unknown sort', { sort: 'sideways' }, 'sort'],
      ['page 0', { page: '0' }, 'page'],
      ['a negative page', { page: -2 }, 'page'],
      ['a page that is not a number', { page: 'two' }, 'page'],
      ['a fractional page', { page: '1.5' }, 'page'],
      ['a page size of 0', { pageSize: '0' }, 'pageSize'],
      ['a page size over the most rows a page may ask for', { pageSize: '5000' }, 'pageSize'],
      ['a start date that is not YYYY-MM-DD', { createdFrom: '03/01/2026' }, 'createdFrom'],
      ['an end day that does not exist', { createdTo: '2026-02-31' }, 'createdTo'],
    ];
    for (const [name, raw, field] of cases) {
      it(`${name}`, () => {
        const { query, warnings } = parse(raw);
        expect(query).to.deep.equal(DEFAULT_QUERY);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`invite-dashboard: ${field} `);
        expect(warnings[0], 'the value given').to.contain(String(raw[field]));
        expect(warnings[0]).to.contain('using the default');
      });
    }

    it('keeps every valid field beside an invalid one', () => {
      const { query, warnings } = parse({ ...FULL_VIEW, sort: 'random', page: 'last' });
      expect(query).to.deep.equal({ ...FULL_VIEW, sort: 'newest', page: 0 });
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.match(/invite-dashboard: sort .*random/);
      expect(warnings[1]).to.match(/invite-dashboard: page .*last/);
    });

    it('a start date after the end date drops both, with a warning', () => {
      const { query, warnings } = parse({ createdFrom: '2026-04-02', createdTo: '2026-04-01', roleFilter: 'user' });
      expect(query).to.deep.equal({ ...DEFAULT_QUERY, roleFilter: 'user' });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/invite-dashboard: created-from .*after created-to/);
    });

    it('a range of one day is valid', () => {
      expect(parse({ createdFrom: '2026-04-01', createdTo: '2026-04-01' })).to.deep.equal({
        query: { ...DEFAULT_QUERY, createdFrom: '2026-04-01', createdTo: '2026-04-01' },
        warnings: [],
      });
    });
  });

  describe('the URL', () => {
    it('reads only the invite_* parameters, as given', () => {
      const params = new URLSearchParams('tab=2&invite_status=used&invite_q=ann&invite_role=admin&invite_from=2026-03-01&invite_to=2026-03-31&invite_sort=oldest&invite_page=2&invite_page_size=50');
      expect(rawViewFromParams(params)).to.deep.equal({
        status: 'used', search: 'ann', roleFilter: 'admin', createdFrom: '2026-03-01', createdTo: '2026-03-31', sort: 'oldest', page: '2', pageSize: '50',
      });
      expect(rawViewFromParams(new URLSearchParams('tab=2'))).to.deep.equal({});
    });

    it('writes the view beside the page\'s own parameters, which stay as they were', () => {
      const params = new URLSearchParams('tab=2&invite_q=x');
      const written = writeViewParams(FULL_VIEW, params);
      expect([...written]).to.deep.equal([
        ['tab', '2'],
        ['invite_q', 'ann'],
        ['invite_status', 'pending'],
        ['invite_role', 'admin'],
        ['invite_from', '2026-03-01'],
        ['invite_to', '2026-03-31'],
        ['invite_sort', 'expiring'],
        ['invite_page', '3'],
        ['invite_page_size', '50'],
      ]);
      expect(params.toString(), 'the given parameters are not changed').to.equal('tab=2&invite_q=x');
    });

    it('leaves out fields at their default, so the default view is a clean URL', () => {
      const params = new URLSearchParams('tab=2&invite_q=x&invite_status=used');
      expect(writeViewParams(viewOf(DEFAULT_QUERY), params).toString()).to.equal('tab=2');
      expect(writeViewParams({ ...viewOf(DEFAULT_QUERY), roleFilter: 'user' }, params).toString()).to.equal('tab=2&invite_role=user');
    });

    it('a view written to a URL and read back is the same view', () => {
      const written = writeViewParams(FULL_VIEW, new URLSearchParams('tab=2'));
      expect(viewOf(parse(rawViewFromParams(new URLSearchParams(written.toString()))).query)).to.deep.equal(FULL_VIEW);
    });
  });

  it('counts search, role and dates as filters, not status, sort or paging', () => {
    expect(hasFilters({ ...DEFAULT_QUERY, status: 'used', sort: 'oldest', page: 2 })).to.equal(false);
    expect(hasFilters({ ...DEFAULT_QUERY, search: '   ' })).to.equal(false);
    for (const filter of [{ search: 'a' }, { roleFilter: 'admin' }, { createdFrom: '2026-03-01' }, { createdTo: '2026-03-01' }]) {
      expect(hasFilters({ ...DEFAULT_QUERY, ...filter }), JSON.stringify(filter)).to.equal(true);
    }
  });
});
