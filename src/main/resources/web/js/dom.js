// DOM building without innerHTML: article text is hostile input, so every piece of it becomes a
// text node and every link is checked before it becomes an href.

/** Creates an element; attrs: class, dataset, on<event> handlers, other attributes; children: nodes or text. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'href') node.setAttribute('href', safeHref(value));
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends nodes or strings (as text) to a node, skipping null and false. */
export function append(node, children) {
  for (const child of [children].flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces a node's children. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** Only in-app hash links, site-relative paths and http(s) URLs; anything else (javascript:, data:) becomes '#'. */
export function safeHref(value) {
  const text = String(value);
  if (text.startsWith('#') || (text.startsWith('/') && !text.startsWith('//'))) return text;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  } catch (e) {
    return '#';
  }
}

/** An external link that opens without the opener or a referrer. */
export function externalLink(url, label) {
  const href = safeHref(url);
  if (href === '#') return document.createTextNode(label || String(url));
  return el('a', { href, rel: 'noopener noreferrer', target: '_blank', class: 'external' }, label || href);
}

/**
 * Turns a server snippet (HTML-escaped text with <mark> around hits) into nodes without parsing
 * it as HTML: split on the two mark tags, unescape the five entities, keep all else as text.
 */
export function snippet(html) {
  const out = [];
  const parts = String(html || '').split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) out.push(marked ? el('mark', {}, unescape(part)) : unescape(part));
  }
  return out;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text) {
  return text.replace(/&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g, (m, name, dec, hex) => {
    if (name) return ENTITIES[name];
    const cp = dec ? Number(dec) : parseInt(hex, 16);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

/** A "loading" placeholder. */
export function loading(what) {
  return el('p', { class: 'muted loading' }, `Loading ${what}…`);
}

/** An error box naming what failed. */
export function errorBox(error) {
  return el('p', { class: 'error', role: 'alert' }, String(error && error.message ? error.message : error));
}
