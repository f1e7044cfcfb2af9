// «Most mentioned» (the seed site's «الأكثر قراءة» box, made useful): the actors, places and hashtags
// named in the most articles, each linked to its whereabouts, its events on the map, or its articles.
import { el, clear } from './dom.js';
import { getJson } from './api.js';
import { t } from './i18n.js';
import { renderLayout, showError } from './layout.js';
import { countList } from './counts.js';

renderLayout('top');
const page = document.getElementById('page');
const status = document.getElementById('status');
// A country is filtered by its code; any other place by its name, which also matches a province (admin1).
const placeLink = (p) => (/^[A-Z]{2}$/.test(p.key) ? `/?country=${p.key}` : `/?place=${encodeURIComponent(p.label)}`);
try {
  const [actors, places, hashtags] = await Promise.all([
    getJson('/api/top', { kind: 'actor', limit: 25 }), getJson('/api/top', { kind: 'place', limit: 25 }), getJson('/api/hashtags', { limit: 25 })]);
  page.prepend(el('h1', {}, t('mostMentioned')));
  page.append(el('div', { class: 'columns' },
    el('section', { class: 'card', id: 'top-actors' }, el('h2', {}, t('actors')), countList(actors, (a) => `/actor.html?id=${encodeURIComponent(a.key)}`)),
    el('section', { class: 'card', id: 'top-places' }, el('h2', {}, t('places')), countList(places, placeLink)),
    el('section', { class: 'card', id: 'top-hashtags' }, el('h2', {}, t('hashtags')), countList(hashtags, (h) => `/hashtag.html?tag=${encodeURIComponent(h.key)}`))));
  clear(status);
} catch (error) {
  showError(status, error);
}
