// A histogram of events over time (SVG built with DOM calls) with a brush: dragging across the bars picks
// a date range, a click clears it. Bars sit at their real dates, so gaps in the record stay visible.
import { el, clear } from './dom.js';
import { t } from './i18n.js';

const svgNs = 'http://www.w3.org/2000/svg';
const svg = (tag, attributes = {}) => {
  const node = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
};

const day = 86400000;
const toTime = (iso) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (time) => new Date(time).toISOString().slice(0, 10);

function bucketEnd(start, bucket) {
  const d = new Date(toTime(start));
  if (bucket === 'year') d.setUTCFullYear(d.getUTCFullYear() + 1);
  else if (bucket === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + 1);
  return d.getTime();
}

/**
 * Draws the bars into the container. selection is {from, to} or null; onBrush(from, to) is called with ISO
 * days (both null when cleared).
 */
export function drawTimeline(container, { bucket, bars }, selection, onBrush) {
  clear(container);
  const width = Math.max(300, container.clientWidth || 800);
  const height = 110;
  const [top, bottom, side] = [8, 22, 8];
  if (bars.length === 0) {
    container.append(el('p', { class: 'muted' }, t('noEvents')));
    return;
  }
  const first = toTime(bars[0].start);
  const last = bucketEnd(bars[bars.length - 1].start, bucket);
  const x = (time) => side + ((time - first) / Math.max(day, last - first)) * (width - 2 * side);
  const invert = (px) => first + ((px - side) / (width - 2 * side)) * (last - first);
  const max = Math.max(...bars.map((b) => b.events));
  const chart = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, class: 'timeline-chart', role: 'img', 'aria-label': t('timeline') });
  for (const bar of bars) {
    const x0 = x(toTime(bar.start));
    const x1 = x(bucketEnd(bar.start, bucket));
    const h = Math.max(2, (bar.events / max) * (height - top - bottom));
    const inRange = !selection || ((!selection.from || bucketEnd(bar.start, bucket) > toTime(selection.from)) && (!selection.to || bar.start <= selection.to));
    const rect = svg('rect', { x: x0 + 0.5, y: height - bottom - h, width: Math.max(1.5, x1 - x0 - 1), height: h, class: inRange ? 'bar' : 'bar outside' });
    const title = svg('title');
    title.textContent = `${bar.start}: ${bar.events} ${t('events')}`;
    rect.append(title);
    chart.append(rect);
  }
  for (let year = new Date(first).getUTCFullYear(); year <= new Date(last).getUTCFullYear(); year++) {
    const time = Date.UTC(year, 0, 1);
    if (time < first || time > last || x(time) > width - 28) continue; // no label cut at the edge
    chart.append(svg('line', { x1: x(time), x2: x(time), y1: height - bottom, y2: height - bottom + 4, class: 'tick' }));
    const label = svg('text', { x: x(time) + 2, y: height - 6, class: 'tick-label' });
    label.textContent = String(year);
    chart.append(label);
  }
  const brush = svg('rect', { x: 0, y: top, width: 0, height: height - top - bottom, class: 'brush' });
  if (selection?.from || selection?.to) {
    const a = x(selection.from ? toTime(selection.from) : first);
    const b = x(selection.to ? toTime(selection.to) + day : last);
    brush.setAttribute('x', Math.min(a, b));
    brush.setAttribute('width', Math.abs(b - a));
  }
  chart.append(brush);
  let start = null;
  const local = (event) => event.clientX - chart.getBoundingClientRect().left;
  chart.addEventListener('pointerdown', (event) => {
    start = local(event);
    chart.setPointerCapture(event.pointerId);
    brush.setAttribute('x', start);
    brush.setAttribute('width', 0);
  });
  chart.addEventListener('pointermove', (event) => {
    if (start === null) return;
    const now = local(event);
    brush.setAttribute('x', Math.min(start, now));
    brush.setAttribute('width', Math.abs(now - start));
  });
  chart.addEventListener('pointerup', (event) => {
    if (start === null) return;
    const end = local(event);
    const [a, b] = [Math.min(start, end), Math.max(start, end)];
    start = null;
    if (b - a < 3) onBrush(null, null);
    else onBrush(toIso(Math.max(first, invert(a))), toIso(Math.min(last - day, invert(b))));
  });
  container.append(chart);
}
