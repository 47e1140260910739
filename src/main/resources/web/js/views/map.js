// The map of event locations: a circle per place sized by its events over a Natural Earth
// outline (vendored, served by the application); a click lists the events there.

import { el, replace, loading } from '../dom.js';
import { getJson } from '../api.js';
import { d3, loadScript } from '../d3.js';
import { categoryLegend } from '../charts.js';
import { eventItem, filterForm, hashLink, paramsObject, pager } from '../components.js';
import { CATEGORIES } from '../colors.js';

const FIELDS = [
  { name: 'type', label: 'Category', type: 'category' },
  { name: 'from', label: 'From', type: 'date' },
  { name: 'to', label: 'To', type: 'date' },
];

let world = null;

function loadWorld() {
  world = world || loadScript('/vendor/topojson-client.min.js')
    .then(() => fetch('/vendor/countries-110m.json'))
    .then((r) => r.json())
    .then((topology) => window.topojson.feature(topology, topology.objects.countries));
  return world;
}

/** Renders the map for the route's filters; place= lists that place's events. */
export async function render(view, arg, params, alive) {
  const values = paramsObject(params);
  const go = (next) => { window.location.hash = hashLink('map', next); };
  const box = el('div', { class: 'chart-box map' }, loading('the map'));
  const below = el('div', { class: 'map-events' });
  replace(view, el('h1', { class: 'view-title' }, 'Event locations'), filterForm(FIELDS, values, go),
    categoryLegend(CATEGORIES, values.type, (type) => go({ ...values, type, place: undefined })), box, below);
  document.title = 'Map — Newsgraph';
  const [lib, countries, places] = await Promise.all([d3(), loadWorld(), getJson('/api/places', { type: values.type, from: values.from, to: values.to })]);
  if (!alive()) return;
  const located = places.items.filter((p) => p.lat != null && p.lon != null);
  const unlocated = places.items.filter((p) => p.lat == null || p.lon == null);
  replace(box,
    el('p', { class: 'muted summary' }, `${located.length} ${located.length === 1 ? 'place' : 'places'} with coordinates; click one to list its events.`),
    draw(lib, countries, located, (place) => go({ ...values, place: place.name })),
    unlocated.length ? el('p', { class: 'unlocated' }, el('strong', {}, 'Without coordinates: '),
      unlocated.map((p, i) => [i ? ', ' : '', el('a', { href: hashLink('map', { ...values, place: p.name }) }, p.name), ` (${p.events})`])) : null);
  if (values.place) {
    const list = await getJson('/api/events', { place: values.place, type: values.type, from: values.from, to: values.to, page: values.page, size: 50 });
    if (!alive()) return;
    replace(below,
      el('h2', {}, `Events in ${values.place}`, el('span', { class: 'count' }, String(list.total))),
      el('ul', { class: 'items events' }, list.items.map(eventItem)),
      pager(list, (page) => go({ ...values, page })));
    below.scrollIntoView({ block: 'start' });
  }
}

function draw(d3, countries, places, onPick) {
  const width = 1000;
  const height = 520;
  const projection = d3.geoNaturalEarth1().fitExtent([[10, 10], [width - 10, height - 10]], { type: 'Sphere' });
  const path = d3.geoPath(projection);
  const svg = d3.create('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('class', 'chart world')
    .attr('role', 'img').attr('aria-label', 'Map of event locations');
  svg.append('path').attr('class', 'sphere').attr('d', path({ type: 'Sphere' }));
  svg.append('path').attr('class', 'graticule').attr('d', path(d3.geoGraticule10()));
  svg.append('g').selectAll('path').data(countries.features).join('path').attr('class', 'country').attr('d', path)
    .append('title').text((f) => f.properties.name);
  const r = d3.scaleSqrt().domain([1, d3.max(places, (p) => p.events) || 1]).range([3.5, 22]);
  svg.append('g').selectAll('circle').data([...places].sort((a, b) => b.events - a.events)).join('circle')
    .attr('class', 'place').attr('tabindex', 0)
    .attr('cx', (p) => projection([p.lon, p.lat])[0]).attr('cy', (p) => projection([p.lon, p.lat])[1])
    .attr('r', (p) => r(p.events))
    .on('click', (event, p) => onPick(p))
    .append('title').text((p) => `${p.name}${p.country ? `, ${p.country}` : ''}: ${p.events} events`);
  return svg.node();
}
