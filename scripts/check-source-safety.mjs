// Server data must render as text and the widget must never block the page: no unsafeHTML,
// innerHTML, outerHTML, insertAdjacentHTML, eval, new Function, document.write, inline on*= handlers,
// window.confirm / alert / prompt anywhere in src/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const FORBIDDEN = [
  [/unsafeHTML|unsafeSVG/, 'unsafeHTML/unsafeSVG'],
  [/\.(innerHTML|outerHTML)\b/, 'innerHTML/outerHTML'],
  [/insertAdjacentHTML/, 'insertAdjacentHTML'],
  [/\beval\s*\(/, 'eval'],
  [/new\s+Function\s*\(/, 'new Function'],
  [/document\.write/, 'document.write'],
  [/(?<![\w#.$])(confirm|alert|prompt)\s*\(|window\.(confirm|alert|prompt)\b/, 'confirm/alert/prompt'],
  [/\son[a-z]+=["'$]/, 'inline event handler attribute'],
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (path.endsWith('.ts')) yield path;
  }
}

const problems = [];
for (const file of files('src')) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
      for (const [pattern, what] of FORBIDDEN) if (pattern.test(line)) problems.push(`${file}:${index + 1}: ${what}`);
    });
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('src/ renders data as text only.');
