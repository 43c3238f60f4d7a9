// npm start: build the widget and the React / Vue demo apps, then run the reference server (real Better Auth + better-invite on SQLite).
// Arguments after `--` go to the server, e.g. `npm start -- --fresh`.
import { run } from './run.mjs';

await run('node', ['scripts/build.mjs']);
await run('node', ['scripts/build-demo-apps.mjs']);
await run('node', ['demo/server/main.mjs', ...process.argv.slice(2)]).catch((error) => {
  console.error(error.message);
  process.exit(1);
});
