// Notifications: sent and failed per hour, the whole outbox filtered by status and channel, retrying a failed one,
// and sending a direct message (the form of POST /api/notifications).
import { get, post } from '../api.js';
import { dataTable, pager } from '../table.js';
import {
  act, alertBox, announce, badge, dateTime, errorBox, field, h, instantOf, number, onSubmit, replace, select,
  showError,
} from '../ui.js';
import { hourlyChart } from './dashboard.js';

const STATUSES = [['', 'Any status'], ['queued', 'Queued'], ['sending', 'Sending'], ['sent', 'Sent'],
  ['failed', 'Failed']];
const CHANNELS = [['email', 'Email'], ['telegram', 'Telegram'], ['webhook', 'Webhook'], ['log', 'Server log'],
  ['in_app', 'In-app inbox']];

const listing = { status: '', channel: '', page: 1, size: 20 };

function retryButton(notification, reload) {
  const box = alertBox();
  const button = h('button', { type: 'button', class: 'secondary', text: 'Retry',
    'aria-label': `Retry notification ${notification.subject || notification.kind} to ${recipientOf(notification)}` });
  button.addEventListener('click', async () => {
    if (await act(button, box, () => post(`/api/notifications/${notification.id}/retry`))) {
      announce('The notification is queued again');
      reload();
    }
  });
  return [button, box];
}

function recipientOf(notification) {
  return notification.recipient || (notification.user_id ? `user ${notification.user_id.slice(0, 8)}…` : '—');
}

function sendForm() {
  let idempotencyKey = crypto.randomUUID();
  const sent = h('div', { role: 'status' });
  const form = h('form', { class: 'panel', novalidate: true, 'aria-labelledby': 'send-heading' },
    h('h2', { id: 'send-heading', text: 'Send a notification' }),
    h('div', { class: 'form-grid' },
      field('Channel', select({ name: 'channel' }, CHANNELS, 'log')),
      field('Recipient', h('input', { name: 'recipient' }),
        'Email address, Telegram chat id, webhook URL, or a user id for in-app; optional for the log'),
      field('Send at', h('input', { name: 'scheduled_at', type: 'datetime-local' }), 'Optional: at once when empty')),
    field('Subject', h('input', { name: 'subject', maxlength: 200 })),
    field('Message', h('textarea', { name: 'message', required: true, maxlength: 10000 })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', text: 'Send' })), sent);
  onSubmit(form, async (values) => {
    replace(sent);
    // The same key until it succeeds: sending again after a lost answer queues nothing twice.
    const accepted = await post('/api/notifications', {
      channel: values.channel,
      recipient: values.recipient || null,
      subject: values.subject || null,
      message: values.message,
      scheduled_at: instantOf(values.scheduled_at),
    }, { 'Idempotency-Key': idempotencyKey });
    idempotencyKey = crypto.randomUUID();
    form.reset();
    replace(sent, h('p', { class: 'notice' }, `Notification ${accepted.id} is ${accepted.status}.`));
    announce(`Notification ${accepted.status}`);
  });
  return form;
}

export function render(view) {
  const chart = h('div', { class: 'panel', text: 'Loading the chart…' });
  const results = h('div', { text: 'Loading notifications…' });
  const box = alertBox();
  const load = async () => {
    try {
      const page = await get('/api/admin/notifications', { status: listing.status, channel: listing.channel,
        page: listing.page, size: listing.size });
      replace(box);
      replace(results, dataTable({
        caption: 'Notifications, newest first',
        rows: page.items || [],
        empty: 'No notification matches.',
        columns: [
          { label: 'Created', cell: (n) => dateTime(n.created_at) },
          { label: 'Channel', cell: (n) => n.channel.replace('_', '-') },
          { label: 'Recipient', cell: recipientOf },
          { label: 'Kind', cell: (n) => n.kind.replaceAll('_', ' ') },
          { label: 'Subject', cell: (n) => n.subject || '—' },
          { label: 'Status', cell: (n) => badge(n.status) },
          { label: 'Attempts', numeric: true, cell: (n) => number(n.attempts) },
          { label: 'Error', cell: (n) => n.error || '—' },
          { label: 'Scheduled', cell: (n) => dateTime(n.scheduled_at) },
          { label: 'Sent', cell: (n) => dateTime(n.sent_at) },
          { label: 'Updated', cell: (n) => dateTime(n.updated_at) },
          { label: 'Action', cell: (n) => (n.status === 'failed' ? retryButton(n, load) : '') },
        ],
      }), pager(page, 'notifications', (next) => {
        listing.page = next;
        load();
      }));
    } catch (error) {
      replace(results);
      showError(box, error);
    }
  };
  const filters = h('form', { role: 'search', class: 'toolbar', 'aria-label': 'Filter notifications' },
    field('Status', select({ name: 'status' }, STATUSES, listing.status)),
    field('Channel', select({ name: 'channel' }, [['', 'Any channel'], ...CHANNELS], listing.channel)),
    h('div', { class: 'actions' }, h('button', { type: 'submit', text: 'Filter' })));
  onSubmit(filters, async (values) => {
    Object.assign(listing, { status: values.status, channel: values.channel, page: 1 });
    await load();
  });
  replace(view, h('h1', { text: 'Notifications' }), chart, h('h2', { text: 'Outbox' }), filters, box, results,
    sendForm());
  get('/api/admin/notifications/hourly', { hours: 24 })
    .then((hours) => replace(chart, hourlyChart(hours)))
    .catch((error) => replace(chart, errorBox(error)));
  load();
}
