// How an event is described everywhere (map panel, event page, search results): its title, its fields
// with the ACLED coding, and its corroboration.
import { el, dataText, dateRange, ltr } from './dom.js';
import { t, tOr, lang } from './i18n.js';
import { typeLabel, colourOf } from './types.js';

// Catalogue actors' Arabic names, for the Arabic interface (other actors keep the name the article gave).
const arabicNames = lang === 'ar' ? await fetch('/api/actors/names').then((r) => (r.ok ? r.json() : {})).catch(() => ({})) : {};

/** An event's id as the CLI and the CSV write it (and the API reads it). */
export const eventRef = (id) => `ATH${id}`;

/** An actor's name in the interface's language. */
export const actorName = (party) => (party.id && arabicNames[party.id]) || party.name;

/** The dates of an event or entry, left to right whatever the page's direction, or «undated». */
export const datesOf = (when) => (when?.start ? ltr(dateRange(when.start, when.end)) : t('undated'));

const precisionOf = (value) => tOr(`precision_${value}`, value);

export const placeName = (where) => (where ? [where.nameAr, where.name].filter(Boolean).join(' · ') : '—');

export function eventTitle(e, tag = 'h2') {
  return el(tag, { class: 'event-title' },
    el('span', { class: 'swatch', dataset: { type: e.type } }), `${typeLabel(e.type)} — `,
    dataText('span', e.where?.nameAr ?? e.where?.name ?? '—'), ' (', datesOf(e.when), ')');
}

const row = (label, ...value) => [el('dt', {}, label), el('dd', {}, ...value)];

const actorLink = (party) => (party
  ? el('a', { href: `/actor.html?id=${encodeURIComponent(party.key)}`, dir: 'auto' }, actorName(party))
  : '—');

/** The fields of a fused event, as a definition list. */
export function eventFacts(e) {
  const w = e.where;
  const fatalities = e.fatalities === null ? '—' : e.fatalitiesMax > e.fatalities ? `${e.fatalities}–${e.fatalitiesMax}` : String(e.fatalities);
  return el('dl', { class: 'facts' },
    row(t('eventId'), ltr(eventRef(e.id))),
    row(t('date'), datesOf(e.when), e.when ? el('span', { class: 'muted' }, ` (${t('precision')}: ${precisionOf(e.when.precision)})`) : ''),
    row(t('location'), dataText('span', placeName(w)), w ? el('span', { class: 'muted' }, ` (${t('precision')}: ${precisionOf(w.precision)})`) : ''),
    w ? row(t('admin1'), `${w.admin1 ?? '—'}, ${w.country}`) : [],
    w ? row(t('coordinates'), el('span', { dir: 'ltr' }, `${w.lat.toFixed(4)}, ${w.lon.toFixed(4)}`)) : [],
    row(t('acled'), el('span', { dir: 'auto' }, `${tOr(`acled_${e.acled.eventType}`, e.acled.eventType)} / ${tOr(`acled_${e.acled.subEventType}`, e.acled.subEventType)}`)),
    row(t('agent'), actorLink(e.agent)),
    row(t('target'), actorLink(e.target)),
    row(t('fatalities'), fatalities),
    row(t('certainty'), el('span', { class: `certainty certainty-${e.certainty}` }, t(`certainty_${e.certainty}`))),
    row(t('corroboration'), el('strong', { class: 'corroboration' }, String(e.independentSources)), ` ${t('independent')} / ${e.sources} ${t('sources')}`));
}

export function typeSwatchStyles(root = document) {
  // Colours come from one table (types.js): applied through the CSSOM, which the CSP allows.
  for (const swatch of root.querySelectorAll('.swatch[data-type]')) swatch.style.backgroundColor = colourOf(swatch.dataset.type);
}
