// npm run build: dist/ (ES modules per element + the single-file bundle + .d.ts) and custom-elements.json.
import { rmSync } from 'node:fs';
import { run } from './run.mjs';

rmSync('dist', { recursive: true, force: true });
await run('vite', ['build', '--logLevel', 'warn']);
await run('vite', ['build', '--mode', 'bundle', '--logLevel', 'warn']);
await run('node', ['scripts/compact-bundle.mjs']);
await run('tsc', ['-p', 'tsconfig.build.json']);
await run('node', ['scripts/analyze.mjs']);
console.log('Built dist/ and custom-elements.json');
