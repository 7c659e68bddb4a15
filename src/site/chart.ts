/**
 * A small bar chart of articles per month as inline SVG: no script, no inline style (the page's
 * Content-Security-Policy forbids both; colours come from the stylesheet's classes, so the dark
 * scheme applies). The SVG is an image with a title and a description in words; the counts are
 * also given as a table for screen readers and for copying. Only numbers and month names go into
 * the markup, never article text.
 */
import { readableDate } from './dates.js';

export interface MonthCount {
  month: string;
  count: number;
}

/** Width of one month's bar and its gap, and the plot's height, in SVG units. */
const BAR = 8;
const GAP = 2;
const PLOT_HEIGHT = 48;
const LABEL_HEIGHT = 14;

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One sentence saying what the chart shows: span, total, busiest month. */
export function chartSummary(months: MonthCount[], name: string): string {
  if (!months.length) return `No dated articles name ${name}.`;
  const total = months.reduce((n, m) => n + m.count, 0);
  const peak = months.reduce((a, b) => (b.count > a.count ? b : a));
  const first = readableDate(months[0].month);
  const last = readableDate(months[months.length - 1].month);
  const span = months.length === 1 ? `in ${first}` : `from ${first} to ${last}`;
  const busiest = months.length === 1 ? '' : `; most in ${readableDate(peak.month)} (${peak.count})`;
  return `${total} article${total === 1 ? '' : 's'} naming ${name} ${span}${busiest}.`;
}

/** The SVG of articles per month; `id` makes its title and description ids unique on the page. */
export function monthChart(months: MonthCount[], name: string, id = 'chart'): string {
  if (!months.length) return '';
  const max = Math.max(1, ...months.map((m) => m.count));
  const width = months.length * (BAR + GAP);
  const height = PLOT_HEIGHT + LABEL_HEIGHT;
  const bars: string[] = [];
  const labels: string[] = [];
  months.forEach((m, i) => {
    const x = i * (BAR + GAP);
    if (m.count > 0) {
      const h = Math.max(2, Math.round((m.count / max) * PLOT_HEIGHT));
      bars.push(
        `<rect class="bar" x="${x}" y="${PLOT_HEIGHT - h}" width="${BAR}" height="${h}"><title>${escapeXml(readableDate(m.month))}: ${m.count}</title></rect>`,
      );
    }
    // A year under its first month shown (January, or the chart's first month).
    if (i === 0 || m.month.endsWith('-01')) labels.push(`<text class="axis" x="${x}" y="${height - 2}">${m.month.slice(0, 4)}</text>`);
  });
  const title = `Articles naming ${escapeXml(name)} per month`;
  return (
    `<svg class="month-chart" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${Math.max(width, 40)} ${height}" width="${Math.max(width, 40) * 2}" height="${height * 2}" preserveAspectRatio="xMinYMin meet">` +
    `<title id="${id}-title">${title}</title><desc id="${id}-desc">${escapeXml(chartSummary(months, name))}</desc>` +
    `<line class="baseline" x1="0" y1="${PLOT_HEIGHT + 0.5}" x2="${width}" y2="${PLOT_HEIGHT + 0.5}"/>` +
    bars.join('') +
    labels.join('') +
    `</svg>`
  );
}
