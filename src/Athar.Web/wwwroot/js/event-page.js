// The event page: the fused event's fields and ACLED coding, its corroboration, a small map, and every
// source article with what it reports and the evidence sentence highlighted in the original text.
/* global L */
import { el, dataText, param, safeLink, ltr } from './dom.js';
import { getJson } from './api.js';
import { t } from './i18n.js';
import { renderLayout, showError, showMessage } from './layout.js';
import { createMap } from './basemap.js';
import { eventTitle, eventFacts, typeSwatchStyles } from './eventview.js';
import { evidenceSentences, articleWithEvidence, markLegend } from './evidence.js';
import { colourOf, radiusFor } from './types.js';

renderLayout('event');
const page = document.getElementById('page');
const status = document.getElementById('status');

const id = param('id')?.trim() ?? '';
if (!id) showMessage(status, t('noEventId'));
else try {
  const view = await getJson(`/api/events/${encodeURIComponent(id)}`);
  const e = view.event;
  document.title = `Athar · ${e.type} ${e.when?.start ?? ''}`;
  const mapBox = el('div', { class: 'small-map', id: 'event-map' });
  page.append(el('section', { class: 'card', id: 'event' }, eventTitle(e, 'h1'), eventFacts(e), e.where ? mapBox : ''));
  page.append(el('h2', {}, `${t('sourcesTitle')} (${view.sourcesTotal > view.sources.length ? `${view.sources.length} / ${view.sourcesTotal}` : view.sources.length})`),
    markLegend(view.sources.flatMap((s) => s.marks.map((m) => m.role))));
  const texts = await Promise.all(view.sources.map((s) => getJson(`/api/articles/${s.article.id}`).catch(() => null)));
  view.sources.forEach((source, i) => page.append(sourceCard(source, texts[i], i === 0)));
  typeSwatchStyles();
  for (const box of page.querySelectorAll('.article-text')) scrollToEvidence(box);
  if (e.where) {
    const map = await createMap(mapBox, { center: [e.where.lat, e.where.lon], zoom: 7 });
    L.circleMarker([e.where.lat, e.where.lon], { radius: radiusFor(e.fatalities), color: '#1d2731', weight: 1, fillColor: colourOf(e.type), fillOpacity: 0.85, className: 'event-marker' }).addTo(map);
  }
  status.remove();
} catch (error) {
  showError(status, error);
}

function sourceCard(source, article, open) {
  const a = source.article;
  const r = source.report;
  const heading = el('h3', {},
    el('a', { href: `/article.html?id=${a.id}` }, dataText('span', a.title ?? a.externalId ?? `#${a.id}`)),
    el('span', { class: 'badge' }, source.independent ? t('independentSource') : t('notIndependent')));
  const meta = el('p', { class: 'muted' },
    a.outlet ? `${t('outlet')}: ${a.outlet} · ` : '', a.published ? [`${t('published')}: `, ltr(a.published), ' · '] : '',
    a.url ? safeLink(a.url, t('link')) : '');
  const says = el('dl', { class: 'facts' },
    fact('mark_trigger', r.trigger?.text), fact('mark_date', r.when?.text), fact('mark_place', r.where ? `${r.where.text} → ${r.where.nameAr ?? r.where.name}` : null),
    fact('mark_agent', r.agent?.text), fact('mark_target', r.target?.text), fact('mark_fatalities', r.fatalities?.text),
    fact('mark_attribution', r.attribution?.text), fact('mark_certainty', r.certaintyCue?.text));
  const card = el('section', { class: 'card source', dataset: { article: a.id } }, heading, meta, el('h4', {}, t('reportSays')), says,
    el('h4', {}, t('evidence')), ...evidenceSentences(source));
  if (article) card.append(el('details', { open }, el('summary', {}, t('wholeArticle')), articleWithEvidence(article.text, source)));
  return card;
}

function fact(key, value) {
  return value ? [el('dt', {}, t(key)), el('dd', {}, dataText('span', value))] : [];
}

function scrollToEvidence(box) {
  const first = box.querySelector('mark.evidence-sentence');
  if (first) box.scrollTop = Math.max(0, first.offsetTop - 40);
}
