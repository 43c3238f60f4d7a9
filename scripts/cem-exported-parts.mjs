// A custom-elements-manifest analyzer plugin for the parts <invite-dashboard> re-exports. Which parts
// it re-exports, and under which prefix, is written once, in the `exported('prefix', [parts], [kept])`
// calls of src/components/invite-dashboard/exported-parts.ts (the `exportparts` the dashboard sets).
// This plugin reads those calls and adds one `cssParts` entry per re-exported part to the dashboard,
// after the parts its own JSDoc lists, so the JSDoc does not repeat them.
import { readFileSync } from 'node:fs';

/** Where each prefix's parts come from, as the description names it. */
const OWNERS = {
  card: 'each `<invite-card>`',
  stats: '`<invite-stats>`',
  dialog: '`<create-invite-dialog>`',
  history: '`<invite-history>`',
  analytics: '`<invite-analytics>`',
};

/** `[prefix, parts]` for every `exported('prefix', [ … ])` call in the file. */
export function readExportedParts(file) {
  const text = readFileSync(file, 'utf8');
  const calls = [...text.matchAll(/exported\(\s*'([\w-]+)',\s*\[([^\]]*)\]/g)];
  if (calls.length === 0) throw new Error(`${file}: no exported('prefix', [parts]) calls found`);
  return calls.map(([, prefix, list]) => {
    if (!OWNERS[prefix]) throw new Error(`${file}: exported('${prefix}', …) names no known element (scripts/cem-exported-parts.mjs)`);
    return [prefix, [...list.matchAll(/'([\w-]+)'/g)].map((match) => match[1])];
  });
}

/** @param {{ partsFile: string, className: string }} options */
export function exportedParts({ partsFile, className }) {
  const groups = readExportedParts(partsFile);
  let found = false;
  return {
    name: 'invite:exported-parts',
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.name !== className) continue;
        found = true;
        const entries = groups.flatMap(([prefix, parts]) =>
          parts.map((part) => ({ description: `The \`${part}\` part of ${OWNERS[prefix]}.`, name: `${prefix}-${part}` })),
        );
        declaration.cssParts = [...(declaration.cssParts ?? []), ...entries];
      }
    },
    packageLinkPhase() {
      if (!found) throw new Error(`cem-exported-parts: no class ${className} in the manifest`);
    },
  };
}
