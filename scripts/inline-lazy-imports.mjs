// A Vite plugin for the single-file builds: each `import('…')` in src/ becomes a static import and a
// resolved promise of its namespace. The npm build keeps the dynamic imports (an app's bundler gives
// the QR encoder, the analytics panel and the usage history chunks of their own, fetched on first
// use); the single file has everything inside anyway, and inlining a dynamic import the bundler's own
// way (codeSplitting: false) wraps every module it reaches in a lazy initialiser: 2.4 KB gzipped more.
// The modules then run when the file loads, as static imports do: that is what the file did before.
// The calls are found in the parsed source (ImportExpression nodes), so the words in a string or a
// comment are left alone; an `import()` of anything but a string literal fails the build.
import { RolldownMagicString } from 'rolldown';
import { walk } from './minify-templates.mjs';

/** @returns {import('vite').Plugin} */
export function inlineLazyImports() {
  return {
    name: 'invite:inline-lazy-imports',
    apply: 'build',
    transform: {
      filter: { id: /\/src\/.*\.ts$/, code: 'import(' },
      handler(code, id) {
        const calls = [];
        walk(this.parse(code, { lang: 'ts' }), (node) => {
          if (node.type === 'ImportExpression') calls.push(node);
        });
        if (calls.length === 0) return null;
        const s = new RolldownMagicString(code);
        const imports = calls.map((call, index) => {
          if (call.source.type !== 'Literal' || typeof call.source.value !== 'string') {
            this.error(`${id}: import() of something other than a string literal cannot be inlined into the single file.`);
          }
          const name = `__inlined${index}`;
          s.overwrite(call.start, call.end, `Promise.resolve(${name})`);
          return `import * as ${name} from ${JSON.stringify(call.source.value)};`;
        });
        s.prepend(`${imports.join('\n')}\n`);
        return { code: s.toString(), map: JSON.parse(s.generateMap({ hires: true, source: id }).toString()) };
      },
    },
  };
}
