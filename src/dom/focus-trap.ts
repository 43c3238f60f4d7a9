/** What Tab stops on. Radios are narrowed below to the checked one of each group. */
const TABBABLE = 'button, input, select, textarea, a[href], [tabindex]';

/** The controls Tab visits inside `container` (one shadow root, no nested ones), in order. */
export function tabStops(container: Element): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (element) =>
      element.tabIndex >= 0 &&
      !(element as HTMLButtonElement).disabled &&
      !(element instanceof HTMLInputElement && element.type === 'radio' && !element.checked) &&
      element.getClientRects().length > 0,
  );
}

/**
 * Wraps Tab and Shift+Tab around the ends of a modal, for a `keydown` listener on it. Chromium lets
 * Tab leave a modal `<dialog>` for the browser's own toolbar; a keyboard user then has to find the
 * way back. Only the ends are handled: in between, the browser's own order applies.
 */
export function keepTabInside(event: KeyboardEvent, container: Element): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const stops = tabStops(container);
  if (stops.length === 0) return;
  const first = stops[0];
  const last = stops[stops.length - 1];
  const active = (container.getRootNode() as Document | ShadowRoot).activeElement;
  const target = event.shiftKey ? (active === first || active === container ? last : null) : active === last ? first : null;
  if (!target) return;
  event.preventDefault();
  target.focus();
}
