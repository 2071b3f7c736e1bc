// Small bar charts in SVG, drawn from API figures. Each chart is an image with a text alternative, and the same
// figures are one click away as a table for anyone who cannot see the bars.
import { h, number } from './ui.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 600;
const HEIGHT = 200;
const MARGIN = { top: 10, right: 10, bottom: 30, left: 40 };

function svg(tag, attributes = {}, text) {
  const element = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, value));
  if (text !== undefined) {
    element.textContent = text;
  }
  return element;
}

/**
 * A bar chart: one group of bars per label, one bar per series ({name, key, values}); {@code key} picks the
 * bars' colour class ({@code bar-sent}, {@code bar-failed}, {@code bar-value}). {@code summary} is the text
 * alternative; {@code labelEvery} shows every n-th label under the axis.
 */
export function barChart({ title, summary, labels, series, labelEvery = 1 }) {
  const max = Math.max(1, ...series.flatMap((one) => one.values));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const groupWidth = plotWidth / Math.max(1, labels.length);
  const barWidth = Math.max(1, (groupWidth * 0.8) / series.length);
  const titleId = `chart-${Math.random().toString(36).slice(2)}`;
  const image = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-labelledby': titleId });
  image.append(svg('title', { id: titleId }, `${title}. ${summary}`));
  image.append(svg('line', { class: 'axis', x1: MARGIN.left, y1: MARGIN.top + plotHeight,
    x2: WIDTH - MARGIN.right, y2: MARGIN.top + plotHeight }));
  image.append(svg('text', { x: MARGIN.left - 6, y: MARGIN.top + 8, 'text-anchor': 'end' }, number(max)));
  image.append(svg('text', { x: MARGIN.left - 6, y: MARGIN.top + plotHeight, 'text-anchor': 'end' }, '0'));
  labels.forEach((label, index) => {
    const groupX = MARGIN.left + index * groupWidth + groupWidth * 0.1;
    series.forEach((one, seriesIndex) => {
      const value = one.values[index] || 0;
      const barHeight = (value / max) * plotHeight;
      const bar = svg('rect', { class: `bar-${one.key}`, x: groupX + seriesIndex * barWidth,
        y: MARGIN.top + plotHeight - barHeight, width: barWidth, height: barHeight });
      bar.append(svg('title', {}, `${label}: ${number(value)} ${one.name}`));
      image.append(bar);
    });
    if (index % labelEvery === 0) {
      image.append(svg('text', { x: groupX + (barWidth * series.length) / 2, y: HEIGHT - 12,
        'text-anchor': 'middle' }, label));
    }
  });
  const legend = h('ul', { class: 'legend' }, series.map((one) =>
    h('li', {}, h('span', { class: `swatch swatch-${one.key}`, 'aria-hidden': 'true' }), one.name)));
  const table = h('table', {},
    h('caption', { class: 'visually-hidden', text: title }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'When' }),
      series.map((one) => h('th', { scope: 'col', class: 'number', text: one.name })))),
    h('tbody', {}, labels.map((label, index) => h('tr', {}, h('th', { scope: 'row', text: label }),
      series.map((one) => h('td', { class: 'number', text: number(one.values[index]) }))))));
  return h('figure', { class: 'chart' },
    h('figcaption', {}, h('h3', { text: title })), image, legend,
    h('details', {}, h('summary', { text: 'Show the figures as a table' }), table));
}
