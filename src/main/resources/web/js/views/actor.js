// The actor page: who the actor is (codes, names, titles), what they said, what they did and
// what was done to them over time, and their main counterparts.

import { el, replace, loading } from '../dom.js';
import { getJson } from '../api.js';
import { d3 } from '../d3.js';
import { stackedBars } from '../charts.js';
import { quoteItem, eventItem, actorHref, hashLink } from '../components.js';

/** Renders the profile of an actor code or an exact entity name. */
export async function render(view, key, params, alive) {
  replace(view, loading(key));
  const [lib, actor] = await Promise.all([d3(), getJson(`/api/actors/${encodeURIComponent(key)}`)]);
  if (!alive()) return;
  const name = (actor.names && actor.names[0]) || actor.key || key;
  document.title = `${name} — Newsgraph`;
  const said = actor.quotesBy || { items: [], total: 0 };
  const did = actor.eventsAsSource || { items: [], total: 0 };
  const suffered = actor.eventsAsTarget || { items: [], total: 0 };
  const about = actor.quotesAbout || { items: [], total: 0 };
  const months = actor.countsByMonth || [];
  replace(view,
    el('article', { class: 'actor-view' },
      el('header', { class: 'actor-head' },
        el('h1', {}, name),
        el('p', { class: 'meta' },
          actor.code ? el('a', { class: 'code', href: actorHref(actor.code) }, actor.code) : null,
          [actor.country && `country ${actor.country}`, actor.sector && `sector ${actor.sector}`].filter(Boolean).join(' · ')),
        (actor.titles || []).length ? el('p', { class: 'titles' }, actor.titles.join(' · ')) : null,
        (actor.names || []).length > 1 ? el('p', { class: 'muted names' }, `Also: ${actor.names.slice(1).join(', ')}`) : null,
        el('ul', { class: 'stats' },
          stat(said.total, 'quotations'), stat(did.total, 'events as source'),
          stat(suffered.total, 'events as target'), stat(about.total, 'quotations about'))),
      months.length ? el('section', { class: 'actor-activity' }, el('h2', {}, 'Activity by month'),
        stackedBars(lib, months, { height: 200, interval: 'month',
          onSelect: (period, type) => { window.location.hash = hashLink('timeline', { actor: actor.code || key, period, pick: type }); } }))
        : null,
      el('div', { class: 'columns two' },
        el('section', { class: 'list-section' }, el('h2', {}, 'What they said', el('span', { class: 'count' }, String(said.total))),
          list(said.items, quoteItem)),
        el('section', { class: 'list-section' }, el('h2', {}, 'Main counterparts'), counterparts(actor.counterparts || []))),
      el('div', { class: 'columns two' },
        el('section', { class: 'list-section' }, el('h2', {}, 'What they did', el('span', { class: 'count' }, String(did.total))),
          list(did.items, eventItem)),
        el('section', { class: 'list-section' }, el('h2', {}, 'What was done to them', el('span', { class: 'count' }, String(suffered.total))),
          list(suffered.items, eventItem))),
      about.items.length ? el('section', { class: 'list-section' }, el('h2', {}, 'Quotations about them', el('span', { class: 'count' }, String(about.total))),
        list(about.items, quoteItem)) : null));
}

function stat(n, label) {
  return el('li', {}, el('strong', {}, String(n ?? 0)), ` ${label}`);
}

function list(items, row) {
  return items.length ? el('ul', { class: 'items' }, items.map(row)) : el('p', { class: 'muted' }, 'None.');
}

function counterparts(items) {
  if (!items.length) return el('p', { class: 'muted' }, 'None.');
  const max = Math.max(...items.map((c) => c.events || 0), 1);
  return el('ol', { class: 'counterparts' }, items.slice(0, 15).map((c) =>
    el('li', {},
      el('a', { href: actorHref(c.code || c.name) }, c.name || c.code),
      c.code && c.name ? el('span', { class: 'code' }, c.code) : null,
      el('meter', { min: 0, max, value: c.events || 0, title: `${c.events} events` }),
      el('span', { class: 'n' }, String(c.events)))));
}
