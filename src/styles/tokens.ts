import { css } from 'lit';

/**
 * The library's design tokens. Each public `--invite-*` property is read once here into a private
 * `--_*` alias with a light and a dark default (`light-dark()` follows the inherited `color-scheme`),
 * so a host overrides a token once for every element, and nested elements follow their parent's theme.
 * The comment above a token is its documentation: an element's `@csstokens` JSDoc tag names the tokens
 * it reads, and scripts/cem-design-tokens.mjs writes each one, default and comment, into its manifest entry.
 */
export const tokens = css`
  :host([theme=light]) {
    color-scheme: light;
  }
  :host([theme=dark]) {
    color-scheme: dark;
  }
  :host([theme=auto]) {
    color-scheme: light dark;
  }
  :host {
    /* Font of all text. */
    --_font: var(--invite-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    /* Font of invite links. */
    --_font-mono: var(--invite-font-family-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    /* Badges, tags, counts and small labels. */
    --_font-size-xs: var(--invite-font-size-xs, 0.75rem);
    /* Hints, errors and small buttons. */
    --_font-size-s: var(--invite-font-size-s, 0.8125rem);
    /* Base text size. */
    --_font-size: var(--invite-font-size, 0.875rem);
    /* Card titles. */
    --_font-size-l: var(--invite-font-size-l, 1rem);
    /* Dialog and empty-state titles. */
    --_font-size-xl: var(--invite-font-size-xl, 1.125rem);
    /* The dashboard title and stat numbers. */
    --_font-size-2xl: var(--invite-font-size-2xl, 1.75rem);
    /* Buttons, tabs and labels. */
    --_font-weight-medium: var(--invite-font-weight-medium, 500);
    /* Titles and badges. */
    --_font-weight-semibold: var(--invite-font-weight-semibold, 600);
    /* The dashboard title and stat numbers. */
    --_font-weight-bold: var(--invite-font-weight-bold, 700);
    /* Line height of text. */
    --_line-height: var(--invite-line-height, 1.5);
    /* Text. */
    --_text: var(--invite-color-text, light-dark(#111827, #f3f4f6));
    /* Secondary text: labels, hints, dates. */
    --_text-muted: var(--invite-color-text-muted, light-dark(#4b5563, #9ca3af));
    /* Background of the dashboard behind its panels. */
    --_background: var(--invite-color-background, light-dark(#f9fafb, #0b1120));
    /* Cards, tiles, panels, the dialog and form controls. */
    --_surface: var(--invite-color-surface, light-dark(#ffffff, #111827));
    /* Hovered buttons, counts, link fields, loading placeholders. */
    --_surface-raised: var(--invite-color-surface-raised, light-dark(#f3f4f6, #1f2937));
    /* Borders. */
    --_border: var(--invite-color-border, light-dark(#e5e7eb, #374151));
    /* Primary buttons, the selected tab, radios, the focus ring. */
    --_accent: var(--invite-color-accent, #2563eb);
    /* Primary buttons on hover. */
    --_accent-hover: var(--invite-color-accent-hover, #1d4ed8);
    /* Text on primary buttons. */
    --_on-accent: var(--invite-color-on-accent, #ffffff);
    /* Accent text and icons: the selected tab, the private invite icon. */
    --_accent-text: var(--invite-color-accent-text, light-dark(#1d4ed8, #93c5fd));
    /* Accent backgrounds: the private invite icon, the total tile, the selected count. */
    --_accent-soft: var(--invite-color-accent-soft, light-dark(#dbeafe, #1e3a8a));
    /* Background of the public invite icon. */
    --_secondary-soft: var(--invite-color-secondary-soft, light-dark(#f3e8ff, #3b0764));
    /* The public invite icon. */
    --_secondary-text: var(--invite-color-secondary-text, light-dark(#7e22ce, #e9d5ff));
    /* Error text, the cancel button, the expired notice. */
    --_danger: var(--invite-color-danger, light-dark(#b91c1c, #fca5a5));
    /* Danger buttons and invalid fields. */
    --_danger-strong: var(--invite-color-danger-strong, light-dark(#dc2626, #dc2626));
    /* Text on danger buttons. */
    --_on-danger: var(--invite-color-on-danger, #ffffff);
    /* Background of errors, the expired notice and the cancel confirmation. */
    --_danger-soft: var(--invite-color-danger-soft, light-dark(#fef2f2, #450a0a));
    /* Border of errors, notices and the cancel button. */
    --_danger-border: var(--invite-color-danger-border, light-dark(#fecaca, #7f1d1d));
    /* "Copied" and success messages. */
    --_success: var(--invite-color-success, light-dark(#15803d, #86efac));
    /* Background of success messages. */
    --_success-soft: var(--invite-color-success-soft, light-dark(#f0fdf4, #052e16));
    /* Pending status: badge text, tile icon. */
    --_status-pending-text: var(--invite-status-pending-text, light-dark(#854d0e, #fde68a));
    /* Pending status: badge and tile icon background. */
    --_status-pending-bg: var(--invite-status-pending-bg, light-dark(#fef9c3, #422006));
    /* Used status: badge text, tile icon. */
    --_status-used-text: var(--invite-status-used-text, light-dark(#166534, #bbf7d0));
    /* Used status: badge and tile icon background. */
    --_status-used-bg: var(--invite-status-used-bg, light-dark(#dcfce7, #14532d));
    /* Canceled status: badge text, tile icon. */
    --_status-canceled-text: var(--invite-status-canceled-text, light-dark(#374151, #e5e7eb));
    /* Canceled status: badge and tile icon background. */
    --_status-canceled-bg: var(--invite-status-canceled-bg, light-dark(#f3f4f6, #374151));
    /* Rejected status: badge text, tile icon. */
    --_status-rejected-text: var(--invite-status-rejected-text, light-dark(#991b1b, #fecaca));
    /* Rejected status: badge and tile icon background. */
    --_status-rejected-bg: var(--invite-status-rejected-bg, light-dark(#fee2e2, #7f1d1d));
    /* Expired status: badge text, tile icon. */
    --_status-expired-text: var(--invite-status-expired-text, light-dark(#9a3412, #fed7aa));
    /* Expired status: badge and tile icon background. */
    --_status-expired-bg: var(--invite-status-expired-bg, light-dark(#ffedd5, #7c2d12));
    /* Corners of cards, tiles, panels and the dialog. */
    --_radius: var(--invite-radius, 0.75rem);
    /* Corners of buttons, fields and icon squares. */
    --_radius-s: var(--invite-radius-small, 0.375rem);
    /* Corners of badges, tags and counts. */
    --_radius-pill: var(--invite-radius-pill, 999px);
    /* Smallest gaps. */
    --_space-xs: var(--invite-space-xs, 0.25rem);
    /* Small gaps and button padding. */
    --_space-s: var(--invite-space-s, 0.5rem);
    /* Default gap between pieces. */
    --_space-m: var(--invite-space-m, 1rem);
    /* Padding of cards, tiles and the dialog. */
    --_space-l: var(--invite-space-l, 1.5rem);
    /* Padding of the empty, error and signed-out states. */
    --_space-xl: var(--invite-space-xl, 2rem);
    /* Shadow of cards, tiles and panels. */
    --_shadow: var(--invite-shadow, 0 1px 3px rgb(0 0 0 / 0.08), 0 1px 2px rgb(0 0 0 / 0.04));
    /* Shadow of the dialog. */
    --_shadow-raised: var(--invite-shadow-raised, 0 20px 40px rgb(0 0 0 / 0.2));
    /* Outline of the focused control. */
    --_focus-ring: var(--invite-focus-ring, 2px solid var(--_accent));
    /* Space between a control and its focus outline. */
    --_focus-offset: var(--invite-focus-ring-offset, 2px);
    /* Length of transitions and animations (0ms under \`prefers-reduced-motion\`). */
    --_duration: var(--invite-duration, 150ms);
    /* The layer behind the open dialog. */
    --_backdrop: var(--invite-backdrop, rgb(17 24 39 / 0.5));

    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
  }
`;

/** What every element's shadow root starts from: tokens, box sizing, focus ring, hidden text. */
export const base = css`
  ${tokens}
  :host {
    display: block;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-offset);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  svg.icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
    /* The icons' drawing (src/icons/icons.ts): outlines in the text's colour. */
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Arrows point the way the text reads. */
  :host(:dir(rtl)) svg.icon--directional {
    transform: scaleX(-1);
  }
  /* Motion only through --_duration: with it at 0 every transition and animation is off. */
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
    *,
    *::before,
    *::after {
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;
