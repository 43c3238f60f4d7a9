/**
 * What a user sees of layout, measured in the page: where lines start, how many nodes a render
 * costs, and stand-ins for the clipboard and any member of the page (`stub`). Shared by component tests.
 */

/** Replaces a member of `target` (navigator, document, console) for one test; the returned function restores it. */
export function stub<T extends object>(target: T, key: string, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Record<string, unknown>)[key];
  };
}

/**
 * A clipboard whose `writeText` resolves (`works`) or rejects, and, with `execCommand`, the legacy
 * copy path answering `true` or `false`. Returns what was written and a restore function.
 */
export function fakeClipboard({ works, execCommand }: { works: boolean; execCommand?: boolean }): { written: string[]; restore: () => void } {
  const written: string[] = [];
  const writeText = (text: string) => {
    if (!works) return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    written.push(text);
    return Promise.resolve();
  };
  const restores = [stub(navigator, 'clipboard', { writeText })];
  if (execCommand !== undefined) {
    restores.push(
      stub(document, 'execCommand', (command: string) => {
        if (command === 'copy' && execCommand) written.push(String(document.getSelection() ?? ''));
        return execCommand;
      }),
    );
  }
  return { written, restore: () => restores.reverse().forEach((restore) => restore()) };
}

/** Every node under `root`: elements, text and comments (Lit's markers included). */
export function nodeCount(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let count = 0;
  while (walker.nextNode()) count += 1;
  return count;
}

/** A text node where a line box begins, and the character it begins with. */
export interface LineStart {
  node: Text;
  offset: number;
}

/**
 * Where each line after the first begins, in the visible text of `element` (text inside
 * `.visually-hidden` and blank text are skipped): measured character by character with ranges.
 */
export function lineStarts(element: Element): LineStart[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const starts: LineStart[] = [];
  let lastTop: number | undefined;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.data.trim() || node.parentElement?.closest('.visually-hidden')) continue;
    for (let offset = 0; offset < node.data.length; offset += 1) {
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      const rect = range.getClientRects()[0];
      if (!rect) continue;
      if (lastTop !== undefined && rect.top > lastTop + rect.height / 2) starts.push({ node, offset });
      lastTop = rect.top;
    }
  }
  return starts;
}

/** The visible text of `element`: its text without what is only for screen readers, spaces squeezed. */
export function visibleText(element: Element): string {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.parentElement?.closest('.visually-hidden')) text += node.data;
  }
  return text.replace(/\s+/g, ' ').trim();
}
