/**
 * Registers one of our four elements, in place of `customElements.define` or Lit's `@customElement`:
 * it defines the tag only when the page has a custom-element registry and the tag is still free.
 * Loading the script twice, or two versions of the library on one page, then leaves the first
 * definition alone and warns once, instead of throwing "has already been used with this registry".
 * A plain call after the class rather than a decorator, which would bring TypeScript's decorator
 * helper into the bundle; scripts/cem-define-element.mjs tells the manifest analyzer about it.
 *
 * Nothing here touches `window` or `document`: in Node without a DOM it does nothing.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  const registry = globalThis.customElements as CustomElementRegistry | undefined;
  if (!registry) return;
  const existing = registry.get(tagName);
  if (existing === undefined) registry.define(tagName, elementClass);
  else if (existing !== elementClass) warnTaken(tagName);
}

let taken: string[] | undefined;

/** One warning per copy of the library, naming every tag it found taken (they define together). */
function warnTaken(tagName: string): void {
  if (taken) {
    taken.push(tagName);
    return;
  }
  taken = [tagName];
  queueMicrotask(() => {
    const tags = taken!.map((tag) => `<${tag}>`).join(', ');
    console.warn(
      `invite-dashboard: ${tags} already defined on this page (the script loaded twice, or two versions); ` +
        'the first definition is kept.',
    );
  });
}
