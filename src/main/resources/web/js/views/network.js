// The actor network: who acts on whom, an arrow per (source, target, category) weighted by
// the number of events, filterable by category and dates. A click on an actor opens its page.

import { el, replace, loading } from '../dom.js';
import { getJson } from '../api.js';
import { d3 } from '../d3.js';
import { categoryColour, categoryClass } from '../colors.js';
import { categoryLegend } from '../charts.js';
import { filterForm, hashLink, paramsObject, actorHref } from '../components.js';

const FIELDS = [
  { name: 'type', label: 'Category', type: 'category' },
  { name: 'from', label: 'From', type: 'date' },
  { name: 'to', label: 'To', type: 'date' },
  { name: 'min', label: 'Min. events', placeholder: '1', size: 3 },
];

/** Renders the network for the route's filters. */
export async function render(view, arg, params, alive) {
  const values = paramsObject(params);
  const go = (next) => { window.location.hash = hashLink('network', next); };
  const box = el('div', { class: 'chart-box network' }, loading('the network'));
  const legend = el('div', {});
  replace(view, el('h1', { class: 'view-title' }, 'Actor network'), filterForm(FIELDS, values, go), legend, box);
  document.title = 'Network — Newsgraph';
  const [lib, data] = await Promise.all([d3(), getJson('/api/network', { type: values.type, from: values.from, to: values.to, min: values.min || 1 })]);
  if (!alive()) return;
  if (!data.nodes.length) {
    replace(box, el('p', { class: 'muted' }, 'No events between coded actors for these filters.'));
    return;
  }
  replace(legend, categoryLegend([...new Set(data.edges.map((e) => e.type))], values.type, (type) => go({ ...values, type })));
  replace(box,
    el('p', { class: 'muted summary' }, `${data.nodes.length} actors, ${data.edges.length} links; arrows run from source to target, thicker for more events.`),
    draw(lib, data));
}

function draw(d3, data) {
  const width = 1100;
  const height = Math.max(560, Math.min(1000, 220 + data.nodes.length * 12));
  const nodes = data.nodes.map((n) => ({ ...n }));
  const known = new Set(nodes.map((n) => n.id));
  const edges = data.edges.filter((e) => known.has(e.source) && known.has(e.target)).map((e) => ({ ...e }));
  // Parallel links between one pair bend apart so each category stays visible.
  const seen = new Map();
  for (const e of edges) {
    const pair = [e.source, e.target].sort().join('|');
    e.bend = seen.get(pair) || 0;
    seen.set(pair, e.bend + 1);
  }
  const radius = d3.scaleSqrt().domain([1, d3.max(nodes, (n) => n.events) || 1]).range([5, 26]);
  const stroke = d3.scaleSqrt().domain([1, d3.max(edges, (e) => e.weight) || 1]).range([1.2, 7]);
  const simulation = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(edges).id((n) => n.id).distance(170).strength(0.15))
    .force('charge', d3.forceManyBody().strength(-900))
    .force('collide', d3.forceCollide((n) => radius(n.events) + 26))
    .force('x', d3.forceX(width / 2).strength(0.05))
    .force('y', d3.forceY(height / 2).strength(0.08))
    .stop();
  for (let i = 0; i < 320; i++) simulation.tick(); // laid out once, so the picture is stable
  for (const n of nodes) {
    n.x = Math.max(40, Math.min(width - 40, n.x));
    n.y = Math.max(30, Math.min(height - 30, n.y));
  }

  const svg = d3.create('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('class', 'chart network-graph')
    .attr('role', 'img').attr('aria-label', 'Network of actors');
  const defs = svg.append('defs');
  for (const type of new Set(edges.map((e) => e.type))) {
    defs.append('marker').attr('id', `arrow-${type}`).attr('viewBox', '0 -5 10 10').attr('refX', 10).attr('refY', 0)
      .attr('markerUnits', 'userSpaceOnUse').attr('markerWidth', 9).attr('markerHeight', 9).attr('orient', 'auto')
      .append('path').attr('d', 'M0,-5L10,0L0,5').attr('fill', categoryColour(type));
  }
  svg.append('g').attr('class', 'edges').selectAll('path').data(edges).join('path')
    .attr('class', (e) => `edge ${categoryClass(e.type)}`)
    .attr('fill', 'none').attr('stroke', (e) => categoryColour(e.type)).attr('stroke-opacity', 0.75)
    .attr('stroke-width', (e) => stroke(e.weight)).attr('marker-end', (e) => `url(#arrow-${e.type})`)
    .attr('d', (e) => edgePath(e, radius))
    .append('title').text((e) => `${e.source.label || e.source.id} → ${e.target.label || e.target.id}: ${e.type} × ${e.weight}`);
  const node = svg.append('g').attr('class', 'nodes').selectAll('a').data(nodes).join('a')
    .attr('href', (n) => actorHref(n.id)).attr('class', 'node');
  node.append('circle').attr('cx', (n) => n.x).attr('cy', (n) => n.y).attr('r', (n) => radius(n.events));
  node.append('text').attr('x', (n) => n.x).attr('y', (n) => n.y + radius(n.events) + 12).attr('text-anchor', 'middle')
    .text((n) => n.label || n.id);
  node.append('title').text((n) => `${n.label || n.id} (${n.id}): ${n.events} events`);
  return svg.node();
}

// A curve from the edge of the source circle to the edge of the target circle.
function edgePath(e, radius) {
  const sx = e.source.x;
  const sy = e.source.y;
  const tx = e.target.x;
  const ty = e.target.y;
  const dx = tx - sx;
  const dy = ty - sy;
  const length = Math.hypot(dx, dy) || 1;
  if (e.source === e.target) {
    const r = radius(e.source.events);
    return `M${sx},${sy - r} a${r},${r} 0 1,1 ${r},${r}`;
  }
  const bend = (e.bend % 2 ? -1 : 1) * (8 + 16 * Math.ceil(e.bend / 2));
  const mx = (sx + tx) / 2 - (dy / length) * bend;
  const my = (sy + ty) / 2 + (dx / length) * bend;
  const rs = radius(e.source.events);
  const rt = radius(e.target.events) + 2;
  const a = Math.hypot(mx - sx, my - sy) || 1;
  const b = Math.hypot(tx - mx, ty - my) || 1;
  return `M${sx + ((mx - sx) / a) * rs},${sy + ((my - sy) / a) * rs} Q${mx},${my} ${tx - ((tx - mx) / b) * rt},${ty - ((ty - my) / b) * rt}`;
}
