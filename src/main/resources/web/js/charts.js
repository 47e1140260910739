// Charts drawn with d3 into SVG: stacked bars of event counts by PLOVER category over time.
// Colours come from colors.js (the CSS variables), so a category looks the same everywhere.

import { el } from './dom.js';
import { CATEGORIES, categoryColour, categoryClass } from './colors.js';

/**
 * Stacked bars, one bar per period, one segment per category.
 * @param series [{period, type, count}]
 * @param options {height, onSelect(period, type), fill: 'month'|'day'|null}
 */
export function stackedBars(d3, series, { height = 260, onSelect, interval } = {}) {
  const present = [...new Set(series.map((d) => d.period))].sort();
  const filled = continuous(present, interval);
  // A sparse series (events years apart) keeps only its periods, or every bar would be a hair.
  const periods = filled.length <= Math.max(60, present.length * 3) ? filled : present;
  const types = CATEGORIES.filter((t) => series.some((d) => d.type === t));
  const rows = periods.map((period) => {
    const row = { period };
    for (const t of types) row[t] = 0;
    return row;
  });
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  for (const d of series) if (byPeriod.has(d.period) && d.type in byPeriod.get(d.period)) byPeriod.get(d.period)[d.type] += d.count;

  // A fixed drawing width, scaled to the page by the viewBox; a few periods get narrow bars.
  const width = 1100;
  const margin = { top: 10, right: 10, bottom: 56, left: 40 };
  const plot = Math.min(width - margin.left - margin.right, periods.length * 70);
  const x = d3.scaleBand().domain(periods).range([margin.left, margin.left + plot]).padding(0.2);
  const stacked = d3.stack().keys(types)(rows);
  const max = d3.max(stacked.length ? stacked[stacked.length - 1] : [], (d) => d[1]) || 1;
  const y = d3.scaleLinear().domain([0, max]).nice().range([height - margin.bottom, margin.top]);

  const svg = d3.create('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('class', 'chart stacked')
    .attr('role', 'img').attr('aria-label', 'Events by PLOVER category over time');
  svg.append('g').attr('class', 'grid').attr('transform', `translate(${margin.left},0)`)
    .call(d3.axisLeft(y).ticks(5).tickSize(-plot).tickFormat(d3.format('d')));
  const every = Math.ceil(periods.length / 24);
  svg.append('g').attr('class', 'axis x').attr('transform', `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).tickValues(periods.filter((p, i) => i % every === 0)))
    .selectAll('text').attr('transform', 'rotate(-40)').attr('text-anchor', 'end').attr('dx', '-0.4em').attr('dy', '0.6em');
  svg.append('g').selectAll('g').data(stacked).join('g')
    .attr('fill', (layer) => categoryColour(layer.key))
    .attr('class', (layer) => `layer ${categoryClass(layer.key)}`)
    .selectAll('rect').data((layer) => layer.map((d) => ({ d, type: layer.key }))).join('rect')
    .filter(({ d }) => d[1] > d[0])
    .attr('x', ({ d }) => x(d.data.period)).attr('width', x.bandwidth())
    .attr('y', ({ d }) => y(d[1])).attr('height', ({ d }) => Math.max(1, y(d[0]) - y(d[1])))
    .attr('class', 'bar').attr('tabindex', 0)
    .attr('data-period', ({ d }) => d.data.period).attr('data-type', ({ type }) => type)
    .on('click', (event, { d, type }) => onSelect && onSelect(d.data.period, type))
    .on('keydown', (event, { d, type }) => { if (event.key === 'Enter' && onSelect) onSelect(d.data.period, type); })
    .append('title').text(({ d, type }) => `${d.data.period} · ${type}: ${d[1] - d[0]}`);
  return svg.node();
}

// Month and day series get their empty periods back, so gaps look like gaps (up to 400 bars).
function continuous(periods, interval) {
  if (periods.length < 2 || !['month', 'day'].includes(interval)) return periods;
  const out = [];
  const first = periods[0];
  const last = periods[periods.length - 1];
  const isMonth = interval === 'month';
  if (!(isMonth ? /^\d{4}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/).test(first)) return periods;
  let date = new Date(`${isMonth ? `${first}-01` : first}T00:00:00Z`);
  while (out.length <= 400) {
    const label = date.toISOString().slice(0, isMonth ? 7 : 10);
    out.push(label);
    if (label >= last) return out;
    if (isMonth) date.setUTCMonth(date.getUTCMonth() + 1);
    else date.setUTCDate(date.getUTCDate() + 1);
  }
  return periods;
}

/** A legend of the categories present, each a chip; onPick(type) on a click. */
export function categoryLegend(types, selected, onPick) {
  return el('div', { class: 'category-legend' }, CATEGORIES.filter((t) => types.includes(t)).map((t) =>
    el('button', {
      type: 'button', class: `chip ${categoryClass(t)} ${selected && selected !== t ? 'dim' : ''}`,
      'aria-pressed': selected === t ? 'true' : 'false', onclick: () => onPick(selected === t ? '' : t),
    }, t)));
}

/** The inclusive date range of a period label: 2025-12, 2025-12-11, 2025 or 2025-W50. */
export function periodRange(period) {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (!week) return { from: period, to: period };
  const jan4 = new Date(Date.UTC(Number(week[1]), 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (Number(week[2]) - 1) * 7);
  const sunday = new Date(monday);
  sunday.setUTCDate(monday.getUTCDate() + 6);
  return { from: monday.toISOString().slice(0, 10), to: sunday.toISOString().slice(0, 10) };
}
