import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { InviteStrings } from '../../i18n/strings.js';
import { countOf } from '../../i18n/plural.js';
import { formatNumber } from '../../i18n/format.js';
import { activityTotals, axisLabelIndexes, countScale, type ChartDay } from '../../rules/analytics.js';
import { formatLongDay, formatShortDay } from './analytics-format.js';

/** Drawing sizes in CSS pixels: the SVG is drawn at the width it is given, so its text never scales. */
const HEIGHT = 200;
const PAD_TOP = 8;
const AXIS_BOTTOM = 24;
const AXIS_START = 36;
const PAD_END = 20;
/** Room one date label needs on the time axis ("Sep 30"). */
const LABEL_WIDTH = 64;
/** Narrower than this, a hatch cannot be seen: uses are drawn as a stem with a dot instead. */
const MIN_HATCH_WIDTH = 5;

export interface ChartInput {
  days: readonly ChartDay[];
  /** The width to draw at (the chart's measured content width). */
  width: number;
  strings: InviteStrings;
  locale?: string;
}

/** What the chart's title, the table's caption and the description say. */
function texts({ days, strings, locale }: ChartInput) {
  const withUses = days.some((day) => day.used !== undefined);
  const totals = activityTotals(days);
  const from = formatLongDay(days[0]!.date, locale);
  const to = formatLongDay(days[days.length - 1]!.date, locale);
  return {
    withUses,
    title: strings.analyticsChartTitle(from, to, withUses),
    summary: strings.analyticsChartSummary(countOf(totals.created, locale), totals.used === undefined ? null : countOf(totals.used, locale)),
    totals,
  };
}

function dayText(day: ChartDay, strings: InviteStrings, locale?: string): string {
  return strings.analyticsDay(formatLongDay(day.date, locale), countOf(day.created, locale), day.used === undefined ? null : countOf(day.used, locale));
}

/** Geometry shared by the bars and the legend: how wide a bar is, and whether uses are hatched. */
function layout(input: ChartInput) {
  const plotWidth = Math.max(input.width - AXIS_START - PAD_END, 40);
  const slot = plotWidth / Math.max(input.days.length, 1);
  const withUses = input.days.some((day) => day.used !== undefined);
  const groupWidth = slot * (slot > 8 ? 0.8 : 0.9);
  const barWidth = withUses ? groupWidth / 2 : Math.min(groupWidth, 48);
  return { plotWidth, slot, withUses, barWidth, hatched: barWidth >= MIN_HATCH_WIDTH };
}

/**
 * The chart: an `<svg role="img">` named by its title and described by the totals, and, because an
 * image's inner parts are hidden from screen readers, every day's numbers as a visually hidden list
 * beside it. Each day's column also carries a `<title>`: the tooltip a pointer user sees.
 */
export function renderChart(input: ChartInput): TemplateResult {
  const { title, summary } = texts(input);
  const { strings, locale, days } = input;
  return html`<figure class="chart" part="chart">
    <svg role="img" aria-labelledby="chart-title chart-desc" width=${input.width} height=${HEIGHT}
      viewBox="0 0 ${input.width} ${HEIGHT}" focusable="false">
      <title id="chart-title">${title}</title>
      <desc id="chart-desc">${summary}</desc>
      ${renderPlot(input)}
    </svg>
    <ol class="visually-hidden" aria-label=${strings.analyticsPerDay}>
      ${days.map((day) => html`<li>${dayText(day, strings, locale)}</li>`)}
    </ol>
  </figure>`;
}

function renderPlot(input: ChartInput): SVGTemplateResult {
  const { days, locale } = input;
  const { plotWidth, slot, withUses, barWidth, hatched } = layout(input);
  const plotHeight = HEIGHT - PAD_TOP - AXIS_BOTTOM;
  const { top, step } = countScale(Math.max(...days.map((day) => Math.max(day.created, day.used ?? 0))));
  const y = (value: number) => PAD_TOP + plotHeight - (value / top) * plotHeight;
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => i * step);
  const labelled = new Set(axisLabelIndexes(days.length, Math.floor(plotWidth / LABEL_WIDTH)));
  const groupStart = (i: number) => AXIS_START + i * slot + (slot - (withUses ? barWidth * 2 : barWidth)) / 2;

  return svg`
    <defs>${hatchPattern('hatch')}</defs>
    <g class="grid" aria-hidden="true">
      ${ticks.map((tick) => svg`<line class="grid-line${tick === 0 ? ' grid-line--base' : ''}" x1=${AXIS_START} x2=${AXIS_START + plotWidth} y1=${y(tick)} y2=${y(tick)}></line>
        <text class="axis-label" x=${AXIS_START - 6} y=${y(tick)} dy="0.32em" text-anchor="end">${formatNumber(tick, locale)}</text>`)}
    </g>
    ${days.map((day, i) => {
      const x = groupStart(i);
      return svg`<g class="day">
        <title>${dayText(day, input.strings, locale)}</title>
        <rect class="hit" x=${AXIS_START + i * slot} y=${PAD_TOP} width=${slot} height=${plotHeight}></rect>
        ${day.created > 0 ? svg`<rect class="bar bar--created" x=${x} y=${y(day.created)} width=${barWidth} height=${y(0) - y(day.created)}></rect>` : nothing}
        ${day.used ? usedMark(x + barWidth, y(day.used), barWidth, y(0), hatched, slot) : nothing}
        ${labelled.has(i)
          ? svg`<text class="axis-label" x=${AXIS_START + (i + 0.5) * slot} y=${HEIGHT - 6} text-anchor="middle">${formatShortDay(day.date, locale)}</text>`
          : nothing}
      </g>`;
    })}`;
}

/** A use bar: hatched and outlined when wide enough to show it, else a stem with a dot on top. */
function usedMark(x: number, top: number, width: number, base: number, hatched: boolean, slot: number): SVGTemplateResult {
  if (hatched) return svg`<rect class="bar bar--used" x=${x + 0.5} y=${top + 0.5} width=${width - 1} height=${Math.max(base - top - 1, 0)}></rect>`;
  const cx = x + width / 2;
  // Dots of neighbouring days should touch at most, never merge into a line.
  const r = Math.min(2.5, Math.max(1.5, slot * 0.5));
  return svg`<line class="stem" x1=${cx} x2=${cx} y1=${top} y2=${base}></line><circle class="dot" cx=${cx} cy=${top} r=${r}></circle>`;
}

function hatchPattern(id: string): SVGTemplateResult {
  return svg`<pattern id=${id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
    <rect class="hatch-bg" width="6" height="6"></rect><line class="hatch-line" x1="1.5" y1="0" x2="1.5" y2="6"></line>
  </pattern>`;
}

/** The key: a solid swatch for created, the same hatch (or stem and dot) as the bars for used. */
export function renderLegend(input: ChartInput): TemplateResult {
  const { withUses, hatched } = layout(input);
  const { strings } = input;
  return html`<ul class="legend" part="legend" aria-hidden="true">
    <li><svg class="swatch" aria-hidden="true" width="14" height="14" viewBox="0 0 14 14"><rect class="bar bar--created" width="14" height="14"></rect></svg>${strings.analyticsCreated}</li>
    ${withUses
      ? html`<li><svg class="swatch" aria-hidden="true" width="14" height="14" viewBox="0 0 14 14">
          ${hatched
            ? svg`<defs>${hatchPattern('hatch-key')}</defs><rect class="bar bar--used bar--key" x="0.5" y="0.5" width="13" height="13"></rect>`
            : svg`<line class="stem" x1="7" x2="7" y1="3" y2="14"></line><circle class="dot" cx="7" cy="3" r="2.5"></circle>`}
        </svg>${strings.analyticsUsed}</li>`
      : nothing}
  </ul>`;
}

/** The same numbers as the chart, as a table: one row per day and the totals. */
export function renderTable(input: ChartInput): TemplateResult {
  const { title, withUses, totals } = texts(input);
  const { strings, locale, days } = input;
  const number = (value: number) => formatNumber(value, locale);
  return html`<table class="table" part="table">
    <caption>${title}</caption>
    <thead>
      <tr>
        <th scope="col">${strings.analyticsDate}</th>
        <th scope="col">${strings.analyticsCreated}</th>
        ${withUses ? html`<th scope="col">${strings.analyticsUsed}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${days.map((day) => html`<tr>
        <th scope="row">${formatLongDay(day.date, locale)}</th>
        <td>${number(day.created)}</td>
        ${withUses ? html`<td>${number(day.used ?? 0)}</td>` : nothing}
      </tr>`)}
    </tbody>
    <tfoot>
      <tr>
        <th scope="row">${strings.analyticsTotal}</th>
        <td>${number(totals.created)}</td>
        ${withUses ? html`<td>${number(totals.used ?? 0)}</td>` : nothing}
      </tr>
    </tfoot>
  </table>`;
}
