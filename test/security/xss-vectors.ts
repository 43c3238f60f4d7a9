/**
 * Script and markup payloads that server data could carry. Every payload that could run sets
 * `window.__pwned`, so a test can tell whether any of them executed. Grouped by technique; the
 * groups are exported so tests can report what they covered.
 */
const P = 'window.__pwned=1';

const tags = [
  `<script>${P}</script>`,
  `<SCRIPT SRC=data:text/javascript,${P}></SCRIPT>`,
  `<img src=x onerror="${P}">`,
  `<iframe src="javascript:${P}"></iframe>`,
  `<iframe srcdoc="<script>parent.${P}</script>"></iframe>`,
  `<object data="javascript:${P}"></object>`,
  `<embed src="data:text/html,<script>${P}</script>">`,
  `<body onload=${P}>`,
  `<input autofocus onfocus=${P}>`,
  `<details open ontoggle=${P}>`,
  `<video><source onerror="${P}"></video>`,
  `<marquee onstart=${P}>x</marquee>`,
  `<a href="javascript:${P}">click</a>`,
  `<form action="javascript:${P}"><button>go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${P}">`,
  `<base href="javascript:${P}//">`,
  `<link rel=import href="data:text/html,<script>${P}</script>">`,
  `<b>bold</b><i>italic</i>`,
];

const handlersAndBreakouts = [
  `" onmouseover="${P}" x="`,
  `' onfocus='${P}' autofocus='`,
  `"><img src=x onerror=${P}>`,
  `'><svg onload=${P}>`,
  '`><img src=x onerror=' + P + '>',
  `"/><script>${P}</script>`,
  `</option><script>${P}</script>`,
  `</textarea><script>${P}</script>`,
  `</title></h3><img src=x onerror=${P}>`,
  `x" autofocus onfocus="${P}`,
];

const urls = [
  `javascript:${P}`,
  `JaVaScRiPt:${P}`,
  `java\tscript:${P}`,
  ` \u0001javascript:${P}`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+`,
  `vbscript:msgbox(1)`,
];

const entities = [
  `&lt;script&gt;${P}&lt;/script&gt;`,
  `&#60;img src=x onerror=${P}&#62;`,
  `&#x3C;svg onload=${P}&#x3E;`,
  `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${P}`,
  `%3Cscript%3E${P}%3C%2Fscript%3E`,
  `\\u003cscript\\u003e${P}\\u003c/script\\u003e`,
];

const svgAndMath = [
  `<svg><script>${P}</script></svg>`,
  `<svg><animate onbegin=${P} attributeName=x dur=1s>`,
  `<svg><a xlink:href="javascript:${P}"><text x=20 y=20>x</text></a></svg>`,
  `<svg><foreignObject><img src=x onerror=${P}></foreignObject></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${P}>`,
  `<math href="javascript:${P}">x</math>`,
  `<svg><style><img src=x onerror=${P}></style></svg>`,
];

const templatesAndStyles = [
  '${' + P + '}',
  `{{constructor.constructor('${P}')()}}`,
  `<%= ${P} %>`,
  `#{${P}}`,
  `<?lit$1234$>${P}<!--?lit$5678$-->`,
  `{token}{api}{origin}`,
  `</style><script>${P}</script>`,
  `<style>*{display:none!important}</style>`,
  `<div style="background:url(javascript:${P})">x</div>`,
  `expression(${P})`,
  `<template><img src=x onerror=${P}></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${P}>">`,
  `<!--<img src="--><img src=x onerror=${P}//">`,
  `<![CDATA[<script>${P}</script>]]>`,
];

const unicode = [
  `\u202Egnp.exe@example.com\u202C`,
  `adm\u200Bin\u200C\u200D\u2060`,
  `\u0430dmin`,
  `\uFF1Cscript\uFF1E${P}\uFF1C/script\uFF1E`,
  `\uFEFF<script>${P}</script>`,
  `line\u2028separator\u2029paragraph`,
  `e\u0301\u0301\u0301\u0301\u0301\u0301 z\u0336\u0337\u0338`,
  `\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}`,
  `nul\u0000<scr\u0000ipt>${P}</scr\u0000ipt>`,
  `crlf\r\n<script>${P}</script>\r\n`,
  `lone \uD800 surrogate`,
];

const long = [
  'x'.repeat(100_000),
  `${'a'.repeat(100_000)}@example.com`,
  `<img src=x onerror=${P}>`.repeat(2_000),
];

export const VECTOR_GROUPS = { tags, handlersAndBreakouts, urls, entities, svgAndMath, templatesAndStyles, unicode, long };

/** Every payload, each one distinct. */
export const XSS_VECTORS: readonly string[] = Object.values(VECTOR_GROUPS).flat();

/** Shortens a payload for a test message. */
export function label(vector: string): string {
  return JSON.stringify(vector.length > 60 ? `${vector.slice(0, 57)}…` : vector);
}
