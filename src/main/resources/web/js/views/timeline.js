// The event timeline: counts by PLOVER category over time; a click on a bar lists those events
// with the sentences they were read from, each opening the article at that sentence.

import { el, replace, loading } from '../dom.js';
import { getJson } from '../api.js';
import { d3 } from '../d3.js';
import { stackedBars, categoryLegend, periodRange } from '../charts.js';
import { eventItem, pager, filterForm, hashLink, paramsObject } from '../components.js';

const FIELDS = [
  { name: 'interval', label: 'Interval', type: 'select', options: ['month', 'week', 'day'], any: 'month' },
  { name: 'type', label: 'Category', type: 'category' },
  { name: 'actor', label: 'Actor', placeholder: 'RUSGOV or RUS' },
  { name: 'from', label: 'From', type: 'date' },
  { name: 'to', label: 'To', type: 'date' },
];

/** Renders the timeline for the route's filters; period= and type= pick the listed events. */
export async function render(view, arg, params, alive) {
  const values = paramsObject(params);
  const interval = values.interval || 'month';
  const go = (next) => { window.location.hash = hashLink('timeline', next); };
  const chart = el('div', { class: 'chart-box' }, loading('the timeline'));
  const legend = el('div', {});
  const events = el('div', { class: 'timeline-events' });
  replace(view, el('h1', { class: 'view-title' }, 'Event timeline'), filterForm(FIELDS, values, go), legend, chart, events);
  document.title = 'Timeline — Newsgraph';
  const filters = { interval, type: values.type, actor: values.actor, from: values.from, to: values.to };
  const [lib, counts] = await Promise.all([d3(), getJson('/api/counts', filters)]);
  if (!alive()) return;
  const series = counts.series || [];
  if (!series.length) {
    replace(chart, el('p', { class: 'muted' }, 'No events for these filters.'));
    return;
  }
  const total = series.reduce((n, d) => n + d.count, 0);
  replace(legend, categoryLegend([...new Set(series.map((d) => d.type))], values.type,
    (type) => go({ ...values, type, period: undefined, page: undefined })));
  const select = (period, type) => go({ ...values, period, pick: type, page: undefined });
  replace(chart,
    el('p', { class: 'muted summary' }, `${total} events by ${interval} (periods without events may be left out); click a bar to list its events.`),
    stackedBars(lib, series, { onSelect: select, interval }));
  if (values.period) {
    const { from, to } = periodRange(values.period);
    const type = values.pick || values.type;
    replace(events, loading('events'));
    const list = await getJson('/api/events', { type, actor: values.actor, from, to, page: values.page, size: 50 });
    if (!alive()) return;
    replace(events,
      el('h2', {}, `${type || 'All'} events, ${values.period}`, el('span', { class: 'count' }, String(list.total))),
      el('ul', { class: 'items events' }, list.items.map(eventItem)),
      pager(list, (page) => go({ ...values, page })));
    events.scrollIntoView({ block: 'start' });
  }
}
