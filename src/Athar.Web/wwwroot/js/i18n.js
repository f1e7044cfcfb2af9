// Interface labels in English and Arabic, read from /data/labels.json (one row per key: [English, Arabic],
// so a translator edits one file and never this code). The page direction follows the language (Arabic:
// right to left). Data (article text, names) is never translated: it keeps its own direction.

const languages = ['en', 'ar'];

const stored = (() => {
  try { return localStorage.getItem('athar.lang'); } catch { return null; }
})();

export const lang = languages.includes(stored) ? stored : (navigator.language || 'en').startsWith('ar') ? 'ar' : 'en';

const column = languages.indexOf(lang);
const labels = await fetch('/data/labels.json').then((r) => (r.ok ? r.json() : {})).catch(() => ({}));

/** The label for a key in the page's language (English when missing, the key itself when unknown, so a gap shows). */
export function t(key) {
  const row = labels[key];
  return row?.[column] ?? row?.[0] ?? key;
}

/** The label for a key, or the fallback (a value from the data, such as an ACLED name) when no label has it. */
export function tOr(key, fallback) {
  return labels[key]?.[column] ?? fallback;
}

/** Sets the page language and direction and fills every [data-i18n] element (and placeholders). */
export function applyLabels(root = document) {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
}

export function switchLanguage() {
  try { localStorage.setItem('athar.lang', lang === 'ar' ? 'en' : 'ar'); } catch { /* private mode: stays */ }
  location.reload();
}
