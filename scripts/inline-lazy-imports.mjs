// A Vite plugin for the single-file builds: each `import('…')` in src/ becomes a static import and a
// resolved promise of its namespace. The npm build keeps the dynamic imports (an app's bundler gives
// the QR encoder, the analytics panel and the usage history chunks of their own, fetched on first
// use); the single file has everything inside anyway, and inlining a dynamic import the bundler's own
// way (codeSplitting: false) wraps every module it reaches in a lazy initialiser: 2.4 KB gzipped more.
// The modules then run when the file loads, as static imports do: that is what the file did before.
import { RolldownMagicString } from 'rolldown';

const DYNAMIC_IMPORT = /\bimport\((['"])([^'"]+)\1\)/g;

/** @returns {import('vite').Plugin} */
export function inlineLazyImports() {
  return {
    name: 'invite:inline-lazy-imports',
    apply: 'build',
    transform: {
      filter: { id: /\/src\/.*\.ts$/, code: 'import(' },
      handler(code, id) {
        const s = new RolldownMagicString(code);
        const imports = [];
        for (const match of code.matchAll(DYNAMIC_IMPORT)) {
          const name = `__inlined${imports.length}`;
          imports.push(`import * as ${name} from ${JSON.stringify(match[2])};`);
          s.overwrite(match.index, match.index + match[0].length, `Promise.resolve(${name})`);
        }
        if (imports.length === 0) return null;
        s.prepend(`${imports.join('\n')}\n`);
        return { code: s.toString(), map: JSON.parse(s.generateMap({ hires: true, source: id }).toString()) };
      },
    },
  };
}
