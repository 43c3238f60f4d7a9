/**
 * Checks that hostile data stayed text: walks an element and every shadow root below it, and
 * watches the page for signs that a payload ran (a flag it would set, errors, CSP reports).
 */

/** Every element our templates render. Anything else in a shadow root was injected. */
const OUR_TAGS = new Set([
  'article', 'button', 'caption', 'circle', 'create-invite-dialog', 'dd', 'defs', 'desc', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'g', 'h2', 'h3', 'header', 'input', 'invite-analytics', 'invite-card',
  'invite-dashboard', 'invite-history', 'invite-stats', 'label', 'legend', 'li', 'line', 'nav', 'ol', 'option', 'p', 'path',
  'pattern', 'rect', 'section', 'select', 'slot', 'span', 'strong', 'svg', 'table', 'tbody', 'td', 'text', 'textarea', 'tfoot',
  'th', 'thead', 'time', 'title', 'tr', 'ul', 'wbr',
]);
/** Elements that only ever appear inside one of our svgs: icons, the QR code, the activity chart and its key. */
const SVG_CHILDREN = new Set(['path', 'rect', 'circle', 'title', 'g', 'line', 'text', 'desc', 'defs', 'pattern']);
const OUR_SVG = 'svg.icon, svg.qr-image, svg.swatch, svg[aria-labelledby="chart-title chart-desc"]';
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'srcdoc', 'action', 'formaction', 'data', 'poster', 'background']);
const DANGEROUS_URL = /^[\s\u0000-\u001f]*(javascript|data|vbscript)\s*:/i;

/** The element and everything below it, shadow roots included, in document order. */
export function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** Text of an element including the text of every shadow root below it. */
export function deepText(host: Element): string {
  const root = host.shadowRoot ?? host;
  let text = root.textContent ?? '';
  for (const element of deepElements(root)) if (element.shadowRoot) text += element.shadowRoot.textContent ?? '';
  return text;
}

/** One line per element or attribute that our templates would never have produced. */
export function injectedMarkup(host: Element): string[] {
  const problems: string[] = [];
  const where = (element: Element) => `<${element.localName}${element.id ? `#${element.id}` : ''}>`;
  for (const element of [host, ...deepElements(host.shadowRoot ?? host)]) {
    const tag = element.localName;
    if (!OUR_TAGS.has(tag)) problems.push(`injected element ${where(element)}`);
    if (tag === 'svg' && !element.matches(OUR_SVG)) problems.push(`svg that is not one of our icons`);
    if (SVG_CHILDREN.has(tag) && !element.closest(OUR_SVG)) problems.push(`${where(element)} outside an icon`);
    for (const { name, value } of element.attributes) {
      if (name.startsWith('on')) problems.push(`event handler attribute ${name} on ${where(element)}`);
      if (name === 'style') problems.push(`style attribute on ${where(element)}`);
      if (URL_ATTRIBUTES.has(name) && DANGEROUS_URL.test(value)) problems.push(`${name}="${value.slice(0, 40)}" on ${where(element)}`);
    }
  }
  return problems;
}

export interface ScriptWatch {
  /** Errors (uncaught exceptions, failed loads of injected resources) and CSP reports seen so far. */
  readonly errors: string[];
  readonly violations: string[];
  /** Stops listening. */
  stop(): void;
}

/** Listens for anything a payload that ran (or was blocked) would leave behind. */
export function watchForScripts(): ScriptWatch {
  const errors: string[] = [];
  const violations: string[] = [];
  const onError = (event: Event) => {
    const target = event.target as Element | null;
    errors.push(event instanceof ErrorEvent ? event.message : `error event on ${target?.localName ?? 'window'}`);
  };
  const onViolation = (event: SecurityPolicyViolationEvent) => violations.push(`${event.violatedDirective} ${event.blockedURI}`);
  window.addEventListener('error', onError, true);
  document.addEventListener('securitypolicyviolation', onViolation, true);
  return {
    errors,
    violations,
    stop() {
      window.removeEventListener('error', onError, true);
      document.removeEventListener('securitypolicyviolation', onViolation, true);
    },
  };
}

/** The flag every payload sets when it runs. */
export function pwned(): unknown {
  return (window as { __pwned?: unknown }).__pwned;
}
