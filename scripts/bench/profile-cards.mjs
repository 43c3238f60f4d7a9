// Where the 1,000-card first render spends its script time: a V8 CPU profile of the mount (CDP
// Profiler), self time summed by function, for one tree or commit. The complement of
// trace-cards.mjs, which splits the renderer's time by Blink phase.
//   node scripts/bench/profile-cards.mjs [tree directory or commit]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';
import { ROOT, buildBundle, checkout } from './builds.mjs';
import { serve } from './client-cards.mjs';

const target = process.argv[2] ?? ROOT;
const cards = Number(process.env.BENCH_CARDS ?? 1000);

const temp = mkdtempSync(join(tmpdir(), 'invite-profile-'));
const tree = existsSync(target) ? { dir: resolve(target), remove() {} } : checkout(target);
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
try {
  // Unminified, so the profile names our functions rather than one-letter ones.
  const server = await serve(await buildBundle(tree.dir, temp, { minify: false }));
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.url}?rows=${cards}`);
  await page.evaluate(() => customElements.whenDefined('invite-dashboard'));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.waitForTimeout(300);
  await cdp.send('Profiler.start');
  await page.evaluate((size) => window.__bench.mount(size).then(() => {}), cards);
  const { profile } = await cdp.send('Profiler.stop');
  server.close();
  summarize(profile);
} finally {
  await browser.close();
  tree.remove();
  rmSync(temp, { recursive: true, force: true });
}

/** Self time per function (name, file:line), from the profile's samples. */
function summarize({ nodes, samples, timeDeltas }) {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const self = new Map();
  samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`sampled: ${(total / 1000).toFixed(0)} ms\n`);
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 40))) {
    console.log((us / 1000).toFixed(1).padStart(8), key.slice(0, 110));
  }
}
