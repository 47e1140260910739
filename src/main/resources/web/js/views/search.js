// Search across everything: articles, quotes and events for one query and one set of filters,
// side by side, sharing one page number.

import { el, replace, loading, snippet } from '../dom.js';
import { getJson } from '../api.js';
import { articleItem, quoteItem, eventItem, listSection, pager, filterForm, hashLink, paramsObject } from '../components.js';

const FIELDS = [
  { name: 'q', label: 'Text', placeholder: 'words or "a phrase"', size: 24 },
  { name: 'from', label: 'From', type: 'date' },
  { name: 'to', label: 'To', type: 'date' },
  { name: 'actor', label: 'Actor', placeholder: 'RUSGOV or a name' },
  { name: 'country', label: 'Country', placeholder: 'RUS', size: 5 },
  { name: 'type', label: 'Category', type: 'category' },
  { name: 'speaker', label: 'Speaker', placeholder: 'who said it' },
];

// /api/search takes words and dates; with other filters (or no words) each list comes from its
// own resource with the filters that apply to it.
async function fetchLists(p) {
  const { q, from, to, page, size } = p;
  if (q && !p.actor && !p.country && !p.type && !p.speaker) return getJson('/api/search', { q, from, to, page, size });
  const [articles, quotes, events] = await Promise.all([
    getJson('/api/articles', { q, from, to, page, size }),
    getJson('/api/quotes', { q, from, to, page, size, speaker: p.speaker, actor: p.actor }),
    getJson('/api/events', { q, from, to, page, size, type: p.type, actor: p.actor, country: p.country })]);
  return { articles, quotes, events };
}

/** Renders the search view for the route's filters. */
export async function render(view, arg, params, alive) {
  const values = paramsObject(params);
  const go = (next) => { window.location.hash = hashLink('search', next); };
  const results = el('div', { class: 'search-results' });
  replace(view,
    el('h1', { class: 'view-title' }, values.q ? 'Search' : 'Latest'),
    filterForm(FIELDS, values, go),
    results);
  document.title = values.q ? `${values.q} — Newsgraph` : 'Newsgraph';
  replace(results, loading('results'));
  const { articles, quotes, events } = await fetchLists({ ...values, size: values.size || 10 });
  if (!alive()) return;
  const biggest = [articles, quotes, events].reduce((a, b) => ((b && b.total) > (a && a.total) ? b : a));
  replace(results,
    el('div', { class: 'columns three' },
      listSection('Articles', articles.total, articles.items.map((a) => articleItem(a, values.q, snippet(a.snippet))), 'articles'),
      listSection('Quotes', quotes.total, quotes.items.map(quoteItem), 'quotes'),
      listSection('Events', events.total, events.items.map(eventItem), 'events')),
    pager(biggest, (page) => go({ ...values, page })));
}
