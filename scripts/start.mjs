// npm start: build the widget and the React / Vue demo apps, then run the reference server (real Better
// Auth + better-invite on SQLite). Each step says what it does as it starts and how long it took; a
// build whose outputs are newer than all its inputs is skipped.
// Arguments after `--` go to the server, e.g. `npm start -- --fresh`.
import { spawn } from 'node:child_process';
import { run } from './run.mjs';
import { isUpToDate } from './up-to-date.mjs';

const DEPENDENCIES = ['package.json', 'package-lock.json'];

/** What scripts/build.mjs runs besides Vite and tsc. */
const BUILD_SCRIPTS = ['build', 'minify-templates', 'compact-bundle', 'analyze', 'cem-define-element', 'cem-design-tokens', 'cem-exported-parts'].map(
  (name) => `scripts/${name}.mjs`,
);

const STEPS = [
  {
    what: 'the widget into dist/',
    inputs: ['src', ...BUILD_SCRIPTS, 'vite.config.ts', 'tsconfig.json', 'tsconfig.build.json', 'custom-elements-manifest.config.mjs', ...DEPENDENCIES],
    outputs: ['dist/invite-dashboard.js', 'dist/index.js', 'custom-elements.json'],
    command: ['node', ['scripts/build.mjs']],
  },
  {
    what: 'the React and Vue demo apps into .data/demo-apps/',
    inputs: ['src', 'demo/react', 'demo/vue', 'demo/shared', 'vite.demo.config.ts', 'scripts/build-demo-apps.mjs', ...DEPENDENCIES],
    outputs: ['.data/demo-apps/react/index.html', '.data/demo-apps/vue/index.html'],
    command: ['node', ['scripts/build-demo-apps.mjs']],
  },
];

const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

for (const { what, inputs, outputs, command } of STEPS) {
  if (isUpToDate(inputs, outputs)) {
    console.log(`✓ ${capitalize(what)}: up to date, not rebuilt.`);
    continue;
  }
  console.log(`▶ Building ${what}…`);
  const stepStarted = performance.now();
  try {
    await run(...command);
  } catch (error) {
    console.error(`✗ Building ${what} failed: ${error.message}`);
    process.exit(1);
  }
  console.log(`✓ Built ${what} in ${seconds(stepStarted)}.`);
}

console.log(`▶ Starting the server (an empty database is seeded first)…`);
// The server runs as a child: a signal to npm start (Ctrl-C, a process manager's SIGTERM) is passed on
// to it, so it closes its database and no orphan keeps the port.
const server = spawn(process.execPath, ['demo/server/main.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, INVITE_START_MS: String(Date.now() - Math.round(performance.now() - started)) },
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

/** @param {string} text */
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
