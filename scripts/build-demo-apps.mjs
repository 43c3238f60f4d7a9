// The React and Vue demo apps (demo/react/, demo/vue/) into .data/demo-apps/, which the demo server
// serves at /react, /vue and /assets/. They bundle the widget from src/, so `npm run build` is not needed first.
import { run } from './run.mjs';

const started = performance.now();
await run('vite', ['build', '--config', 'vite.demo.config.ts', '--logLevel', 'warn']);
console.log(`Built the React and Vue demo apps into .data/demo-apps/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
