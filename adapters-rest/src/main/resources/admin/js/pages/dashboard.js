// The dashboard: what the board holds, how notifications go, and what the background jobs did last.
import { get } from '../api.js';
import { barChart } from '../chart.js';
import { badge, dateTime, errorBox, h, number, replace } from '../ui.js';

const STATUSES = ['scheduled', 'ongoing', 'completed', 'cancelled'];
const QUEUE = ['queued', 'sending', 'sent', 'failed'];
/** Fields of GET / that the dashboard shows on their own; any other object there is shown as it comes. */
const SERVICE_FIELDS = new Set(['service', 'version', 'status', 'role', 'scheduler_interval_seconds', 'job_intervals',
  'last_runs']);

function card(title, ...content) {
  return h('section', { class: 'card' }, h('h2', { text: title }), ...content);
}

function figures(entries) {
  return h('dl', { class: 'figures' }, entries.flatMap(([label, value]) => [h('dt', { text: label }),
    h('dd', {}, value)]));
}

/** Loads one part of the page; a failure shows its message where the part would be. */
async function part(slot, load, show) {
  try {
    replace(slot, show(await load()));
  } catch (error) {
    replace(slot, errorBox(error));
  }
}

function boardCards(board) {
  const byStatus = board.events_by_status;
  return h('div', { class: 'cards' },
    card('Events by status', figures(STATUSES.map((status) => [status, number(byStatus[status])]))),
    card('Bookings today', h('p', { class: 'figure', text: number(board.bookings_today) }),
      h('p', { class: 'hint' }, 'since ', dateTime(board.today_starts_at))),
    card('Notifications in the last hour', figures([['sent', number(board.sent_last_hour)],
      ['failed', number(board.failed_last_hour)]])));
}

function queueCard(stats) {
  return card('Notification queue', figures(QUEUE.map((status) => [status, number(stats[status])])),
    h('p', { class: 'hint', text: 'All nodes; refreshed every few seconds.' }));
}

/** The chart of notifications sent and failed per hour, also used on the notifications page. */
export function hourlyChart(hours) {
  const labels = hours.map((entry) => new Date(entry.hour).toLocaleTimeString([], { hour: '2-digit',
    minute: '2-digit' }));
  const sent = hours.map((entry) => entry.sent);
  const failed = hours.map((entry) => entry.failed);
  const total = (values) => values.reduce((sum, value) => sum + value, 0);
  return barChart({
    title: `Notifications sent and failed per hour, last ${hours.length} hours`,
    summary: `${number(total(sent))} sent and ${number(total(failed))} failed in these hours.`,
    labels,
    series: [{ name: 'sent', key: 'sent', values: sent }, { name: 'failed', key: 'failed', values: failed }],
    labelEvery: Math.max(1, Math.ceil(hours.length / 8)),
  });
}

function jobsTable(info) {
  const runs = info.last_runs || {};
  const intervals = info.job_intervals || {};
  const jobs = [...new Set([...Object.keys(intervals), ...Object.keys(runs)])].sort();
  const rows = jobs.map((job) => {
    const run = runs[job];
    return h('tr', {}, h('th', { scope: 'row', text: job }), h('td', { text: intervals[job] || '—' }),
      h('td', {}, run ? dateTime(run.at) : 'not yet on this node'),
      h('td', {}, run ? badge(run.succeeded ? 'completed' : 'failed') : ''),
      h('td', { text: run ? run.outcome : '' }),
      h('td', { class: 'number', text: run ? `${run.duration_ms} ms` : '' }));
  });
  return h('div', { class: 'table-scroll' }, h('table', {},
    h('caption', { text: `Background jobs on this node (role ${info.role || 'unknown'})` }),
    h('thead', {}, h('tr', {}, ['Job', 'Every', 'Last run', 'Result', 'Outcome', 'Took'].map((label) =>
      h('th', { scope: 'col', text: label })))),
    h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: 6, class: 'empty', text: 'No jobs.' })))));
}

/** Whatever GET / says beyond the service's own fields (the event provider and its breaker), shown as it comes. */
function providerPart(info) {
  const extra = Object.entries(info).filter(([name]) => !SERVICE_FIELDS.has(name));
  const provider = extra.filter(([name]) => name.includes('provider') || name.includes('breaker'));
  if (!provider.length) {
    return h('p', { class: 'empty', text: 'No provider configured.' });
  }
  const describe = (value) => (value !== null && typeof value === 'object'
    ? figures(Object.entries(value).map(([name, inner]) => [name.replaceAll('_', ' '), describe(inner)]))
    : String(value));
  return figures(provider.map(([name, value]) => [name.replaceAll('_', ' '), describe(value)]));
}

export function render(view) {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const board = h('div', { text: 'Loading the figures…' });
  const queue = h('div');
  const chart = h('div', { class: 'panel' });
  const jobs = h('div', { class: 'panel' });
  const provider = h('div', { class: 'card' });
  replace(view, h('h1', { text: 'Dashboard' }), board, h('div', { class: 'cards' }, queue, provider),
    chart, h('h2', { text: 'Background jobs' }), jobs);
  part(board, () => get('/api/admin/dashboard', { time_zone: zone }), boardCards);
  part(queue, () => get('/api/admin/notifications/stats'), queueCard);
  part(chart, () => get('/api/admin/notifications/hourly', { hours: 24 }), hourlyChart);
  const info = get('/');
  part(jobs, () => info, jobsTable);
  part(provider, () => info, (service) => [h('h2', { text: 'Event provider' }), providerPart(service)]);
}
