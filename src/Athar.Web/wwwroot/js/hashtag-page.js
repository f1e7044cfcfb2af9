// Hashtag pages: without a tag, every hashtag with its counts; with one, the articles carrying it and
// the events they report.
import { el, clear, dataText, param } from './dom.js';
import { getJson } from './api.js';
import { t } from './i18n.js';
import { renderLayout, showError } from './layout.js';
import { renderResults } from './results.js';
import { countList } from './counts.js';

renderLayout('hashtag');
const page = document.getElementById('page');
const status = document.getElementById('status');
const tag = param('tag');
try {
  if (tag) {
    const tags = await getJson('/api/hashtags', { limit: 1000 });
    const label = tags.find((h) => h.key === tag)?.label ?? `#${tag.replaceAll(' ', '_')}`;
    page.prepend(el('h1', {}, `${t('hashtag')}: `, dataText('span', label)));
    renderResults(page, await getJson('/api/search', { hashtag: tag, limit: 50 }));
    page.append(el('p', {}, el('a', { href: '/hashtag.html' }, t('allHashtags'))));
  } else {
    page.prepend(el('h1', {}, t('allHashtags')));
    const tags = await getJson('/api/hashtags', { limit: 200 });
    page.append(el('section', { class: 'card' }, countList(tags, (h) => `/hashtag.html?tag=${encodeURIComponent(h.key)}`)));
  }
  clear(status);
} catch (error) {
  showError(status, error);
}
