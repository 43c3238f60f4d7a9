import { noChange } from 'lit';
import { Directive, directive } from 'lit/directive.js';

/**
 * Addresses as text that wraps at sensible points: a line-break opportunity (`<wbr>`) after each
 * `@` and `.`; a piece with a hyphen is an unbreakable inline-block (Chrome would otherwise also
 * break after the hyphen, which reads like hyphenation and loses the hyphen from the address), the
 * others stay plain text, which has no other break opportunity (an atomic box per piece made a page
 * of 1,000 cards 2,500 nodes bigger and slower to lay out). The text is the addresses unchanged,
 * joined with ", ".
 *
 * Built as plain nodes (text through `textContent`, never markup) in one part, and only when the
 * addresses change: a list of 1,000 cards pays for no template per piece.
 */
class EmailText extends Directive {
  #shown?: string;

  render(emails: readonly string[]): unknown {
    const key = emails.join(', ');
    if (key === this.#shown) return noChange;
    this.#shown = key;
    const fragment = document.createDocumentFragment();
    emails.forEach((email, index) => {
      if (index) fragment.append(', ');
      // The pieces end at each `@` and `.` (no lookbehind: Safari before 16.4 cannot parse one).
      (email.match(/[^@.]*[@.]|[^@.]+$/g) ?? [email]).forEach((piece, at) => {
        if (at) fragment.append(document.createElement('wbr'));
        if (!piece.includes('-')) return fragment.append(piece);
        const span = document.createElement('span');
        span.className = 'nobreak';
        span.textContent = piece;
        fragment.append(span);
      });
    });
    return fragment;
  }
}

export const emailText = directive(EmailText);
