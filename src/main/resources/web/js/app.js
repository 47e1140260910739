// Hash routing: #/search, #/article/ID?q=..&span=S-E, #/quotes, #/actor/KEY, #/timeline,
// #/network, #/map. Each view is a module loaded on first use, so the first page loads only
// what it shows. <body data-ready="VIEW"> says when a view has finished drawing.

import { replace, errorBox } from './dom.js';
import { hashLink } from './components.js';

const VIEWS = {
  search: () => import('./views/search.js'),
  article: () => import('./views/article.js'),
  quotes: () => import('./views/quotes.js'),
  actor: () => import('./views/actor.js'),
  timeline: () => import('./views/timeline.js'),
  network: () => import('./views/network.js'),
  map: () => import('./views/map.js'),
};

let generation = 0;

async function route() {
  const match = (window.location.hash || '#/search').match(/^#\/([^/?]*)(?:\/([^?]*))?(?:\?(.*))?$/);
  const name = match && VIEWS[match[1]] ? match[1] : 'search';
  const arg = match && match[2] ? decodeURIComponent(match[2]) : '';
  const params = new URLSearchParams((match && match[3]) || '');
  const mine = ++generation;
  const alive = () => mine === generation;
  const view = document.getElementById('view');
  document.body.dataset.view = name;
  delete document.body.dataset.ready;
  for (const link of document.querySelectorAll('.main-nav a')) {
    link.classList.toggle('active', link.dataset.view === name);
  }
  const globalQ = document.getElementById('global-q');
  if (name === 'search' && document.activeElement !== globalQ) globalQ.value = params.get('q') || '';
  try {
    const module = await VIEWS[name]();
    if (!alive()) return;
    await module.render(view, arg, params, alive);
  } catch (error) {
    if (alive()) replace(view, errorBox(error));
  }
  if (alive()) {
    document.body.dataset.ready = name;
    performance.mark(`newsgraph:ready:${name}`); // for measuring the time to first view
  }
}

document.getElementById('global-search').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = document.getElementById('global-q').value.trim();
  window.location.hash = hashLink('search', { q });
});
window.addEventListener('hashchange', route);
route();
