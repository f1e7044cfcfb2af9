// The article page: the original text with the annotation layers the pipeline found (dates, places,
// actors, event triggers, whereabouts claims, hashtags), each a toggle; hover a mark to see its reading.
import { el, dataText, markedText, isArabic, param, safeLink, ltr } from './dom.js';
import { getJson } from './api.js';
import { t } from './i18n.js';
import { renderLayout, showError, showMessage } from './layout.js';
import { typeLabel } from './types.js';

renderLayout('article');
const page = document.getElementById('page');
const status = document.getElementById('status');

// For each layer: which spans to mark and what a mark's tooltip says.
const layers = {
  dates: (d) => [[d.span, `${d.start ?? '?'} – ${d.end ?? '?'} (${d.precision})`]],
  places: (p) => [[p.span, `${p.name}${p.nameAr ? ` · ${p.nameAr}` : ''}, ${p.country} (${p.precision})`]],
  entities: (e) => [[e.span, `${e.name} (${e.kind})`]],
  events: (e) => [[e.trigger.span, `${typeLabel(e.type)} — ${e.acled.eventType} / ${e.acled.subEventType}`]],
  claims: (c) => [[c.trigger.span, `${c.actor.name}: ${c.movement} → ${c.place.name} (${t(`certainty_${c.certainty}`)})`], [c.placeText.span, c.place.name]],
  hashtags: (h) => [[h.span, h.phrase]],
};

const id = param('id')?.trim() ?? '';
if (!id) showMessage(status, t('noArticleId'));
else try {
  const data = await getJson(`/api/articles/${encodeURIComponent(id)}`);
  const a = data.article;
  const ranges = Object.entries(layers).flatMap(([layer, spans]) => (data.annotations[layer] ?? []).flatMap((item) =>
    spans(item).map(([span, title]) => ({ start: span.start, end: span.end, className: `l-${layer}`, title }))));
  const rtl = isArabic(data.text);
  const text = el('div', { class: 'article-text full', id: 'article-text', dir: rtl ? 'rtl' : 'auto', lang: rtl ? 'ar' : null }, markedText(data.text, ranges));
  const toggles = el('div', { class: 'layer-toggles' }, Object.keys(layers).map((layer) => {
    const box = el('input', { type: 'checkbox', checked: true });
    box.addEventListener('change', () => text.classList.toggle(`hide-${layer}`, !box.checked));
    return el('label', {}, box, el('mark', { class: `l-${layer}` }, `${t(`layer_${layer}`)} (${(data.annotations[layer] ?? []).length})`));
  }));
  page.append(el('section', { class: 'card' },
    el('h1', {}, dataText('span', a.title ?? a.externalId ?? `#${a.id}`)),
    el('p', { class: 'muted' }, a.outlet ? `${t('outlet')}: ${a.outlet} · ` : '', a.published ? [`${t('published')}: `, ltr(a.published), ' · '] : '',
      a.url ? safeLink(a.url, t('link')) : '', a.duplicateOf ? [' · ', el('a', { href: `/article.html?id=${a.duplicateOf}` }, `${t('duplicateOf')} ${a.duplicateOf}`)] : '')),
  el('section', { class: 'card' }, el('h2', {}, t('annotations')), toggles), el('section', { class: 'card' }, el('h2', {}, t('text')), text));
  status.remove();
} catch (error) {
  showError(status, error);
}
