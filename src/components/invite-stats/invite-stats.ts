import { LitElement, html, type PropertyDeclarations, type SVGTemplateResult, type TemplateResult } from 'lit';
import { customElement } from '../../define.js';
import type { Invitation, InviteStats } from '../../api/types.js';
import { formatNumber } from '../../i18n/format.js';
import { resolveStrings, type InviteStrings } from '../../i18n/strings.js';
import { banIcon, checkCircleIcon, clockIcon, hourglassIcon, trendingUpIcon, xCircleIcon } from '../../icons/icons.js';
import { countByStatus } from '../../rules/invitation.js';
import { styles } from './invite-stats.styles.js';

type StatKey = keyof InviteStats;

interface TileSpec {
  key: StatKey;
  icon: SVGTemplateResult;
  /** Shown only when its count is non-zero, unless `show-all` is set. */
  optional: boolean;
}

const TILES: readonly TileSpec[] = [
  { key: 'total', icon: trendingUpIcon, optional: false },
  { key: 'pending', icon: clockIcon, optional: false },
  { key: 'used', icon: checkCircleIcon, optional: false },
  { key: 'canceled', icon: xCircleIcon, optional: false },
  { key: 'rejected', icon: banIcon, optional: true },
  { key: 'expired', icon: hourglassIcon, optional: true },
];

/** Tiles shown while loading: the four that are always there, so nothing jumps when counts arrive. */
const SKELETON_TILES = 4;

/**
 * @summary Stat tiles for invitations: total, pending, used and canceled, plus rejected and expired
 * when there are any (or always, with `show-all`).
 *
 * Give it `stats` (counts over all invitations, e.g. from the adapter) or `invitations` to count
 * itself; `stats` wins when both are set. With neither it shows a loading skeleton.
 *
 * @csspart stats - The list of tiles (and the loading skeleton); also named `base`.
 * @csspart base - The list of tiles.
 * @csspart tile - One tile.
 * @csspart tile-icon - The icon square of a tile.
 * @csspart value - The number of a tile.
 * @csspart label - The name of a tile.
 *
 * @cssprop [--invite-stats-gap=var(--invite-space-m)] - Space between tiles.
 * @cssprop [--invite-stats-tile-padding=var(--invite-space-m)] - Space inside a tile.
 * @cssprop [--invite-stats-tile-border-color=var(--invite-color-border)] - Tile border.
 * @cssprop [--invite-stats-tile-radius=var(--invite-radius)] - Tile corners.
 * @cssprop [--invite-stats-tile-background=var(--invite-color-surface)] - Tile background.
 * @cssprop [--invite-stats-tile-shadow=var(--invite-shadow)] - Tile shadow.
 * @cssprop [--invite-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font of all text.
 * @cssprop [--invite-font-size=0.875rem] - Base text size.
 * @cssprop [--invite-font-size-2xl=1.75rem] - The dashboard title and stat numbers.
 * @cssprop [--invite-font-weight-bold=700] - The dashboard title and stat numbers.
 * @cssprop [--invite-line-height=1.5] - Line height of text.
 * @cssprop [--invite-color-text=light-dark(#111827, #f3f4f6)] - Text.
 * @cssprop [--invite-color-text-muted=light-dark(#4b5563, #9ca3af)] - Secondary text: labels, hints, dates.
 * @cssprop [--invite-color-surface=light-dark(#ffffff, #111827)] - Cards, tiles, panels, the dialog and form controls.
 * @cssprop [--invite-color-surface-raised=light-dark(#f3f4f6, #1f2937)] - Hovered buttons, counts, link fields, loading placeholders.
 * @cssprop [--invite-color-border=light-dark(#e5e7eb, #374151)] - Borders.
 * @cssprop [--invite-color-accent=#2563eb] - Primary buttons, the selected tab, radios, the focus ring.
 * @cssprop [--invite-color-accent-text=light-dark(#1d4ed8, #93c5fd)] - Accent text and icons: the selected tab, the private invite icon.
 * @cssprop [--invite-color-accent-soft=light-dark(#dbeafe, #1e3a8a)] - Accent backgrounds: the private invite icon, the total tile, the selected count.
 * @cssprop [--invite-status-pending-text=light-dark(#854d0e, #fde68a)] - Pending status: badge text, tile icon.
 * @cssprop [--invite-status-pending-bg=light-dark(#fef9c3, #422006)] - Pending status: badge and tile icon background.
 * @cssprop [--invite-status-used-text=light-dark(#166534, #bbf7d0)] - Used status: badge text, tile icon.
 * @cssprop [--invite-status-used-bg=light-dark(#dcfce7, #14532d)] - Used status: badge and tile icon background.
 * @cssprop [--invite-status-canceled-text=light-dark(#374151, #e5e7eb)] - Canceled status: badge text, tile icon.
 * @cssprop [--invite-status-canceled-bg=light-dark(#f3f4f6, #374151)] - Canceled status: badge and tile icon background.
 * @cssprop [--invite-status-rejected-text=light-dark(#991b1b, #fecaca)] - Rejected status: badge text, tile icon.
 * @cssprop [--invite-status-rejected-bg=light-dark(#fee2e2, #7f1d1d)] - Rejected status: badge and tile icon background.
 * @cssprop [--invite-status-expired-text=light-dark(#9a3412, #fed7aa)] - Expired status: badge text, tile icon.
 * @cssprop [--invite-status-expired-bg=light-dark(#ffedd5, #7c2d12)] - Expired status: badge and tile icon background.
 * @cssprop [--invite-radius=0.75rem] - Corners of cards, tiles, panels and the dialog.
 * @cssprop [--invite-radius-small=0.375rem] - Corners of buttons, fields and icon squares.
 * @cssprop [--invite-space-s=0.5rem] - Small gaps and button padding.
 * @cssprop [--invite-space-m=1rem] - Default gap between pieces.
 * @cssprop [--invite-space-l=1.5rem] - Padding of cards, tiles and the dialog.
 * @cssprop [--invite-shadow=0 1px 3px rgb(0 0 0 / 0.08), 0 1px 2px rgb(0 0 0 / 0.04)] - Shadow of cards, tiles and panels.
 * @cssprop [--invite-focus-ring=2px solid var(--invite-color-accent)] - Outline of the focused control.
 * @cssprop [--invite-focus-ring-offset=2px] - Space between a control and its focus outline.
 * @cssprop [--invite-duration=150ms] - Length of transitions and animations (0ms under `prefers-reduced-motion`).
 */
@customElement('invite-stats')
export class InviteStatsElement extends LitElement {
  static override styles = styles;
  // Declared here rather than with decorators: a static map costs the bundle far fewer bytes.
  static override properties: PropertyDeclarations = {
    stats: { attribute: false },
    invitations: { attribute: false },
    showAll: { type: Boolean, attribute: 'show-all' },
    locale: {},
    strings: { attribute: false },
    theme: { reflect: true },
  };

  /** Counts over all invitations. Wins over `invitations` when both are set. */
  stats?: InviteStats;
  /** Invitations to count when no `stats` are given (exact only when this is all of them). */
  invitations?: readonly Invitation[];
  /** Show the rejected and expired tiles even when their count is zero. */
  showAll = false;
  /** BCP 47 locale for dates and numbers; by default the page's `<html lang>`, then the browser's. */
  locale?: string;
  /** Overrides of any visible text. */
  strings?: Partial<InviteStrings>;
  /** `light`, `dark` or `auto`; unset follows the surrounding page or element. */
  theme?: 'light' | 'dark' | 'auto';

  #counts(): InviteStats | undefined {
    if (this.stats) return this.stats;
    return this.invitations ? countByStatus(this.invitations) : undefined;
  }

  override render(): TemplateResult {
    const strings = resolveStrings(this.strings);
    const counts = this.#counts();
    if (!counts) return this.#renderSkeleton(strings);
    const tiles = TILES.filter((tile) => this.showAll || !tile.optional || counts[tile.key] > 0);
    return html`<ul class="grid grid--${tiles.length}" part="stats base" role="list" aria-label=${strings.statsLabel}>
      ${tiles.map((tile) => this.#renderTile(tile, counts[tile.key], strings))}
    </ul>`;
  }

  #renderTile({ key, icon }: TileSpec, value: number, strings: InviteStrings): TemplateResult {
    const label = key === 'total' ? strings.statTotal : strings.status[key];
    return html`<li class="tile tile--${key}" part="tile" data-stat=${key}>
      <span class="label" part="label">${label}</span>
      <span class="value" part="value">${formatNumber(value, this.locale)}</span>
      <span class="tile-icon tone--${key === 'total' ? 'accent' : key}" part="tile-icon">${icon}</span>
    </li>`;
  }

  #renderSkeleton(strings: InviteStrings): TemplateResult {
    return html`<div class="grid grid--${SKELETON_TILES}" part="stats base" role="group" aria-label=${strings.statsLabel} aria-busy="true">
      <span class="visually-hidden">${strings.statsLoading}</span>
      ${Array.from(
        { length: SKELETON_TILES },
        () => html`<div class="tile" part="tile" aria-hidden="true">
          <span class="skeleton-bar skeleton-bar--label"></span>
          <span class="skeleton-bar skeleton-bar--value"></span>
          <span class="skeleton-bar skeleton-bar--icon"></span>
        </div>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'invite-stats': InviteStatsElement;
  }
}
