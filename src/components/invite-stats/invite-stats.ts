import { LitElement, html, type PropertyDeclarations, type SVGTemplateResult, type TemplateResult } from 'lit';
import { defineElement } from '../../define.js';
import type { Invitation, InviteStats } from '../../api/types.js';
import { formatNumber } from '../../i18n/format.js';
import type { InviteStrings } from '../../i18n/strings.js';
import { banIcon, checkCircleIcon, clockIcon, hourglassIcon, trendingUpIcon, xCircleIcon } from '../../icons/icons.js';
import { countByStatus } from '../../rules/invitation.js';
import { InviteConfigMixin } from '../shared/config-mixin.js';
import { styles } from './invite-stats.styles.js';

type StatKey = Exclude<keyof InviteStats, 'uses'>;

interface TileSpec {
  key: StatKey;
  icon: SVGTemplateResult;
  /** Shown only when its count is non-zero, unless `show-all` is set. */
  optional?: true;
}

const TILES: readonly TileSpec[] = [
  { key: 'total', icon: trendingUpIcon },
  { key: 'pending', icon: clockIcon },
  { key: 'used', icon: checkCircleIcon },
  { key: 'canceled', icon: xCircleIcon },
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
 * @csstokens font-family font-size font-size-2xl font-weight-bold line-height color-text color-text-muted
 *   color-surface color-surface-raised color-border color-accent color-accent-text color-accent-soft
 *   status-pending-text status-pending-bg status-used-text status-used-bg status-canceled-text
 *   status-canceled-bg status-rejected-text status-rejected-bg status-expired-text status-expired-bg radius
 *   radius-small space-s space-m space-l shadow focus-ring focus-ring-offset duration
 */
export class InviteStatsElement extends InviteConfigMixin(LitElement) {
  static override styles = styles;
  // Declared here rather than with decorators: a static map costs the bundle far fewer bytes.
  static override properties: PropertyDeclarations = {
    stats: { attribute: false },
    invitations: { attribute: false },
    showAll: { type: Boolean, attribute: 'show-all' },
  };

  /** Counts over all invitations. Wins over `invitations` when both are set. */
  stats?: InviteStats;
  /** Invitations to count when no `stats` are given (exact only when this is all of them). */
  invitations?: readonly Invitation[];
  /** Show the rejected and expired tiles even when their count is zero. */
  showAll = false;

  #counts(): InviteStats | undefined {
    if (this.stats) return this.stats;
    return this.invitations ? countByStatus(this.invitations) : undefined;
  }

  override render(): TemplateResult {
    const strings = this.resolvedStrings;
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
      <span class="value" part="value">${formatNumber(value, this.resolvedLocale)}</span>
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

defineElement('invite-stats', InviteStatsElement);

declare global {
  interface HTMLElementTagNameMap {
    'invite-stats': InviteStatsElement;
  }
}
