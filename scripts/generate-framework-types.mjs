// Framework bindings generated from custom-elements.json, so they follow the elements' public API:
//   src/react/jsx.ts         React 19: `JSX.IntrinsicElements` for the four tags (properties, kebab
//                            attributes, `oninvite-…` listeners), shipped as `invite-dashboard/react-jsx`.
//   src/react/components.ts  React 18: `createInviteComponents(React)`, @lit/react wrappers with
//                            `onInvite…` event props, behind `invite-dashboard/react`.
//   src/vue/index.ts         Vue 3: `GlobalComponents` for templates, shipped as `invite-dashboard/vue`.
// Names (elements, properties, attributes, events) and descriptions come from the manifest; each
// property's type is the element class's own (`InviteDashboard['pageSize']`) and each event's is
// `InviteEvent<'invite-created'>` from src/events.ts, so a type the manifest cannot spell (or an
// event missing from InviteEventDetailMap) still fails `tsc`.
//
//   node scripts/generate-framework-types.mjs           writes the files (npm run analyze does it)
//   node scripts/generate-framework-types.mjs --check   fails when a file differs (npm test)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, posix } from 'node:path';

const HEADER = '// Generated from custom-elements.json by scripts/generate-framework-types.mjs: do not edit.\n';

/** The elements of the manifest, with what a framework binding needs. */
export function readElements(manifest) {
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const fields = (declaration.members ?? []).filter(
        (member) =>
          member.kind === 'field' &&
          !member.static &&
          !member.readonly &&
          (member.privacy ?? 'public') === 'public' &&
          !/^[#_]/.test(member.name),
      );
      const attributes = (declaration.attributes ?? []).filter((attribute) => attribute.name !== attribute.fieldName);
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        component: pascal(declaration.tagName),
        module: module.path.replace(/\.ts$/, '.js'),
        fields,
        attributes,
        events: (declaration.events ?? []).filter((event) => event.name),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

const pascal = (kebab) => kebab.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
/** `invite-created` → `onInviteCreated` (the prop @lit/react and Vue use). */
const onCamel = (event) => `on${pascal(event)}`;
const importFrom = (file, module) => {
  const path = posix.relative(posix.dirname(file), module);
  return path.startsWith('.') ? path : `./${path}`;
};
/** One-line JSDoc from a manifest description (or nothing). */
const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/').trim()} */\n` : '');
/** What an attribute written as a string may hold, from the manifest's type of its property. */
const attributeType = (attribute) => {
  const text = attribute.type?.text ?? '';
  if (/^boolean\b/.test(text)) return 'boolean | string';
  if (/^number\b/.test(text)) return 'number | string';
  return 'string';
};
const classImports = (file, elements) =>
  elements.map((el) => `import type { ${el.className} } from '${importFrom(file, el.module)}';\n`).join('');

function reactJsx(file, elements) {
  let out = `${HEADER}// React 19 sets a custom element's known properties as properties and turns \`on<event>\` props
// into listeners for exactly "<event>" (\`oninvite-created\` hears "invite-created"). These
// declarations type those props on the four tags. Use: \`import type {} from 'invite-dashboard/react-jsx';\`
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { InviteEvent } from '${importFrom(file, 'src/events.js')}';
${classImports(file, elements)}
/** Own props first; React's HTML attributes (\`className\`, \`id\`, \`ref\`, \`key\`…) for the rest. */
type ElementProps<E extends HTMLElement, Own> = Own & Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own>;
`;
  for (const el of elements) {
    out += `\n/** Props of \`<${el.tag}>\` in React 19 JSX. */\nexport interface ${el.component}JsxProps {\n`;
    for (const field of el.fields) out += `${doc(field.description, '  ')}  ${field.name}?: ${el.className}['${field.name}'];\n`;
    for (const attribute of el.attributes) {
      out += `${doc(`Attribute form of \`${attribute.fieldName}\`.`, '  ')}  '${attribute.name}'?: ${attributeType(attribute)};\n`;
    }
    for (const event of el.events) out += `${doc(event.description, '  ')}  'on${event.name}'?: (event: InviteEvent<'${event.name}'>) => void;\n`;
    out += '}\n';
  }
  out += `\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const el of elements) out += `      '${el.tag}': ElementProps<${el.className}, ${el.component}JsxProps>;\n`;
  out += '    }\n  }\n}\n';
  return out;
}

function reactComponents(file, elements) {
  let out = `${HEADER}// @lit/react wrappers for React 18 (and 19): properties set as properties, \`onInvite…\` props
// as listeners. A factory taking the app's React, so the wrappers use the very React that renders them.
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import type { InviteEvent } from '${importFrom(file, 'src/events.js')}';
`;
  for (const el of elements) out += `import { ${el.className} } from '${importFrom(file, el.module)}';\n`;
  out += `\n/** What \`createComponent\` needs of React (\`import * as React from 'react'\`). */\nexport type ReactModule = Parameters<typeof createComponent>[0]['react'];\n`;
  for (const el of elements) {
    const entries = el.events.map((event) => `  ${onCamel(event.name)}: '${event.name}' as EventName<InviteEvent<'${event.name}'>>,\n`);
    out += `\n/** \`<${el.tag}>\`'s events as React props. */\nconst ${el.component}Events = {${entries.length ? `\n${entries.join('')}` : ''}};\n`;
  }
  out += `\n/** The four elements as React components. */\nexport interface InviteComponents {\n`;
  for (const el of elements) out += `  ${el.component}: ReactWebComponent<${el.className}, typeof ${el.component}Events>;\n`;
  out += `}\n\n/** Wraps the four elements for the given React (18 or 19). */\nexport function createInviteComponents(react: ReactModule): InviteComponents {\n  return {\n`;
  for (const el of elements) {
    out += `    ${el.component}: createComponent({\n      react,\n      tagName: '${el.tag}',\n      elementClass: ${el.className},\n      events: ${el.component}Events,\n    }),\n`;
  }
  out += '  };\n}\n';
  return out;
}

function vueComponents(file, elements) {
  let out = `${HEADER}// Vue 3 templates: \`<invite-dashboard :roles.prop="roles" @invite-created="onCreated">\` typed
// through \`GlobalComponents\` (Volar / vue-tsc). Use: \`/// <reference types="invite-dashboard/vue" />\`
// in env.d.ts, and \`compilerOptions.isCustomElement\` so Vue leaves the tags to the browser.
import type { DefineComponent } from 'vue';
import type { InviteEvent } from '${importFrom(file, 'src/events.js')}';
${classImports(file, elements)}`;
  for (const el of elements) {
    out += `\n/** Props of \`<${el.tag}>\` in Vue: properties (bind with \`.prop\` or \`:\`), kebab attributes, \`@invite-…\` listeners. */\nexport interface ${el.component}VueProps {\n`;
    for (const field of el.fields) out += `${doc(field.description, '  ')}  ${field.name}?: ${el.className}['${field.name}'];\n`;
    for (const attribute of el.attributes) {
      out += `${doc(`Attribute form of \`${attribute.fieldName}\`.`, '  ')}  '${attribute.name}'?: ${attributeType(attribute)};\n`;
    }
    for (const event of el.events) out += `${doc(event.description, '  ')}  ${onCamel(event.name)}?: (event: InviteEvent<'${event.name}'>) => void;\n`;
    out += '}\n';
  }
  out += `\ndeclare module 'vue' {\n  interface GlobalComponents {\n`;
  for (const el of elements) out += `    ${el.component}: DefineComponent<${el.component}VueProps>;\n`;
  out += '  }\n}\n';
  return out;
}

export function generate(manifest) {
  const elements = readElements(manifest);
  return {
    'src/react/jsx.ts': reactJsx('src/react/jsx.ts', elements),
    'src/react/components.ts': reactComponents('src/react/components.ts', elements),
    'src/vue/index.ts': vueComponents('src/vue/index.ts', elements),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = generate(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [path, text] of Object.entries(files)) {
    if (check) {
      let current = '';
      try {
        current = readFileSync(path, 'utf8');
      } catch {}
      if (current !== text) stale.push(path);
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  if (stale.length > 0) {
    console.error(`Stale framework types (${stale.join(', ')}): run \`node scripts/generate-framework-types.mjs\`.`);
    process.exit(1);
  }
  console.log(check ? 'Framework types match custom-elements.json.' : `Wrote ${Object.keys(files).join(', ')}.`);
}
