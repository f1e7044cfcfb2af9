// «Most mentioned» lists: each term with the number of articles naming it and a bar to compare.
import { el, dataText } from './dom.js';
import { t } from './i18n.js';

export function countList(items, linkFor) {
  const max = Math.max(1, ...items.map((i) => i.articles));
  return el('ol', { class: 'counts' }, items.map((item) => {
    const bar = el('span', { class: 'bar-inline' });
    bar.style.width = `${Math.round((item.articles / max) * 6 * 100) / 100}rem`; // CSSOM: allowed by the CSP
    return el('li', {},
      el('a', { href: linkFor(item) }, dataText('span', item.label)),
      el('span', { class: 'muted', title: `${item.mentions} ${t('mentions')}` }, `${item.articles} ${t('articlesCount')}`, bar));
  }));
}
