// Pieces shared by the views: links between views, category chips, quote and event lines,
// filter forms and pagers. Every value from the API goes in as text.

import { el } from './dom.js';
import { categoryClass, speakerClass, CATEGORIES } from './colors.js';

/** A hash route: hashLink('article/ID', {span: '3-9'}) → '#/article/ID?span=3-9'. */
export function hashLink(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const tail = query.toString();
  return `#/${path}${tail ? `?${tail}` : ''}`;
}

/** The article view, optionally at a span (code points) with a record pinned. */
export function articleHref(id, { start, end, q, pin } = {}) {
  const span = Number.isInteger(start) && Number.isInteger(end) ? `${start}-${end}` : undefined;
  return hashLink(`article/${encodeURIComponent(id)}`, { q, span, pin });
}

/** The actor page of an actor code or an exact entity name. */
export function actorHref(key) {
  return hashLink(`actor/${encodeURIComponent(key)}`);
}

/** A coloured PLOVER category label. */
export function chip(type) {
  return el('span', { class: `chip ${categoryClass(type)}` }, type || '?');
}

/** An actor as "Name CODE", linking the name (entity page) and the code (code page). */
export function actorRef(actor) {
  if (!actor || (!actor.name && !actor.code)) return el('span', { class: 'muted' }, '—');
  const code = actor.code || (actor.actor && actor.actor.code);
  return el('span', { class: 'actor-ref' },
    actor.name ? el('a', { href: actorHref(actor.name) }, actor.name) : null,
    code ? el('a', { class: 'code', href: actorHref(code), title: 'actor code' }, code) : null);
}

/**
 * A speaker's name with their colour swatch, linking to their page when the speaker is a named
 * entity (key: its name); an unnamed speaker ("officials") has no page.
 */
export function speakerRef(name, key) {
  if (!name) return el('span', { class: 'muted' }, 'unattributed');
  const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
  return key
    ? el('a', { class: `speaker ${speakerClass(name)}`, href: actorHref(key) }, swatch, name)
    : el('span', { class: `speaker unnamed ${speakerClass(name)}` }, swatch, name);
}

/** One quotation from /api/quotes or /api/search: who, what, where it was said. */
export function quoteItem(quote) {
  return el('li', { class: `quote-item ${speakerClass(quote.speaker)}` },
    el('div', { class: 'quote-head' },
      speakerRef(quote.speaker, quote.speakerEntity ? quote.speaker : null),
      quote.via ? el('span', { class: 'muted' }, ` via ${quote.via}`) : null,
      el('span', { class: 'kind' }, quote.kind)),
    el('blockquote', { class: 'quote-text' }, quote.text),
    el('div', { class: 'meta' },
      el('a', { href: articleHref(quote.article, { start: quote.start, end: quote.end, pin: `quote:${quote.id}` }) },
        quote.articleTitle || 'Untitled article'),
      quote.published ? ` · ${quote.published}` : ''));
}

/** One event from /api/events or /api/search: category, who → whom, when, where, the sentence. */
export function eventItem(event) {
  const ev = event.evidence || {};
  const flags = [event.negated ? 'negated' : null, event.hypothetical ? 'hypothetical' : null].filter(Boolean);
  return el('li', { class: `event-item ${categoryClass(event.type)}` },
    el('div', { class: 'event-head' },
      chip(event.type),
      event.mode ? el('span', { class: 'mode' }, event.mode) : null,
      el('span', { class: 'who' }, actorRef(event.source), el('span', { class: 'arrow' }, ' → '), actorRef(event.target)),
      el('span', { class: 'when' }, [event.date, event.place && event.place.name].filter(Boolean).join(' · ')),
      flags.length ? el('span', { class: 'flag' }, flags.join(', ')) : null),
    ev.text ? el('a', {
      class: 'evidence',
      href: articleHref(event.article, { start: ev.start, end: ev.end, pin: `event:${event.id}` }),
      title: 'Open the article at this sentence',
    }, ev.text) : null,
    el('div', { class: 'meta' }, event.articleTitle || '', event.numArticles > 1 ? ` · reported in ${event.numArticles} articles` : ''));
}

/** An article hit: title, source, date and the highlighted snippet. */
export function articleItem(hit, q, snippetNodes) {
  return el('li', { class: 'article-item' },
    el('a', { class: 'title', href: articleHref(hit.id, { q }) }, hit.title || 'Untitled article'),
    el('div', { class: 'meta' }, [hit.publisher, hit.published].filter(Boolean).join(' · ')),
    snippetNodes && snippetNodes.length ? el('p', { class: 'snippet' }, snippetNodes) : null);
}

/** A list section with a heading and a count, or a note when empty. */
export function listSection(title, total, items, className) {
  return el('section', { class: `list-section ${className || ''}` },
    el('h2', {}, title, el('span', { class: 'count' }, String(total ?? items.length))),
    items.length ? el('ul', { class: 'items' }, items) : el('p', { class: 'muted' }, 'Nothing found.'));
}

/** A pager for a paged list; calls go(page) on a click. */
export function pager(list, go) {
  const pages = Math.max(1, Math.ceil((list.total || 0) / (list.size || 20)));
  if (pages <= 1) return null;
  const page = list.page || 1;
  return el('nav', { class: 'pager', 'aria-label': 'Pages' },
    el('button', { type: 'button', disabled: page <= 1, onclick: () => go(page - 1) }, '‹ Previous'),
    el('span', {}, `Page ${page} of ${pages}`),
    el('button', { type: 'button', disabled: page >= pages, onclick: () => go(page + 1) }, 'Next ›'));
}

/**
 * A filter form. fields: [{name, label, type: 'text'|'date'|'category'|'select', options}];
 * on submit calls submit(values) with the non-empty values.
 */
export function filterForm(fields, values, submit) {
  const form = el('form', { class: 'filters' });
  for (const field of fields) {
    let input;
    if (field.type === 'category' || field.type === 'select') {
      const options = field.type === 'category' ? CATEGORIES : field.options;
      input = el('select', { name: field.name },
        el('option', { value: '' }, field.any || 'any'),
        options.map((o) => el('option', { value: o, selected: values[field.name] === o }, o)));
    } else {
      input = el('input', {
        name: field.name, type: field.type === 'date' ? 'text' : 'search', value: values[field.name] || '',
        placeholder: field.placeholder || (field.type === 'date' ? 'YYYY-MM-DD' : ''),
        pattern: field.type === 'date' ? '\\d{4}(-\\d{2}(-\\d{2})?)?' : null,
        size: field.size || (field.type === 'date' ? 10 : 16),
      });
    }
    form.append(el('label', { class: `field field-${field.name}` }, el('span', {}, field.label), input));
  }
  form.append(el('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const out = {};
    for (const [key, value] of new FormData(form).entries()) if (String(value).trim()) out[key] = String(value).trim();
    submit(out);
  });
  return form;
}

/** The hash params of the current route as a plain object. */
export function paramsObject(params) {
  return Object.fromEntries(params.entries());
}
