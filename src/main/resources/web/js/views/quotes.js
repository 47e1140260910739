// The quote browser: who said what, filtered by speaker, date and words; each quote links to
// its article with the quotation marked.

import { el, replace, loading } from '../dom.js';
import { getJson } from '../api.js';
import { quoteItem, pager, filterForm, hashLink, paramsObject } from '../components.js';

const FIELDS = [
  { name: 'speaker', label: 'Speaker', placeholder: 'name or actor code' },
  { name: 'q', label: 'Words', placeholder: 'in the quotation', size: 24 },
  { name: 'from', label: 'From', type: 'date' },
  { name: 'to', label: 'To', type: 'date' },
];

/** Renders the quote list for the route's filters. */
export async function render(view, arg, params, alive) {
  const values = paramsObject(params);
  const go = (next) => { window.location.hash = hashLink('quotes', next); };
  const list = el('div', { class: 'quote-list' }, loading('quotes'));
  replace(view, el('h1', { class: 'view-title' }, 'Quotes'), filterForm(FIELDS, values, go), list);
  document.title = 'Quotes — Newsgraph';
  const data = await getJson('/api/quotes', { ...values, size: values.size || 50 });
  if (!alive()) return;
  replace(list,
    el('p', { class: 'muted summary' }, `${data.total} quotations`),
    el('ul', { class: 'items quotes' }, data.items.map(quoteItem)),
    pager(data, (page) => go({ ...values, page })));
}
