// Tables of API listings: a caption, sortable column headers (buttons, announced with aria-sort), and a pager.
import { h, number } from './ui.js';

/**
 * A table of {@code rows}. Each column: {@code label}, {@code cell(row)} (text or a node), optionally
 * {@code sortKey} (the API's sort name) and {@code numeric}. With {@code sort} ({key, descending}) and
 * {@code onSort(key)}, sortable columns get a button in their header.
 */
export function dataTable({ caption, columns, rows, sort, onSort, empty = 'Nothing here yet.' }) {
  const header = h('tr', {}, columns.map((column) => {
    const sorted = sort && column.sortKey === sort.key;
    const ariaSort = sorted ? (sort.descending ? 'descending' : 'ascending') : null;
    const label = column.sortKey && onSort
      ? h('button', { type: 'button', onClick: () => onSort(column.sortKey) },
        column.label, sorted ? (sort.descending ? ' ▼' : ' ▲') : '')
      : column.label;
    return h('th', { scope: 'col', class: column.numeric ? 'number' : null, 'aria-sort': ariaSort }, label);
  }));
  const body = rows.length
    ? rows.map((row) => h('tr', {}, columns.map((column) =>
      h('td', { class: column.numeric ? 'number' : null }, column.cell(row)))))
    : [h('tr', {}, h('td', { colspan: columns.length, class: 'empty', text: empty }))];
  return h('div', { class: 'table-scroll' },
    h('table', {}, h('caption', { text: caption }), h('thead', {}, header), h('tbody', {}, body)));
}

/** "Page 2 of 7 (63 events)" with previous and next buttons; {@code onPage(n)} loads page n. */
export function pager({ page, size, total, totalExact = true }, noun, onPage) {
  const pages = Math.max(1, Math.ceil(total / size));
  const count = `${number(total)}${totalExact ? '' : '+'} ${noun}`;
  return h('nav', { class: 'pager', 'aria-label': `Pages of ${noun}` },
    h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onClick: () => onPage(page - 1) },
      'Previous page'),
    h('span', { text: `Page ${page} of ${pages}${totalExact ? '' : '+'} (${count})` }),
    h('button', { type: 'button', class: 'secondary', disabled: page >= pages && totalExact,
      onClick: () => onPage(page + 1) }, 'Next page'));
}
