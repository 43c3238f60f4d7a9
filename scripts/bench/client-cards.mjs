// The client-side phase of `npm run bench`: what 1,000 cards on one page cost the renderer, in
// this tree and in a baseline commit, built and measured side by side in the same run.
//
// Each build's single-file bundle is served on 127.0.0.1 with a page whose `fetch` answers
// better-invite's `GET /invite/list` for 1,000 generated rows (./fake-better-invite.js), so no server
// and no adapter internals are involved. Chromium's own counters (CDP `Performance.getMetrics`:
// TaskDuration, LayoutDuration, RecalcStyleDuration, ScriptDuration) are read before and after
//   (a) mounting `<invite-dashboard page-size="1000">` until its 1,000 cards are rendered, laid out and painted;
//   (b) a tab switch: All → Pending and back, until each tab's cards are laid out and painted.
// Runs alternate between the builds; the table shows medians.
//
// BENCH_BASELINE=<commit> (default 5d61cf3, main before issue 10), BENCH_CURRENT=<commit or directory>
// (default this working tree), BENCH_RUNS (default 7), BENCH_CARDS (default 1000).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';
import { ROOT, buildBundle, checkout } from './builds.mjs';

const FAKE = join(import.meta.dirname, 'fake-better-invite.js');
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>invite-dashboard bench</title>
    <style>body { margin: 0; }</style>
    <script src="/fake-better-invite.js"></script>
    <script type="module" src="/invite-dashboard.js"></script>
  </head>
  <body></body>
</html>`;

/** Serves the bench page, the fake and one bundle; resolves to its origin. */
export function serve(bundle) {
  const files = {
    '/': ['text/html', () => PAGE],
    '/fake-better-invite.js': ['text/javascript', () => readFileSync(FAKE)],
    '/invite-dashboard.js': ['text/javascript', () => readFileSync(bundle)],
  };
  const server = createServer((request, response) => {
    const file = files[new URL(request.url, 'http://x').pathname];
    if (!file) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file[0], 'cache-control': 'no-store' }).end(file[1]());
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => done({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() }));
  });
}

const METRICS = { wallTask: 'TaskDuration', wallLayout: 'LayoutDuration', wallStyle: 'RecalcStyleDuration' };
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const byName = Object.fromEntries(list.map(({ name, value }) => [name, value]));
  return Object.fromEntries(Object.entries(METRICS).map(([key, name]) => [key, byName[name] * 1000]));
}

/**
 * Thread (CPU) time on the renderer's main thread, from a trace: every task, the layouts, the style
 * recalcs. Unlike getMetrics' durations, which are wall time, it does not grow when other processes
 * take the cores (this machine has two and is shared), so it is what the table compares.
 */
export function threadTimes(events) {
  const tasks = new Map();
  for (const e of events) {
    if (e.ph === 'X' && e.name === 'RunTask') tasks.set(`${e.pid}:${e.tid}`, (tasks.get(`${e.pid}:${e.tid}`) ?? 0) + (e.tdur ?? 0));
  }
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  // The renderer that did the work (an idle about:blank renderer may be traced too).
  const [main] = [...mains].sort((a, b) => (tasks.get(b) ?? 0) - (tasks.get(a) ?? 0));
  const sum = (name) => {
    // Outermost events only: a nested one is already inside its parent's time.
    let total = 0;
    let end = -1;
    for (const e of events) {
      if (e.ph !== 'X' || e.name !== name || `${e.pid}:${e.tid}` !== main || e.ts < end) continue;
      total += e.tdur ?? 0;
      end = e.ts + e.dur;
    }
    return total / 1000;
  };
  return { cpu: sum('RunTask'), layout: sum('Layout'), style: sum('UpdateLayoutTree') };
}

/** Runs `action` under a trace and getMetrics; resolves to CPU, layout, style, their wall-time counterparts and wall clock. */
export async function measured(browser, page, cdp, action) {
  await browser.startTracing(page, { categories: CATEGORIES });
  const before = await metrics(cdp);
  const started = performance.now();
  await action();
  const wall = performance.now() - started;
  const after = await metrics(cdp);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const events = (trace.traceEvents ?? trace).sort((a, b) => a.ts - b.ts);
  const deltas = Object.fromEntries(Object.keys(METRICS).map((key) => [key, after[key] - before[key]]));
  return { ...threadTimes(events), ...deltas, wall };
}

/** One run on one build: a fresh page, the 1,000-card mount, then the tab switch; `density` for compact rows. */
async function runOnce(browser, url, cards, density) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(`${url}?rows=${cards}`);
    await page.evaluate(() => customElements.whenDefined('invite-dashboard'));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    // A quiet moment so the page load's own work is not counted.
    await page.waitForTimeout(300);
    const mount = await measured(browser, page, cdp, () => page.evaluate(([size, d]) => window.__bench.mount(size, d).then(() => {}), [cards, density]));
    const nodes = await page.evaluate(() => window.__bench.countNodes());
    await page.waitForTimeout(300);
    const tabs = await measured(browser, page, cdp, () =>
      page.evaluate(async (size) => {
        await window.__bench.selectTab('pending', size);
        await window.__bench.selectTab('all', size);
      }, cards),
    );
    return { mount, tabs, nodes };
  } finally {
    await page.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const ROWS = [
  ['cpu', 'renderer main-thread CPU'],
  ['layout', '  layout (incl. container-query style)'],
  ['style', '  style recalc'],
  ['wallTask', '  getMetrics TaskDuration (wall)'],
  ['wallLayout', '  getMetrics LayoutDuration (wall)'],
  ['wallStyle', '  getMetrics RecalcStyleDuration (wall)'],
  ['wall', '  wall clock'],
];

function table(baseline, current, labels) {
  const rows = [];
  const phases = [
    ['mount', `${labels.cards} cards, first render`],
    ['tabs', 'tab switch All → Pending → All'],
  ];
  for (const [phase, title] of phases) {
    for (const [key, name] of ROWS) {
      const b = median(baseline.map((run) => run[phase][key]));
      const c = median(current.map((run) => run[phase][key]));
      rows.push([key === 'cpu' ? `${title}: ${name}` : name, b.toFixed(0), c.toFixed(0), (c / b).toFixed(2)]);
    }
  }
  const nodesB = median(baseline.map((run) => run.nodes));
  const nodesC = median(current.map((run) => run.nodes));
  rows.push(['DOM nodes (shadow trees included)', String(nodesB), String(nodesC), (nodesC / nodesB).toFixed(2)]);
  const head = ['phase (median ms)', `baseline ${labels.baseline}`, `current ${labels.current}`, 'ratio'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Builds both, measures them alternately, prints the table; resolves to the medians' ratios. */
export async function runClientBench({
  baseline = process.env.BENCH_BASELINE ?? '5d61cf3',
  current = process.env.BENCH_CURRENT ?? ROOT,
  runs = Number(process.env.BENCH_RUNS ?? 7),
  cards = Number(process.env.BENCH_CARDS ?? 1000),
} = {}) {
  const temp = mkdtempSync(join(tmpdir(), 'invite-bench-client-'));
  const trees = [];
  const servers = [];
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  try {
    const baseTree = checkout(baseline);
    trees.push(baseTree);
    const currentIsDir = existsSync(current);
    const currentTree = currentIsDir ? { dir: resolve(current), label: current === ROOT ? 'working tree' : current } : checkout(current);
    if (!currentIsDir) trees.push(currentTree);
    console.log(`Building ${baseTree.label} and ${currentTree.label}…`);
    const builds = {
      baseline: await buildBundle(baseTree.dir, join(temp, 'baseline')),
      current: await buildBundle(currentTree.dir, join(temp, 'current')),
    };
    const urls = {};
    for (const [name, bundle] of Object.entries(builds)) {
      const server = await serve(bundle);
      servers.push(server);
      urls[name] = server.url;
    }
    const results = { baseline: [], current: [], compact: [] };
    // One warm-up each (the first page of a fresh browser pays for its own start-up).
    await runOnce(browser, urls.baseline, cards);
    await runOnce(browser, urls.current, cards);
    for (let i = 0; i < runs; i += 1) {
      const order = i % 2 ? ['current', 'baseline'] : ['baseline', 'current'];
      for (const name of order) results[name].push(await runOnce(browser, urls[name], cards));
      // The same rows in this tree as compact rows (density="compact"): one line each.
      results.compact.push(await runOnce(browser, urls.current, cards, 'compact'));
      process.stdout.write(`run ${i + 1}/${runs}\r`);
    }
    console.log(`\nClient side: ${cards} generated rows, page-size=${cards}, 1280×800, ${runs} runs each, alternating\n`);
    console.log(table(results.baseline, results.current, { cards, baseline: baseTree.label, current: currentTree.label }));
    console.log(`\n${cards} compact rows (density="compact") beside ${cards} cards, both ${currentTree.label}\n`);
    console.log(table(results.current, results.compact, { cards, baseline: 'cards', current: 'compact rows' }));
    const ratio = (phase) => median(results.current.map((r) => r[phase].cpu)) / median(results.baseline.map((r) => r[phase].cpu));
    return { mount: ratio('mount'), tabs: ratio('tabs') };
  } finally {
    await browser.close();
    for (const server of servers) server.close();
    for (const tree of trees) tree.remove();
    rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await runClientBench();
}
