// The article view: the cleaned text with entities, quotes (coloured by speaker), event
// triggers, dates and places highlighted at their offsets; hovering shows the records under
// the pointer in the inspector, clicking pins them. #/article/ID?span=S-E marks and scrolls to
// a span (an event's sentence, a quote); pin=event:V1 opens that record; q= marks the words.

import { el, replace, loading, externalLink } from '../dom.js';
import { getJson } from '../api.js';
import { CodePointText } from '../offsets.js';
import { highlightedText } from '../highlight.js';
import { speakerClass, categoryClass } from '../colors.js';
import { chip, actorRef, speakerRef, articleHref, actorHref } from '../components.js';

const LAYERS = [
  ['quote', 'Quotes'], ['trigger', 'Events'], ['entity', 'Entities'], ['place', 'Places'], ['date', 'Dates'],
];

/** Renders one article by id. */
export async function render(view, id, params, alive) {
  replace(view, loading('the article'));
  const record = await getJson(`/api/articles/${encodeURIComponent(id)}`);
  if (!alive()) return;
  const article = record.article || {};
  const text = new CodePointText(article.text);
  const records = indexRecords(record);
  const focus = parseSpan(params.get('span'), text.length);
  const spans = [...articleSpans(record), ...searchHits(text, params.get('q'))];
  if (focus) spans.push({ ...focus, layer: 'focus', ref: '' });

  const title = article.title || firstWords(text.text);
  document.title = `${title} — Newsgraph`;
  const body = el('div', { class: 'article-text', id: 'article-text', lang: article.language || 'en' },
    highlightedText(text, spans));
  const inspector = el('aside', { class: 'inspector', id: 'inspector', 'aria-live': 'polite' });
  const showHint = () => replace(inspector, el('p', { class: 'muted hint' },
    'Hover over a highlight to see its record; click to keep it here.'));
  showHint();

  let pinned = null;
  const show = (target) => {
    const chain = [];
    for (let node = target && target.closest('.hl'); node && body.contains(node); node = node.parentElement.closest('.hl')) {
      const found = records.get(`${node.dataset.kind}:${node.dataset.ref}`);
      if (found && !chain.includes(found)) chain.push(found);
    }
    if (chain.length) replace(inspector, chain.map((r) => card(r, record)));
    return chain.length > 0;
  };
  body.addEventListener('mouseover', (e) => { if (!pinned) show(e.target); });
  body.addEventListener('mouseleave', () => { if (!pinned) showHint(); });
  body.addEventListener('click', (e) => {
    for (const old of body.querySelectorAll('.pinned')) old.classList.remove('pinned');
    pinned = show(e.target) ? e.target.closest('.hl') : null;
    if (pinned) pinned.classList.add('pinned');
    else showHint();
  });

  const legend = el('div', { class: 'legend', role: 'group', 'aria-label': 'Layers' },
    LAYERS.map(([layer, label]) => {
      const box = el('input', { type: 'checkbox', checked: true, dataset: { layer } });
      box.addEventListener('change', () => body.classList.toggle(`hide-${layer}`, !box.checked));
      return el('label', { class: `legend-item legend-${layer}` }, box, el('span', { class: 'sample' }), label);
    }));

  replace(view,
    el('article', { class: 'article-view', dataset: { id: article.id } },
      el('header', { class: 'article-head' },
        el('h1', { class: 'article-title' }, title),
        el('p', { class: 'meta' },
          [article.publisher, article.published && `published ${article.published}${article.publishedSource ? ` (${article.publishedSource})` : ''}`]
            .filter(Boolean).join(' · '),
          article.url ? el('span', {}, ' · ', externalLink(article.url, 'original')) : null,
          record.story && record.story !== article.id ? el('span', {}, ' · ', el('a', { href: articleHref(record.story) }, 'first in its story')) : null,
          el('span', { class: 'id', title: article.id }, ` · ${String(article.id || '').slice(0, 12)}`)),
        legend),
      el('div', { class: 'article-grid' }, body, inspector),
      el('div', { class: 'article-lists' },
        recordList('Quotes', record.quotes, (q) => quoteRow(q, article.id, record)),
        recordList('Events', record.events, (e) => eventRow(e, article.id)),
        recordList('Entities', record.entities, (e) => entityRow(e))),
      apart(article)));

  const pin = params.get('pin');
  if (pin && records.has(pin)) replace(inspector, card(records.get(pin), record));
  const mark = view.querySelector('#focus');
  if (mark) mark.scrollIntoView({ block: 'center' });
}

function indexRecords(record) {
  const map = new Map();
  for (const e of record.entities || []) map.set(`entity:${e.id}`, { kind: 'entity', value: e });
  for (const q of record.quotes || []) map.set(`quote:${q.id}`, { kind: 'quote', value: q });
  for (const v of record.events || []) {
    map.set(`event:${v.id}`, { kind: 'event', value: v });
    map.set(`trigger:${v.id}`, map.get(`event:${v.id}`));
    map.set(`mention:${v.id}`, map.get(`event:${v.id}`));
  }
  (record.dates || []).forEach((d, i) => map.set(`date:${i}`, { kind: 'date', value: d }));
  (record.places || []).forEach((p, i) => map.set(`place:${i}`, { kind: 'place', value: p }));
  return map;
}

function articleSpans(record) {
  const spans = [];
  for (const q of record.quotes || []) {
    const speaker = q.speaker && q.speaker.name;
    spans.push({ start: q.start, end: q.end, layer: 'quote', ref: q.id, classes: `${speakerClass(speaker)} ${q.kind}` });
  }
  for (const v of record.events || []) {
    if (v.trigger) spans.push({ start: v.trigger.start, end: v.trigger.end, layer: 'trigger', ref: v.id, classes: categoryClass(v.type) });
    for (const m of (v.mentions || []).slice(1)) {
      spans.push({ start: m.start, end: m.end, layer: 'mention', ref: v.id, classes: categoryClass(v.type) });
    }
  }
  for (const e of record.entities || []) {
    for (const m of e.mentions || []) spans.push({ start: m.start, end: m.end, layer: 'entity', ref: e.id, classes: `type-${e.type}` });
  }
  // A place named as an entity too is drawn once, as a place inside the entity.
  const named = new Set(spans.filter((s) => s.layer === 'entity').map((s) => `${s.start}-${s.end}`));
  (record.places || []).forEach((p, i) => {
    for (const m of p.mentions || []) {
      spans.push({ start: m.start, end: m.end, layer: 'place', ref: String(i), classes: named.has(`${m.start}-${m.end}`) ? 'named' : '' });
    }
  });
  (record.dates || []).forEach((d, i) => spans.push({ start: d.start, end: d.end, layer: 'date', ref: String(i) }));
  return spans;
}

// The query's words, found case-insensitively, as code point spans.
function searchHits(text, q) {
  const words = String(q || '').match(/[\p{L}\p{N}]{2,}/gu) || [];
  if (!words.length) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu');
  const spans = [];
  for (const m of text.text.matchAll(pattern)) {
    spans.push({ start: text.point(m.index), end: text.point(m.index + m[0].length), layer: 'hit', ref: '' });
  }
  return spans;
}

function parseSpan(value, length) {
  const m = /^(\d+)-(\d+)$/.exec(value || '');
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return start < end && end <= length ? { start, end } : null;
}

function firstWords(text) {
  const line = text.split('\n')[0] || 'Untitled article';
  return line.length > 90 ? `${line.slice(0, 88).replace(/\s+\S*$/, '')}…` : line;
}

// ---- the inspector's record cards -------------------------------------------------------

function card({ kind, value }, record) {
  const entity = (id) => (record.entities || []).find((e) => e.id === id);
  if (kind === 'quote') {
    const speaker = value.speaker || {};
    const speakerEntity = entity(speaker.entity);
    return el('section', { class: `card card-quote ${speakerClass(speaker.name)}`, dataset: { record: `quote:${value.id}` } },
      el('h3', {}, `Quote ${value.id}`, el('span', { class: 'kind' }, value.kind)),
      el('blockquote', {}, value.text),
      fields([
        ['speaker', speakerRef(speaker.name, speakerEntity && speakerEntity.name)],
        ['title', speakerEntity && speakerEntity.title],
        ['actor', speakerEntity && speakerEntity.actor && actorRef({ code: speakerEntity.actor.code })],
        ['via', value.via], ['cue', value.cue], ['part of', value.partOf],
        ['offsets', `${value.start}–${value.end}`],
      ]));
  }
  if (kind === 'event') {
    const place = value.location;
    return el('section', { class: `card card-event ${categoryClass(value.type)}`, dataset: { record: `event:${value.id}` } },
      el('h3', {}, chip(value.type), ` Event ${value.id}`),
      fields([
        ['source', eventActor(value.source)],
        ['target', eventActor(value.target)],
        ['mode', value.mode], ['CAMEO', value.cameo], ['quad class', value.quadClass],
        ['Goldstein', value.goldstein], ['date', value.date && `${value.date}${value.dateSource ? ` (${value.dateSource})` : ''}`],
        ['place', place && [place.name, place.country, place.lat != null ? `${place.lat}, ${place.lon}` : null].filter(Boolean).join(' · ')],
        ['confidence', value.confidence != null ? Number(value.confidence).toFixed(2) : null],
        ['reported by', value.reportedBy && value.reportedBy.name],
        ['negated', value.negated ? 'yes' : null], ['hypothetical', value.hypothetical ? 'yes' : null],
        ['trigger', value.trigger && value.trigger.text],
      ]),
      value.evidence ? el('a', { class: 'evidence', href: articleHref(record.article.id, { start: value.evidence.start, end: value.evidence.end, pin: `event:${value.id}` }) },
        value.evidence.text) : null);
  }
  if (kind === 'entity') {
    return el('section', { class: 'card card-entity', dataset: { record: `entity:${value.id}` } },
      el('h3', {}, el('a', { href: actorHref(value.name) }, value.name), el('span', { class: 'kind' }, value.type)),
      fields([
        ['title', value.title],
        ['actor', value.actor && actorRef({ code: value.actor.code })],
        ['country', value.actor && value.actor.country], ['sector', value.actor && value.actor.sector],
        ['mentions', (value.mentions || []).length],
      ]));
  }
  if (kind === 'date') {
    return el('section', { class: 'card card-date' },
      el('h3', {}, 'Date', el('span', { class: 'kind' }, value.text)),
      fields([['value', value.value], ['relation', value.relation], ['anchor', value.anchor], ['anchored to', value.anchorText]]));
  }
  return el('section', { class: 'card card-place' },
    el('h3', {}, 'Place', el('span', { class: 'kind' }, value.name)),
    fields([['country', value.country], ['coordinates', value.lat != null ? `${value.lat}, ${value.lon}` : null]]));
}

function eventActor(actor) {
  if (!actor) return null;
  return el('span', {}, actorRef({ name: actor.name, code: actor.actor && actor.actor.code }));
}

function fields(rows) {
  return el('dl', { class: 'fields' },
    rows.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

// ---- the lists under the text -----------------------------------------------------------

function recordList(title, items, row) {
  const list = items || [];
  return el('section', { class: `record-list list-${title.toLowerCase()}` },
    el('h2', {}, title, el('span', { class: 'count' }, String(list.length))),
    list.length ? el('ul', { class: 'items' }, list.map(row)) : el('p', { class: 'muted' }, 'None.'));
}

function quoteRow(q, id, record) {
  const speaker = q.speaker && q.speaker.name;
  const entity = q.speaker && q.speaker.entity && (record.entities || []).find((e) => e.id === q.speaker.entity);
  return el('li', { class: `quote-row ${speakerClass(speaker)}`, dataset: { quote: q.id } },
    el('a', { href: articleHref(id, { start: q.start, end: q.end, pin: `quote:${q.id}` }), class: 'jump' }, q.id),
    speakerRef(speaker, entity && entity.name), el('span', { class: 'kind' }, q.kind),
    el('span', { class: 'quote-text' }, q.text));
}

function eventRow(v, id) {
  const at = v.evidence || {};
  return el('li', { class: `event-row ${categoryClass(v.type)}` },
    el('a', { href: articleHref(id, { start: at.start, end: at.end, pin: `event:${v.id}` }), class: 'jump event-link', dataset: { event: v.id } }, v.id),
    chip(v.type),
    eventActor(v.source), el('span', { class: 'arrow' }, ' → '), eventActor(v.target),
    el('span', { class: 'when' }, v.date || ''),
    v.trigger ? el('span', { class: 'trigger-text' }, `“${v.trigger.text}”`) : null);
}

function entityRow(e) {
  return el('li', { class: 'entity-row' },
    el('a', { href: actorHref(e.name) }, e.name),
    el('span', { class: 'kind' }, e.type),
    e.title ? el('span', { class: 'muted' }, e.title) : null,
    e.actor && e.actor.code ? el('a', { class: 'code', href: actorHref(e.actor.code) }, e.actor.code) : null);
}

// What cleaning removed and the embedded posts, listed apart from the text.
function apart(article) {
  const removed = article.removed || [];
  const embeds = article.embeds || [];
  return el('section', { class: 'apart' },
    el('div', {},
      el('h2', {}, 'Removed by cleaning', el('span', { class: 'count' }, String(removed.length))),
      removed.length ? el('ul', { class: 'items removed' }, removed.map((r) => el('li', {}, el('span', { class: 'kind' }, r.kind), el('span', { class: 'removed-text' }, r.text))))
        : el('p', { class: 'muted' }, 'Nothing.')),
    el('div', {},
      el('h2', {}, 'Embedded posts', el('span', { class: 'count' }, String(embeds.length))),
      embeds.length ? el('ul', { class: 'items embeds' }, embeds.map((m) => el('li', {},
        el('span', { class: 'kind' }, m.platform || 'post'),
        [m.author, m.handle, m.date].filter(Boolean).join(' · '), ' ',
        m.url ? externalLink(m.url, 'link') : null)))
        : el('p', { class: 'muted' }, 'None.')));
}
