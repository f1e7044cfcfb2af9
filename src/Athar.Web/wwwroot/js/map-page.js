// The map page: filters, events as markers (size: fatalities, colour: type, grouped when dense), the
// timeline with its brush, and a side panel with the clicked event's evidence sentence.
/* global L */
import { el, clear, dataText, ltr } from './dom.js';
import { getJson } from './api.js';
import { t } from './i18n.js';
import { renderLayout, showError } from './layout.js';
import { createMap } from './basemap.js';
import { drawTimeline } from './timeline.js';
import { typeLabel, colourOf, radiusFor } from './types.js';
import { eventTitle, eventFacts, typeSwatchStyles, eventRef } from './eventview.js';
import { evidenceSentences, markLegend } from './evidence.js';

const filterNames = ['q', 'from', 'to', 'country', 'actor', 'place', 'bbox'];
const clusterAbove = 300;

renderLayout('map');
const form = document.getElementById('filters');
const status = document.getElementById('status');
const panel = document.getElementById('panel');
const timeline = document.getElementById('timeline');
const bucketSelect = document.getElementById('bucket');
const params = new URLSearchParams(location.search);
const map = await createMap(document.getElementById('map'));
let markers = null;
let fitted = false;
let lastTimeline = null;

await setUpTypes();
fillForm();
form.addEventListener('submit', (event) => {
  event.preventDefault();
  readForm();
  refresh();
});
form.addEventListener('reset', () => {
  setTimeout(() => {
    for (const name of [...filterNames, 'type']) params.delete(name);
    fitted = false;
    refresh();
  });
});
bucketSelect.addEventListener('change', () => {
  params.set('bucket', bucketSelect.value);
  refresh();
});
window.addEventListener('resize', () => lastTimeline && drawTimeline(timeline, lastTimeline, selection(), brushed));
await refresh();

async function setUpTypes() {
  const types = await getJson('/api/types');
  const boxes = document.getElementById('type-boxes');
  const legend = document.getElementById('legend');
  for (const { type } of types) {
    boxes.append(el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'type', value: type }), el('span', { class: 'swatch', dataset: { type } }), typeLabel(type)));
  }
  legend.append(el('p', { class: 'muted' }, t('radiusHint')));
  typeSwatchStyles();
  const actors = await getJson('/api/top', { kind: 'actor', limit: 50 });
  document.getElementById('actor-list').append(...actors.map((a) => el('option', { value: a.key }, a.label)));
}

function fillForm() {
  for (const name of filterNames.filter((n) => n !== 'bbox')) form.elements[name].value = params.get(name) ?? '';
  const chosen = new Set(params.getAll('type').flatMap((v) => v.split(',')));
  for (const box of form.querySelectorAll('input[name=type]')) box.checked = chosen.has(box.value);
  form.elements.view.checked = params.has('bbox');
  bucketSelect.value = params.get('bucket') ?? 'month';
}

function readForm() {
  for (const name of filterNames.filter((n) => n !== 'bbox')) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value);
    else params.delete(name);
  }
  params.delete('type');
  for (const box of form.querySelectorAll('input[name=type]:checked')) params.append('type', box.value);
  if (form.elements.view.checked) {
    const b = map.getBounds();
    params.set('bbox', [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(3)).join(','));
  } else params.delete('bbox');
}

function selection() {
  return { from: params.get('from'), to: params.get('to') };
}

function apiFilters(without = []) {
  const out = new URLSearchParams();
  for (const name of [...filterNames, 'type']) {
    if (without.includes(name)) continue;
    for (const value of params.getAll(name)) out.append(name, value);
  }
  return out;
}

function brushed(from, to) {
  if (from) params.set('from', from); else params.delete('from');
  if (to) params.set('to', to); else params.delete('to');
  fillForm();
  refresh();
}

async function refresh() {
  history.replaceState(null, '', params.toString() ? `?${params}` : location.pathname);
  clear(status).append(t('loading'));
  try {
    const timelineParams = apiFilters(['from', 'to']);
    timelineParams.set('bucket', bucketSelect.value);
    const [geo, bars] = await Promise.all([getJson('/api/events.geojson', apiFilters()), getJson('/api/timeline', timelineParams)]);
    drawMarkers(geo);
    lastTimeline = bars;
    drawTimeline(timeline, bars, selection(), brushed);
    clear(status).append(el('strong', { id: 'marker-count' }, String(geo.returned)), ` ${t('eventsOnMap')}`,
      geo.withoutPlace ? `, ${geo.withoutPlace} ${t('withoutPlace')}` : '', geo.truncated ? ` — ${t('truncated')}` : '');
  } catch (error) {
    showError(status, error);
  }
}

function drawMarkers(geo) {
  if (markers) map.removeLayer(markers);
  const mode = params.get('cluster') ?? 'auto';
  const dense = mode === 'on' || (mode === 'auto' && geo.features.length > clusterAbove);
  markers = dense
    ? L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false, spiderfyOnMaxZoom: true, disableClusteringAtZoom: 11 })
    : L.featureGroup();
  for (const feature of geo.features) {
    const [lon, lat] = feature.geometry.coordinates;
    const p = feature.properties;
    const marker = L.circleMarker([lat, lon], {
      radius: radiusFor(p.fatalities), color: '#1d2731', weight: 1, fillColor: colourOf(p.type), fillOpacity: 0.8,
      className: `event-marker type-${p.type}`,
    });
    marker.bindTooltip(el('span', {}, `${typeLabel(p.type)} — `, dataText('span', p.placeAr ?? p.place), ' ', p.start ? ltr(p.start) : ''), { direction: 'top' });
    marker.on('add', () => { marker.getElement()?.setAttribute('data-event-id', feature.id); });
    marker.on('click', () => openEvent(feature.id, marker));
    markers.addLayer(marker);
  }
  map.addLayer(markers);
  if (!fitted && geo.features.length > 0 && !params.has('bbox')) {
    map.fitBounds(markers.getBounds(), { padding: [30, 30], maxZoom: 8 });
    fitted = true;
  }
}

async function openEvent(id, marker) {
  for (const selected of document.querySelectorAll('.event-marker.selected')) selected.classList.remove('selected');
  marker?.getElement()?.classList.add('selected');
  panel.hidden = false;
  clear(panel).append(t('loading'));
  try {
    const view = await getJson(`/api/events/${encodeURIComponent(id)}`);
    const close = el('button', { type: 'button', class: 'close', 'aria-label': t('close') }, '×');
    close.addEventListener('click', () => { panel.hidden = true; });
    const e = view.event;
    clear(panel).append(close, eventTitle(e), eventFacts(e), el('h3', {}, t('evidence')));
    for (const source of view.sources) {
      panel.append(el('p', { class: 'source-line' }, dataText('span', source.article.outlet ?? source.article.title ?? source.article.externalId ?? `#${source.article.id}`),
        source.article.published ? [' · ', ltr(source.article.published)] : '', source.independent ? '' : el('span', { class: 'badge' }, t('notIndependent'))));
      panel.append(...evidenceSentences(source));
    }
    panel.append(markLegend(view.sources.flatMap((s) => s.marks.map((m) => m.role))),
      el('p', {}, el('a', { href: `/event.html?id=${eventRef(id)}`, class: 'button' }, t('openEvent'))));
    typeSwatchStyles(panel);
  } catch (error) {
    showError(panel, error);
  }
}
