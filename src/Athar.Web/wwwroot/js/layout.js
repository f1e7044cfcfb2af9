// The header every page shares (brand, navigation, search box, language switch), the footer, and the
// error line a page shows when the API refuses a request.
import { el, clear } from './dom.js';
import { t, applyLabels, switchLanguage } from './i18n.js';

export function renderLayout(current) {
  applyLabels();
  const header = document.getElementById('site');
  const nav = [
    ['/', 'map', 'map'],
    ['/top.html', 'mostMentioned', 'top'],
    ['/hashtag.html', 'hashtags', 'hashtag'],
    ['/watchlists.html', 'watchLists', 'watchlists'],
  ].map(([href, key, page]) => el('a', { href, class: page === current ? 'current' : null, 'aria-current': page === current ? 'page' : null }, t(key)));
  const input = el('input', { type: 'search', name: 'q', id: 'site-q', placeholder: t('searchPlaceholder'), maxlength: 1000, dir: 'auto', required: true });
  const q = new URLSearchParams(location.search).get('q');
  if (current === 'search' && q) input.value = q;
  const form = el('form', { action: '/search.html', method: 'get', role: 'search', class: 'site-search' },
    input, el('button', { type: 'submit' }, t('go')));
  const language = el('button', { type: 'button', class: 'language', lang: t('language') === 'English' ? 'en' : 'ar' }, t('language'));
  language.addEventListener('click', switchLanguage);
  clear(header).append(el('a', { href: '/', class: 'brand' }, el('span', { lang: 'ar' }, 'أثر'), ' Athar'), el('nav', {}, nav), form, language);
  const footer = document.getElementById('credits');
  if (footer) footer.textContent = t('credit');
}

/** Shows an API error (its problem detail) in the page's status line, as text. */
export function showError(target, error) {
  clear(target).append(el('p', { class: 'error', role: 'alert' }, `${t('error')}: ${error.message}`));
}

/** Shows a note (not an error) in the page's status line, as text. */
export function showMessage(target, message) {
  clear(target).append(el('p', { class: 'note', role: 'status' }, message));
}
