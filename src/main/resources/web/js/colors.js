// Colours: one per PLOVER category and one per speaker, defined once in css/app.css and read
// here for the charts, so the article, the lists and the charts always agree.

/** The 16 PLOVER categories, in quad-class order (verbal/material cooperation, verbal/material conflict). */
export const CATEGORIES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE',
  'COOPERATE', 'AID', 'RETREAT',
  'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN',
  'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

const SPEAKER_COLOURS = 10;

/** The CSS colour of a PLOVER category (grey for an unknown one). */
export function categoryColour(type) {
  const value = getComputedStyle(document.documentElement).getPropertyValue(`--cat-${type}`).trim();
  return value || '#777';
}

/** The class giving a speaker the same colour everywhere: sp-0 … sp-9 by a hash of the name. */
export function speakerClass(name) {
  const key = String(name || '').trim().toLowerCase();
  if (!key) return 'sp-none';
  let hash = 0;
  for (const ch of key) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return `sp-${hash % SPEAKER_COLOURS}`;
}

/** The CSS class of a PLOVER category (sets --c for chips, triggers and bars). */
export function categoryClass(type) {
  return CATEGORIES.includes(type) ? `cat-${type}` : 'cat-unknown';
}
