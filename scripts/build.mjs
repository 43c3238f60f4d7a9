// npm run build: dist/ (ES modules per element + the single-file bundle + .d.ts) and custom-elements.json.
import { copyFileSync, rmSync } from 'node:fs';
import { run } from './run.mjs';

rmSync('dist', { recursive: true, force: true });
await run('vite', ['build', '--logLevel', 'warn']);
await run('vite', ['build', '--mode', 'bundle', '--logLevel', 'warn']);
await run('node', ['scripts/compact-bundle.mjs']);
await run('tsc', ['-p', 'tsconfig.build.json']);
// tsc emits no .d.ts for a .d.ts source: the classic script's hand-written types are copied as they are.
copyFileSync('src/invite-dashboard.iife.d.ts', 'dist/invite-dashboard.iife.d.ts');
await run('node', ['scripts/analyze.mjs']);
console.log('Built dist/ and custom-elements.json');
