/**
 * Hands `blob` to the browser as a download named `filename`: a temporary object URL on a
 * detached `<a download>`, clicked, then revoked. Works under a strict CSP (no `data:` URL, no
 * inline script) and needs no user-visible element.
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.click();
  // The click starts the download synchronously; revoke on the next task so every browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
