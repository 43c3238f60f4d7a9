// The README's embedding snippets are the files the framework tests render: each section's code
// block must equal its file in docs/examples/, so a snippet cannot drift from what is tested.
import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';

const SNIPPETS = [
  { section: 'Script tag', language: 'html', file: 'script-tag.html', test: 'plain.test.ts' },
  { section: 'npm + bundler', language: 'ts', file: 'bundler.ts', test: 'plain.test.ts' },
  { section: 'React 19', language: 'tsx', file: 'react19.tsx', test: 'react19.test.tsx' },
  { section: 'React 18', language: 'tsx', file: 'react18.tsx', test: 'react18.test.ts' },
  { section: 'Vue 3', language: 'vue', file: 'vue.vue', test: 'vue.test.ts' },
  { section: 'Angular', language: 'ts', file: 'angular.component.ts', test: 'angular.test.ts' },
];

/** A file as written (the dev server would serve .ts and .html compiled), relative to the repository. */
async function text(path: string): Promise<string> {
  const content = await readFile({ path: `../..${path}` });
  expect(content, path).to.be.a('string');
  return content!;
}

/** The first `language` code block under the `### section` heading of the README. */
function codeBlock(readme: string, section: string, language: string): string | undefined {
  const start = readme.indexOf(`\n### ${section}\n`);
  if (start < 0) return undefined;
  const rest = readme.slice(start + 1);
  const end = rest.search(/\n##+ /);
  const body = end < 0 ? rest : rest.slice(0, end);
  return new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(body)?.[1];
}

describe('README embedding snippets', () => {
  for (const { section, language, file, test } of SNIPPETS) {
    it(`"${section}" is docs/examples/${file}, which test/frameworks/${test} renders`, async () => {
      const [readme, example, tests] = await Promise.all([text('/README.md'), text(`/docs/examples/${file}`), text(`/test/frameworks/${test}`)]);
      expect(codeBlock(readme, section, language), `README section "${section}"`).to.equal(example);
      expect(tests).to.contain(`docs/examples/${file}`);
    });
  }
});
