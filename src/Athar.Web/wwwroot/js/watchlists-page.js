// Watch-lists (`athar watch add`): each list's filter, schedule and delivery, its Atom feed, and its latest
// digest — new events, events with new sources, new whereabouts claims and first sightings at a place, each
// with its evidence sentence (in its own direction) and source links.
import { el, clear, dataText, safeLink } from './dom.js';
import { getJson } from './api.js';
import { t } from './i18n.js';
import { renderLayout, showError } from './layout.js';

renderLayout('watchlists');
const page = document.getElementById('page');
const status = document.getElementById('status');
const kinds = ['first-at-place', 'new-event', 'more-sources', 'new-claim'];

function dates(when) {
  if (!when) return t('undated');
  return when.start === when.end ? when.start : `${when.start} – ${when.end}`;
}

function item(i) {
  const where = i.where ? `${i.where.nameAr ?? i.where.name}, ${i.where.country}` : t('placeUnknown');
  const line = el('p', { class: 'digest-line' }, el('bdi', { dir: 'ltr' }, dates(i.when)), ' · ', el('bdi', {}, where), ' · ',
    i.what.replaceAll('_', ' '), ' · ', i.certainty, i.actor ? el('bdi', {}, ` · ${i.actor}`) : null,
    i.eventId ? [' · ', el('a', { href: `/event.html?id=${encodeURIComponent(i.eventId)}` }, t('event'))] : null);
  const evidence = i.evidence.map((s) => el('div', { class: 'evidence' },
    dataText('blockquote', s.sentence),
    el('p', { class: 'source' }, safeLink(s.url, s.title ?? s.outlet ?? s.url), s.published ? ` (${s.published})` : '')));
  return el('li', {}, line, evidence);
}

function digest(d) {
  const sections = kinds.map((kind) => [kind, d.items.filter((i) => i.kind === kind)]).filter(([, items]) => items.length > 0)
    .map(([kind, items]) => el('section', { class: `digest-${kind}` }, el('h3', {}, t(`digest-${kind}`)), el('ul', {}, items.map(item))));
  return el('div', { class: 'digest' }, el('p', { class: 'muted' }, `${t('digestMade')} ${d.made.slice(0, 16).replace('T', ' ')} UTC`), sections);
}

function card(list) {
  const latest = list.digests[0];
  return el('section', { class: 'card watchlist', id: `watch-${list.name}` },
    el('h2', {}, el('bdi', {}, list.name)),
    el('p', {}, el('bdi', {}, list.filter)),
    el('p', { class: 'muted' }, `${list.schedule} · ${list.delivery.join(', ')} · `, el('a', { href: list.feed, class: 'atom', type: 'application/atom+xml' }, t('atomFeed'))),
    latest ? digest(latest) : el('p', { class: 'muted' }, t('noDigest')));
}

try {
  const lists = await getJson('/api/watchlists');
  page.prepend(el('h1', {}, t('watchLists')));
  page.append(lists.length === 0 ? el('p', {}, t('noWatchLists')) : el('div', {}, lists.map(card)));
  clear(status);
} catch (error) {
  showError(status, error);
}
