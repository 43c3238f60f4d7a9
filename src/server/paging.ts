import { readAll, type Adapter, type InviteRow, type Where } from './invitations.js';

/*
 * One page in a total order: by the sort field, then by id. The database sorts by one field only, and
 * rows with the same value (several addresses invited in one request share their createdAt) have no
 * order of their own there, so two pages could repeat or skip one of them. The page the database gives
 * is right except inside the groups of equal values at its two ends; those are read whole and cut here.
 */

export interface Sort {
  field: 'createdAt' | 'expiresAt';
  direction: 'asc' | 'desc';
}

const time = (row: Pick<InviteRow, Sort['field']>, field: Sort['field']) => new Date(row[field]).getTime();

/** Compares two rows in the page order: the sort field, then the id. */
export function pageOrder(sort: Sort) {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return (a: Pick<InviteRow, 'id' | Sort['field']>, b: Pick<InviteRow, 'id' | Sort['field']>) =>
    sign * (time(a, sort.field) - time(b, sort.field)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Rows `offset` to `offset + limit` of `where` in the page order. */
export async function readOrderedPage(adapter: Adapter, where: Where[], sort: Sort, limit: number, offset: number): Promise<InviteRow[]> {
  const rows = await adapter.findMany<InviteRow>({ model: 'invite', where, limit, offset, sortBy: sort });
  if (rows.length === 0) return rows;
  const order = pageOrder(sort);
  const values = [...new Set([time(rows[0]!, sort.field), time(rows.at(-1)!, sort.field)])];
  const page = rows.filter((row) => !values.includes(time(row, sort.field)));
  for (const value of values) {
    const at = new Date(value);
    const equal: Where = { field: sort.field, value: at };
    const onPage = rows.filter((row) => time(row, sort.field) === value);
    // Only a group that reaches past the page can be cut wrongly.
    if ((await adapter.count({ model: 'invite', where: [...where, equal] })) === onPage.length) {
      page.push(...onPage);
      continue;
    }
    const before = await adapter.count({ model: 'invite', where: [...where, { field: sort.field, operator: sort.direction === 'asc' ? 'lt' : 'gt', value: at }] });
    const group = (await readAll<InviteRow>(adapter, 'invite', [...where, equal])).sort(order);
    page.push(...group.slice(Math.max(0, offset - before), Math.max(0, offset + limit - before)));
  }
  return page.sort(order);
}
