// Where the 1,000-card first render spends the renderer's time: a Chromium trace of the mount,
// summed by event (self thread time on the renderer's main thread), for one tree or commit.
//   node scripts/bench/trace-cards.mjs [tree directory or commit] [--save trace.json]
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';
import { ROOT, buildBundle, checkout } from './builds.mjs';
import { serve } from './client-cards.mjs';

const args = process.argv.slice(2);
const saveAt = args.indexOf('--save');
const save = saveAt >= 0 ? args.splice(saveAt, 2)[1] : undefined;
const target = args[0] ?? ROOT;
const cards = Number(process.env.BENCH_CARDS ?? 1000);

const temp = mkdtempSync(join(tmpdir(), 'invite-trace-'));
const tree = existsSync(target) ? { dir: resolve(target), remove() {} } : checkout(target);
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
try {
  const server = await serve(await buildBundle(tree.dir, temp));
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.url}?rows=${cards}`);
  await page.evaluate(() => customElements.whenDefined('invite-dashboard'));
  await page.waitForTimeout(300);
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute'],
  });
  await page.evaluate((size) => window.__bench.mount(size).then(() => {}), cards);
  const buffer = await browser.stopTracing();
  server.close();
  if (save) writeFileSync(save, buffer);
  summarize(JSON.parse(buffer.toString()).traceEvents ?? []);
} finally {
  await browser.close();
  tree.remove();
  rmSync(temp, { recursive: true, force: true });
}

/** Self time per event name on CrRendererMain, from complete (X) and begin/end (B/E) events. */
function summarize(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && (e.ph === 'X' || e.ph === 'B' || e.ph === 'E'));
  // Turn B/E pairs into spans.
  const spans = [];
  const open = [];
  for (const e of onMain.sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X') spans.push({ name: e.name, ts: e.ts, end: e.ts + (e.dur ?? 0), cpu: e.tdur ?? e.dur ?? 0 });
    else if (e.ph === 'B') open.push(e);
    else {
      const begin = open.pop();
      if (begin) spans.push({ name: begin.name, ts: begin.ts, end: e.ts, cpu: begin.tts !== undefined && e.tts !== undefined ? e.tts - begin.tts : e.ts - begin.ts });
    }
  }
  spans.sort((a, b) => a.ts - b.ts || b.end - a.end);
  const self = new Map();
  const total = new Map();
  const stack = [];
  for (const span of spans) {
    while (stack.length && stack.at(-1).end <= span.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.children += span.cpu;
    span.children = 0;
    stack.push(span);
  }
  for (const span of spans) {
    self.set(span.name, (self.get(span.name) ?? 0) + Math.max(0, span.cpu - span.children));
    total.set(span.name, (total.get(span.name) ?? 0) + span.cpu);
  }
  const tasks = spans.filter((s) => s.name === 'RunTask' || s.name === 'ThreadControllerImpl::RunTask');
  const taskMs = tasks.reduce((sum, s) => sum + s.cpu, 0) / 1000;
  console.log(`main-thread tasks: ${taskMs.toFixed(0)} ms of thread (CPU) time\n`);
  console.log('event (thread time)'.padEnd(44), 'self ms'.padStart(9), 'total ms'.padStart(9));
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TRACE_TOP ?? 30))) {
    console.log(name.slice(0, 44).padEnd(44), (us / 1000).toFixed(1).padStart(9), (total.get(name) / 1000).toFixed(1).padStart(9));
  }
}
