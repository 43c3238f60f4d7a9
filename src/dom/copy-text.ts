/** How a copy attempt ended: the async Clipboard API, the legacy `execCommand` path, or neither. */
export type CopyOutcome = 'clipboard' | 'fallback' | 'failed';

/**
 * Copies `text`, preferring `navigator.clipboard`. When it is missing (plain http, old WebViews)
 * or refuses (permissions policy in an iframe), selects `field` and runs `execCommand('copy')`,
 * which still works inside a user gesture (through a hidden field when there is none on screen). On
 * failure `field` is left selected so the user can copy it by hand.
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
  // No field on screen (a compact row): a hidden one for the moment of the copy.
  const temporary = field ? null : hiddenField(text);
  const source = field ?? temporary!;
  source.focus();
  source.select();
  try {
    // Deprecated but still the only synchronous copy path without the Clipboard API.
    return document.execCommand('copy') ? 'fallback' : 'failed';
  } catch {
    return 'failed';
  } finally {
    temporary?.remove();
  }
}

/** A read-only field holding `text`, off screen (set through the CSSOM: allowed under a strict CSP). */
function hiddenField(text: string): HTMLInputElement {
  const input = document.createElement('input');
  input.readOnly = true;
  input.value = text;
  input.style.position = 'fixed';
  input.style.opacity = '0';
  document.body.append(input);
  return input;
}
