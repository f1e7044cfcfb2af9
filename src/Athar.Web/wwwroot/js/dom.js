// Building the page from data with DOM calls only: every string from the server (article text, names,
// queries echoed back) goes in as a text node or an attribute value, never as markup.

/** An element with attributes (class, href, dir, data-*, …) and children (nodes or strings, as text). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

const arabicLetters = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;

/** True when most letters are Arabic script: the text is then laid out right to left. */
export function isArabic(text) {
  const letters = (text.match(/\p{L}/gu) || []).length;
  return letters > 0 && (text.match(arabicLetters) || []).length * 2 >= letters;
}

/** A paragraph or span of data text with its own direction and language. */
export function dataText(tag, text, attributes = {}) {
  const rtl = isArabic(text ?? '');
  return el(tag, { dir: rtl ? 'rtl' : 'auto', lang: rtl ? 'ar' : null, ...attributes }, text ?? '');
}

/**
 * Text with ranges marked: ranges are {start, end, className, title} relative to the text. Overlapping
 * ranges are cut at every boundary; a piece covered by several takes the innermost (shortest) range's class.
 */
export function markedText(text, ranges) {
  const fragment = document.createDocumentFragment();
  const valid = ranges.filter((r) => r.start >= 0 && r.end <= text.length && r.end > r.start);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(start, end);
    const covering = valid.filter((r) => r.start <= start && end <= r.end).sort((a, b) => (a.end - a.start) - (b.end - b.start));
    if (covering.length === 0) {
      fragment.append(document.createTextNode(piece));
      continue;
    }
    const inner = covering[0];
    fragment.append(el('mark', { class: covering.map((r) => r.className).reverse().join(' '), title: inner.title ?? null, dataset: inner.data ?? {} }, piece));
  }
  return fragment;
}

/** A link only for http(s) addresses (a stored URL is data: «javascript:» must never become a link). */
export function safeLink(url, label, attributes = {}) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:')
      return el('a', { href: parsed.href, rel: 'noopener noreferrer', target: '_blank', ...attributes }, label ?? url);
  } catch { /* not an absolute URL: shown as text */ }
  return dataText('span', url ?? '');
}

export function param(name) {
  return new URLSearchParams(location.search).get(name);
}

/** ISO dates (and numbers) kept left to right inside right-to-left text: 2021-03-14, never 14-03-2021. */
export function ltr(text) {
  return el('bdi', { dir: 'ltr' }, text);
}

export function dateRange(start, end) {
  if (!start) return '';
  return !end || end === start ? start : `${start} – ${end}`;
}
