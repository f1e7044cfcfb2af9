// The search page. The query is shown back as text, whatever it contains.
import { el, clear, param } from './dom.js';
import { getJson } from './api.js';
import { t } from './i18n.js';
import { renderLayout, showError } from './layout.js';
import { renderResults } from './results.js';

renderLayout('search');
const page = document.getElementById('page');
const status = document.getElementById('status');
const q = param('q') ?? '';
page.prepend(el('h1', { id: 'search-heading' }, `${t('results')}: «`, el('span', { dir: 'auto', id: 'query-echo' }, q), '»'));
try {
  renderResults(page, await getJson('/api/search', { q, limit: 30 }));
  clear(status);
} catch (error) {
  showError(status, error);
}
