/** How a copy attempt ended: the async Clipboard API, the legacy `execCommand` path, or neither. */
export type CopyOutcome = 'clipboard' | 'fallback' | 'failed';

/**
 * Copies `text`, preferring `navigator.clipboard`. When it is missing (plain http, old WebViews)
 * or refuses (permissions policy in an iframe), selects `field` and runs `execCommand('copy')`,
 * which still works inside a user gesture. On failure the field is left selected so the user can
 * copy it by hand.
 */
export async function copyText(text: string, field: HTMLInputElement | null): Promise<CopyOutcome> {
  const clipboard = globalThis.navigator?.clipboard;
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return 'clipboard';
    } catch {
      // Refused: fall through to the selection-based copy.
    }
  }
  if (!field) return 'failed';
  field.focus();
  field.select();
  try {
    // Deprecated but still the only synchronous copy path without the Clipboard API.
    return document.execCommand('copy') ? 'fallback' : 'failed';
  } catch {
    return 'failed';
  }
}
