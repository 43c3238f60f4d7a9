import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { applyListQuery } from '../../src/api/list-query.js';
import { InviteApiError, companionPluginNeeded, isAbort } from '../../src/api/errors.js';
import type { Invitation, InviteAdapter, InviteCapabilities, ListQuery } from '../../src/api/types.js';
import { CSV_COLUMNS } from '../../src/rules/csv.js';
import { CsvExportController } from '../../src/state/csv-export-controller.js';
import { exportInvitations, type ExportProgress } from '../../src/state/csv-export.js';
import { TEST_CAPABILITIES } from '../helpers/capabilities.js';
import { invitation } from '../helpers/invitations.js';
import { deferred } from '../helpers/deferred.js';

const NOW = new Date('2026-12-04T12:00:00.000Z');
const MINUTE = 60_000;

/** `count` pending invitations `r0`…, created a minute apart (r0 newest), all live at NOW. */
function rows(count: number): Invitation[] {
  return Array.from({ length: count }, (_, i) =>
    invitation({
      id: `r${i}`,
      emails: [`p${i}@example.com`],
      role: i % 2 ? 'admin' : 'user',
      createdAt: new Date(NOW.getTime() - (i + 1) * MINUTE).toISOString(),
      expiresAt: new Date(NOW.getTime() + 7 * 24 * 60 * MINUTE).toISOString(),
    }),
  );
}

/**
 * An adapter over `all`, answering `list` exactly (applyListQuery) and recording every query.
 * `beforeAnswer` runs before each answer is taken (it may change `all`, wait, or throw).
 */
function fakeAdapter(all: Invitation[], options: { capabilities?: Partial<InviteCapabilities>; beforeAnswer?: (query: ListQuery, call: number) => unknown } = {}) {
  const queries: ListQuery[] = [];
  const adapter: InviteAdapter = {
    capabilities: async () => ({ ...TEST_CAPABILITIES, ...options.capabilities }),
    async list(query, signal) {
      queries.push(query);
      await options.beforeAnswer?.(query, queries.length);
      signal?.throwIfAborted();
      return applyListQuery(all, query, NOW);
    },
    create: async () => ({ message: 'ok' }),
    cancel: async () => {},
  };
  return { adapter, queries };
}

/** The file's bytes and its records (BOM checked and dropped, CRLF-split, the empty tail dropped). */
async function read(blob: Blob): Promise<{ bytes: Uint8Array; lines: string[] }> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  expect(text.startsWith('\uFEFF'), 'starts with the BOM').to.equal(true);
  const lines = text.slice(1).split('\r\n');
  expect(lines.pop(), 'ends with CRLF').to.equal('');
  return { bytes, lines };
}

const ids = (lines: string[]) => lines.slice(1).map((line) => line.split(',')[0]!);

describe('exportInvitations', () => {
  it('reads every page and writes one record per invitation after the header', async () => {
    const all = rows(2500);
    const { adapter, queries } = fakeAdapter(all);
    const result = await exportInvitations(adapter, {}, { now: NOW });
    expect(result.count).to.equal(2500);
    expect(queries.map((q) => [q.offset, q.limit])).to.deep.equal([
      [0, 1000],
      [1000, 1000],
      [2000, 1000],
    ]);
    const { bytes, lines } = await read(result.blob);
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(lines[0]).to.equal(CSV_COLUMNS.join(','));
    expect(ids(lines)).to.deep.equal(all.map((row) => row.id));
    expect(result.blob.type).to.equal('text/csv;charset=utf-8');
    expect(result.filename).to.match(/^invitations-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('writes each invitation once when a new one shifts the later pages', async () => {
    const all = rows(2500);
    const { adapter } = fakeAdapter(all, {
      beforeAnswer: (_query, call) => {
        // Created while the first page was read: newest first, so every later row moves down one.
        if (call === 2) all.unshift(invitation({ id: 'new', createdAt: NOW.toISOString() }));
      },
    });
    const result = await exportInvitations(adapter, {}, { now: NOW });
    const written = ids((await read(result.blob)).lines);
    expect(new Set(written).size, 'no duplicates').to.equal(written.length);
    expect(result.count).to.equal(2500);
    expect(written, 'the rows as they were when the export started').to.deep.equal(all.slice(1).map((row) => row.id));
  });

  it('still writes the last row when a new one pushes it past the first total', async () => {
    const all = rows(2000);
    const { adapter, queries } = fakeAdapter(all, {
      beforeAnswer: (_query, call) => {
        if (call === 2) all.unshift(invitation({ id: 'new', createdAt: NOW.toISOString() }));
      },
    });
    const result = await exportInvitations(adapter, {}, { now: NOW });
    expect(result.count).to.equal(2000);
    expect(ids((await read(result.blob)).lines).at(-1)).to.equal('r1999');
    expect(queries).to.have.length(3);
  });

  it('passes the view’s filters and sort to every read', async () => {
    const view = {
      status: 'pending' as const,
      search: 'example',
      role: 'admin',
      createdFrom: new Date(NOW.getTime() - 3000 * MINUTE),
      createdTo: NOW,
      sortBy: 'expiresAt' as const,
      sortDirection: 'asc' as const,
    };
    const { adapter, queries } = fakeAdapter(rows(2500));
    const result = await exportInvitations(adapter, view, { now: NOW });
    expect(result.count).to.equal(1250);
    expect(queries).to.have.length(2);
    for (const query of queries) expect(query).to.deep.include(view);
  });

  it('stops at a short page even when the total promised more', async () => {
    const all = rows(1500);
    const { adapter, queries } = fakeAdapter(all, {
      beforeAnswer: (_query, call) => {
        if (call === 2) all.splice(1000, 100);
      },
    });
    const result = await exportInvitations(adapter, {}, { now: NOW });
    expect(result.count).to.equal(1400);
    expect(queries).to.have.length(2);
  });

  it('writes just the header when nothing matches', async () => {
    const { adapter, queries } = fakeAdapter([]);
    const result = await exportInvitations(adapter, { role: 'nobody' }, { now: NOW });
    expect(result.count).to.equal(0);
    expect((await read(result.blob)).lines).to.deep.equal([CSV_COLUMNS.join(',')]);
    expect(queries).to.have.length(1);
  });

  it('asks a backend that completes queries in the browser for the rest in one read', async () => {
    const { adapter, queries } = fakeAdapter(rows(2500), { capabilities: { serverQueries: false, browserReadLimit: 5000 } });
    const result = await exportInvitations(adapter, {}, { now: NOW });
    expect(result.count).to.equal(2500);
    expect(queries.map((q) => [q.offset, q.limit])).to.deep.equal([
      [0, 1000],
      [1000, 1500],
    ]);
  });

  it('reports progress after every page, growing to the total', async () => {
    const { adapter } = fakeAdapter(rows(2500));
    const progress: ExportProgress[] = [];
    await exportInvitations(adapter, {}, { now: NOW, onProgress: (p) => progress.push(p) });
    expect(progress).to.deep.equal([
      { done: 1000, total: 2500 },
      { done: 2000, total: 2500 },
      { done: 2500, total: 2500 },
    ]);
  });

  it('stops reading and rejects with the abort when aborted', async () => {
    const abort = new AbortController();
    const { adapter, queries } = fakeAdapter(rows(2500));
    const reason = new DOMException('The user stopped the export.', 'AbortError');
    const done = exportInvitations(adapter, {}, { now: NOW, signal: abort.signal, onProgress: () => abort.abort(reason) });
    let error: unknown;
    await done.catch((e) => (error = e));
    expect(error).to.equal(reason);
    expect(queries).to.have.length(1);
  });

  it('rejects at once for a signal aborted before it starts', async () => {
    const { adapter, queries } = fakeAdapter(rows(10));
    const error = await exportInvitations(adapter, {}, { signal: AbortSignal.abort() }).catch((e) => e);
    expect(isAbort(error)).to.equal(true);
    expect(queries).to.have.length(0);
  });

  it('rejects with the adapter’s error, such as the companion plugin being needed', async () => {
    const refusal = companionPluginNeeded(12_000, 5000);
    const { adapter } = fakeAdapter(rows(2500), {
      beforeAnswer: (_query, call) => {
        if (call === 2) throw refusal;
      },
    });
    const error = await exportInvitations(adapter, {}, { now: NOW }).catch((e) => e);
    expect(error).to.equal(refusal);
    expect((error as InviteApiError).code).to.equal('COMPANION_PLUGIN_NEEDED');
  });

  it('lets the page run between pages and while formatting 10,000 rows', async () => {
    const { adapter } = fakeAdapter(rows(10_000));
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    // A timer chain counts how many tasks the page got while the export ran.
    let ticks = 0;
    let running = true;
    const tick = () => {
      ticks += 1;
      if (running) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const result = await exportInvitations(adapter, {}, { now: NOW });
    running = false;
    expect(result.count).to.equal(10_000);
    expect(timerRan, 'a timer set before the export ran before it finished').to.equal(true);
    expect(ticks, 'the page got the thread back at least once a page').to.be.at.least(10);
  });
});

describe('CsvExportController', () => {
  /** A host that counts update requests; clicks on download links are caught, not followed. */
  function setUp() {
    const host = {
      updates: 0,
      addController() {},
      removeController() {},
      requestUpdate() {
        host.updates += 1;
      },
      updateComplete: Promise.resolve(true),
    } satisfies ReactiveControllerHost & { updates: number };
    const saved: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this.download);
    };
    return { host, controller: new CsvExportController(host), saved, restore: () => (HTMLAnchorElement.prototype.click = click) };
  }

  let restore = () => {};
  afterEach(() => restore());

  it('saves the file and resolves to what it saved', async () => {
    const test = setUp();
    restore = test.restore;
    const { adapter } = fakeAdapter(rows(1200));
    const started = test.controller.start(adapter, {});
    expect(test.controller.running).to.equal(true);
    const result = await started;
    expect(result?.count).to.equal(1200);
    expect(result?.filename).to.match(/^invitations-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(test.saved).to.deep.equal([result!.filename]);
    expect(test.controller.running).to.equal(false);
    expect(test.controller.progress).to.deep.equal({ done: 1200, total: 1200 });
    expect(test.controller.error).to.equal(undefined);
    expect(test.host.updates).to.be.at.least(4);
  });

  it('keeps the error and saves nothing when the export fails', async () => {
    const test = setUp();
    restore = test.restore;
    const refusal = companionPluginNeeded(12_000, 5000);
    const { adapter } = fakeAdapter(rows(10), { beforeAnswer: () => Promise.reject(refusal) });
    expect(await test.controller.start(adapter, {})).to.equal(undefined);
    expect(test.controller.error).to.equal(refusal);
    expect(test.controller.running).to.equal(false);
    expect(test.saved).to.deep.equal([]);
  });

  it('aborts the running export when started again, and saves only the second', async () => {
    const test = setUp();
    restore = test.restore;
    const gate = deferred();
    const slow = fakeAdapter(rows(10), { beforeAnswer: () => gate.promise });
    const first = test.controller.start(slow.adapter, {});
    const second = test.controller.start(fakeAdapter(rows(3)).adapter, {});
    gate.resolve();
    expect(await first).to.equal(undefined);
    expect((await second)?.count).to.equal(3);
    expect(test.saved).to.have.length(1);
    expect(test.controller.error).to.equal(undefined);
  });

  it('stops on abort() and when the host disconnects, with no file and no error', async () => {
    const test = setUp();
    restore = test.restore;
    for (const stop of [() => test.controller.abort(), () => test.controller.hostDisconnected()]) {
      const gate = deferred();
      const { adapter } = fakeAdapter(rows(10), { beforeAnswer: () => gate.promise });
      const started = test.controller.start(adapter, {});
      stop();
      expect(test.controller.running).to.equal(false);
      gate.resolve();
      expect(await started).to.equal(undefined);
      expect(test.controller.error).to.equal(undefined);
    }
    expect(test.saved).to.deep.equal([]);
  });
});
