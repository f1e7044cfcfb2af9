// The sentences behind an event, in the article's own language and direction, with the words that back
// each field (trigger, date, place, actors, counts, hedges) marked and labelled.
import { el, dataText, markedText, isArabic } from './dom.js';
import { t } from './i18n.js';

const markRange = (mark, offset) => ({
  start: mark.span.start - offset,
  end: mark.span.end - offset,
  className: `role-${mark.role}`,
  title: t(`mark_${mark.role}`),
  data: { role: mark.role },
});

/** Each evidence sentence of a source as a highlighted paragraph, its marks inside. */
export function evidenceSentences(source) {
  return source.sentences.map((sentence) => {
    const inside = source.marks.filter((m) => m.span.start >= sentence.span.start && m.span.end <= sentence.span.end);
    const rtl = isArabic(sentence.text);
    return el('p', { class: 'evidence evidence-sentence', dir: rtl ? 'rtl' : 'auto', lang: rtl ? 'ar' : null },
      markedText(sentence.text, inside.map((m) => markRange(m, sentence.span.start))));
  });
}

/** The whole article text with the evidence sentences highlighted and the marks inside them. */
export function articleWithEvidence(text, source) {
  const ranges = [
    ...source.sentences.map((s) => ({ start: s.span.start, end: s.span.end, className: 'evidence-sentence', title: t('evidence') })),
    ...source.marks.map((m) => markRange(m, 0)),
  ];
  const rtl = isArabic(text);
  return el('div', { class: 'article-text', dir: rtl ? 'rtl' : 'auto', lang: rtl ? 'ar' : null }, markedText(text, ranges));
}

/** A legend of the mark colours used in evidence. */
export function markLegend(roles) {
  return el('p', { class: 'mark-legend' }, [...new Set(roles)].map((role) => el('mark', { class: `role-${role}` }, t(`mark_${role}`))));
}

export { dataText };
