import { waitUntil } from '@open-wc/testing';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteCard } from '../../src/components/invite-card/invite-card.js';
import type { CreateInviteDialog } from '../../src/components/create-invite-dialog/create-invite-dialog.js';

/** The focused element, looking through open shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const cardsOf = (el: InviteDashboard) => [...el.shadowRoot!.querySelectorAll<InviteCard>('invite-card')];
export const dialogOf = (el: InviteDashboard) => el.shadowRoot!.querySelector<CreateInviteDialog>('create-invite-dialog')!;
export const partOf = <T extends HTMLElement = HTMLElement>(host: Element, name: string) =>
  host.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

/** Waits until the dashboard shows a list, an empty, error or signed-out state, and its cards have rendered. */
export async function settled(el: InviteDashboard): Promise<void> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('.list, [part~="empty"], [part~="error"], [part~="signed-out"]'),
    'dashboard never settled',
    { timeout: 5000 },
  );
  await el.updateComplete;
  await Promise.all(cardsOf(el).map((card) => card.updateComplete));
}

/** The parent of a node, stepping from a shadow root to its host. */
export function parentOf(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** The nearest live region around a node (itself included), across shadow roots; null when none. */
export function liveRegionOf(node: Node): Element | null {
  for (let element = node instanceof Element ? node : parentOf(node); element; element = parentOf(element)) {
    const live = element.getAttribute('aria-live');
    if (live && live !== 'off') return element;
    if (['status', 'alert', 'log'].includes(element.getAttribute('role') ?? '')) return element;
  }
  return null;
}

/** Every text node below `root` (shadow roots included) whose text contains `text`. */
export function textNodesWith(root: Element | ShadowRoot, text: string): Text[] {
  const found: Text[] = [];
  const walk = (scope: Element | ShadowRoot) => {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text && node.data.includes(text)) found.push(node);
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return found;
}

/** Every element below `root`, shadow roots included. */
export function* allElements(root: Element | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* allElements(element.shadowRoot);
  }
}

/**
 * A button's accessible name, for the ways our templates name them: aria-labelledby, aria-label,
 * or the text inside that is not aria-hidden.
 */
export function accessibleName(element: Element): string {
  const scope = element.getRootNode() as Document | ShadowRoot;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy.split(/\s+/).map((id) => scope.getElementById(id)?.textContent ?? '').join(' ').trim();
  const label = element.getAttribute('aria-label');
  if (label?.trim()) return label.trim();
  const visibleText = (node: Node): string => {
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
    if (node instanceof Text) return node.data;
    return [...node.childNodes].map(visibleText).join('');
  };
  return visibleText(element).replace(/\s+/g, ' ').trim();
}
