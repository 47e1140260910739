// Builds the highlighted article text from spans that may nest or overlap (an entity inside a
// quote inside an event's sentence). The text is cut at every span boundary; each piece is
// wrapped in the spans covering it, outermost first, and a span that crosses another's end is
// split into pieces that share its data-ref, so the DOM stays a tree and every layer shows.

import { el } from './dom.js';

// Outer layers first when two spans start and end at the same place.
const RANK = { focus: 0, evidence: 1, quote: 2, trigger: 3, mention: 4, entity: 5, place: 6, date: 7, hit: 8 };

/**
 * Returns a fragment of the text with spans wrapped in <span class="hl LAYER ...">.
 * @param {import('./offsets.js').CodePointText} text
 * @param {{start:number,end:number,layer:string,ref?:string,classes?:string,label?:string}[]} spans code point offsets
 */
export function highlightedText(text, spans) {
  const valid = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end && s.start >= 0 && s.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end || (RANK[a.layer] ?? 9) - (RANK[b.layer] ?? 9) || String(a.ref).localeCompare(String(b.ref)));
  valid.forEach((s, i) => { s.order = i; });
  const bounds = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);

  const root = document.createDocumentFragment();
  const stack = [{ span: null, node: root }];
  let active = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i];
    const to = bounds[i + 1];
    active = active.filter((s) => s.end > from);
    while (next < valid.length && valid[next].start === from) active.push(valid[next++]);
    active.sort((a, b) => a.order - b.order);
    let kept = 0;
    while (kept < active.length && kept + 1 < stack.length && stack[kept + 1].span === active[kept]) kept++;
    stack.length = kept + 1;
    for (let j = kept; j < active.length; j++) {
      const node = spanNode(active[j], from > active[j].start);
      stack[stack.length - 1].node.append(node);
      stack.push({ span: active[j], node });
    }
    appendText(stack[stack.length - 1].node, text.slice(from, to));
  }
  return root;
}

function spanNode(span, continued) {
  const node = el('span', {
    class: ['hl', span.layer, span.classes, continued ? 'cont' : ''].filter(Boolean).join(' '),
    dataset: { kind: span.layer, ref: span.ref ?? '' },
  });
  if (span.label) node.title = span.label;
  if (span.layer === 'focus' && !continued) node.id = 'focus';
  return node;
}

// Newlines become blocks, so paragraphs get room while textContent keeps the exact text.
function appendText(parent, text) {
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (i > 0) parent.append(el('span', { class: 'pbreak' }, '\n'));
    if (line) parent.append(document.createTextNode(line));
  });
}
