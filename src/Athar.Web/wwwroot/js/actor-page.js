// The actor page — the founding question on one page: where the actor (or its members and leaders) was
// reported, when, doing what, how surely, by how many independent sources; on a map in date order.
/* global L */
import { el, clear, dataText, param } from './dom.js';
import { getJson } from './api.js';
import { t } from './i18n.js';
import { renderLayout, showError } from './layout.js';
import { createMap } from './basemap.js';
import { typeLabel, colourOf } from './types.js';
import { placeName, eventRef, datesOf } from './eventview.js';

renderLayout('actor');
const page = document.getElementById('page');
const status = document.getElementById('status');
const id = param('id') ?? '';

const form = el('form', { class: 'card', method: 'get', action: '/actor.html' },
  el('input', { name: 'id', dir: 'auto', value: id, placeholder: t('findActor'), maxlength: 200, required: true }), ' ',
  el('button', { type: 'submit' }, t('show')));
page.prepend(form);

if (id) {
  try {
    const report = await getJson(`/api/actors/${encodeURIComponent(id)}/whereabouts`);
    const names = report.actors.length ? report.actors.map((a) => `${a.name} (${a.articles} ${t('articlesNaming')})`).join(' · ') : report.query;
    document.title = `Athar · ${t('whereabouts')}: ${report.actors[0]?.name ?? report.query}`;
    const mapBox = el('div', { class: 'small-map', id: 'whereabouts-map' });
    page.append(el('h1', {}, `${t('whereaboutsOf')} `, dataText('span', names)),
      el('p', { class: 'muted' }, `${report.entries.length} ${t('entries')}`), mapBox,
      el('ol', { class: 'entries', id: 'entries' }, report.entries.map(entry)));
    clear(status);
    await drawPath(mapBox, report.entries);
  } catch (error) {
    showError(status, error);
  }
} else clear(status);

function entry(e, index) {
  const what = e.eventId ? typeLabel(e.what) : e.what.split('/').map((m) => t(`movement_${m}`)).join('، ');
  const certainties = Object.entries(e.certainties).map(([c, n]) => el('span', { class: `certainty certainty-${c}` }, `${t(`certainty_${c}`)} ×${n}`));
  return el('li', { dataset: { index: index + 1 } },
    el('div', { class: 'entry-head' }, `${index + 1}. `, datesOf(e.when), ' — ', dataText('span', placeName(e.where)),
      e.where ? ` (${e.where.country})` : ''),
    el('div', {}, `${t('what')}: ${what} · ${t('role')}: ${t(`role_${e.role}`)} · `, ...certainties,
      ` · ${e.independentSources} ${t('independent')} / ${e.sources} ${t('sources')}`,
      e.eventId ? [' · ', el('a', { href: `/event.html?id=${eventRef(e.eventId)}` }, t('openEvent'))] : ''),
    e.evidence.map((v) => el('blockquote', { class: 'evidence evidence-sentence' }, dataText('span', v.text),
      el('div', { class: 'muted' }, v.attribution ? dataText('span', v.attribution) : '', ' ', el('a', { href: `/article.html?id=${v.articleId}` }, t('openArticle'))))));
}

async function drawPath(box, entries) {
  const placed = entries.map((e, i) => ({ e, i })).filter(({ e }) => e.where);
  if (placed.length === 0) {
    box.remove();
    return;
  }
  const map = await createMap(box);
  const points = placed.map(({ e }) => [e.where.lat, e.where.lon]);
  L.polyline(points.filter((_, i) => placed[i].e.when), { className: 'whereabouts-path', weight: 2, dashArray: '4 4' }).addTo(map);
  placed.forEach(({ e, i }, k) => {
    L.circleMarker(points[k], { radius: 7, color: '#1d2731', weight: 1, fillColor: e.eventId ? colourOf(e.what) : '#ffffff', fillOpacity: 0.9, className: 'whereabouts-marker' })
      .bindTooltip(el('span', {}, `${i + 1}. `, datesOf(e.when), ' — ', dataText('span', placeName(e.where))))
      .addTo(map);
  });
  map.fitBounds(L.latLngBounds(points), { padding: [30, 30], maxZoom: 8 });
}
