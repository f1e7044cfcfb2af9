// Search hits as lists (the search and hashtag pages): articles with snippets whose matched words are
// marked, then the events those articles report with their evidence sentence.
import { el, dataText, markedText, isArabic, ltr } from './dom.js';
import { t } from './i18n.js';
import { typeLabel } from './types.js';
import { placeName, eventRef, datesOf } from './eventview.js';

function snippet(s) {
  const rtl = isArabic(s.text);
  return el('p', { class: 'snippet', dir: rtl ? 'rtl' : 'auto', lang: rtl ? 'ar' : null },
    markedText(s.text, s.highlights.map((h) => ({ start: h.start, end: h.end, className: 'hit' }))));
}

export function renderResults(target, results) {
  target.append(el('h2', {}, `${t('articles')} (${results.totalArticles})`));
  if (results.relaxed) target.append(el('p', { class: 'muted' }, t('relaxed')));
  if (results.articles.length === 0) target.append(el('p', { class: 'muted', id: 'no-results' }, t('noResults')));
  target.append(el('ol', { class: 'results', id: 'article-hits' }, results.articles.map((hit) => el('li', {},
    el('a', { href: `/article.html?id=${hit.article.id}` }, dataText('strong', hit.article.title ?? hit.article.externalId ?? `#${hit.article.id}`)),
    el('span', { class: 'muted' }, ` ${hit.article.outlet ?? ''} `, hit.article.published ? ltr(hit.article.published) : ''),
    hit.snippets.map(snippet)))));
  target.append(el('h2', {}, `${t('eventsReported')} (${results.totalEvents})`));
  target.append(el('ol', { class: 'results', id: 'event-hits' }, results.events.map((hit) => el('li', {},
    el('a', { href: `/event.html?id=${eventRef(hit.event.id)}` }, `${typeLabel(hit.event.type)} — `, dataText('span', placeName(hit.event.where))),
    el('span', { class: 'muted' }, ' ', datesOf(hit.event.when)),
    snippet(hit.snippet)))));
}
