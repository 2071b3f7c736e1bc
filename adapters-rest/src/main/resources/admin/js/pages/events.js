// Events: the searchable, filterable, sortable listing; one event with its attendees and ratings; create, edit,
// cancel and delete. Every rule (edit window, who may cancel) is the API's: the page shows what it answers.
import { call, get, patch, post, remove } from '../api.js';
import { dataTable, pager } from '../table.js';
import {
  act, alertBox, announce, badge, checkboxes, checkedValues, confirmAction, dateTime, errorBox, field, h, instantOf,
  localValueOf, number, onSubmit, openDialog, replace, select, showError,
} from '../ui.js';

const STATUS_FILTERS = [['', 'Any status'], ['open', 'Open (scheduled, not started)'], ['scheduled', 'Scheduled'],
  ['ongoing', 'Ongoing'], ['completed', 'Completed'], ['cancelled', 'Cancelled']];

const listing = { q: '', status: '', sort: { key: 'start', descending: false }, page: 1, size: 10 };

function sortParameter(sort) {
  return `${sort.descending ? '-' : ''}${sort.key}`;
}

async function choices(path) {
  const page = await get(path, { size: 100 });
  return (page.items || []);
}

/** The create and edit form; {@code event} fills it for editing. */
async function eventForm(event, submitLabel, save) {
  const [venues, channels, tags] = await Promise.all([choices('/api/venues'), choices('/api/channels'),
    choices('/api/tags')]);
  const chosen = new Set(event?.tags || []);
  const form = h('form', { novalidate: true },
    field('Title', h('input', { name: 'title', required: true, maxlength: 200, value: event?.title })),
    field('Description', h('textarea', { name: 'description', maxlength: 10000 }, event?.description || '')),
    h('div', { class: 'form-grid' },
      field('Starts', h('input', { name: 'starts_at', type: 'datetime-local', required: true,
        value: localValueOf(event?.starts_at) })),
      field('Ends', h('input', { name: 'ends_at', type: 'datetime-local', value: localValueOf(event?.ends_at) }),
        'Optional: without an end the event lasts the server\'s default duration.'),
      field('Seats', h('input', { name: 'capacity', type: 'number', min: 0, required: true,
        value: event ? event.capacity : 30 })),
      field('Venue', select({ name: 'venue_id' }, [['', 'No venue'],
        ...venues.map((venue) => [venue.id, `${venue.name}, ${venue.city}`])], event?.venue?.id)),
      field('Channel', select({ name: 'channel_id' }, [['', 'No channel'],
        ...channels.map((channel) => [channel.id, channel.name])], event?.channel?.id)),
    ),
    tags.length ? checkboxes('tags', 'Tags', tags.map((tag) => [tag.name, tag.name]), chosen)
      : h('p', { class: 'hint', text: 'No tags yet: create them under Tags, venues, channels.' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', text: submitLabel })));
  return onSubmit(form, (values, submitted) => save({
    title: values.title,
    description: values.description,
    starts_at: instantOf(values.starts_at),
    ends_at: instantOf(values.ends_at),
    capacity: values.capacity === '' ? null : Number(values.capacity),
    venue_id: values.venue_id || null,
    channel_id: values.channel_id || null,
    tags: checkedValues(submitted, 'tags'),
  }));
}

async function openCreate(button, box) {
  await act(button, box, async () => {
    const form = await eventForm(null, 'Create event', async (body) => {
      const created = await post('/api/events', body);
      dialog.close();
      announce(`Event ${created.title} created`);
      window.location.hash = `#/events/${created.id}`;
    });
    const dialog = openDialog('New event', form);
  });
}

export function renderList(view) {
  const results = h('div', { text: 'Loading events…' });
  const box = alertBox();
  const load = async () => {
    try {
      const page = await get('/api/events', { q: listing.q, status: listing.status,
        sort: sortParameter(listing.sort), page: listing.page, size: listing.size });
      replace(box);
      replace(results, dataTable({
        caption: 'Events',
        rows: page.items || [],
        sort: listing.sort,
        onSort: (key) => {
          listing.sort = { key, descending: listing.sort.key === key ? !listing.sort.descending : false };
          listing.page = 1;
          load();
        },
        empty: 'No event matches.',
        columns: [
          { label: 'Title', cell: (event) => h('a', { href: `#/events/${event.id}`, text: event.title }) },
          { label: 'Status', sortKey: 'status', cell: (event) => badge(event.status) },
          { label: 'Starts', sortKey: 'start', cell: (event) => dateTime(event.starts_at) },
          { label: 'Seats booked', numeric: true, cell: (event) => `${event.seats_booked} / ${event.capacity}` },
          { label: 'Rating', sortKey: 'rating', numeric: true,
            cell: (event) => (event.rating_count ? `${event.rating_avg.toFixed(1)} (${event.rating_count})` : '—') },
          { label: 'Venue', cell: (event) => (event.venue ? `${event.venue.name}, ${event.venue.city}` : '—') },
          { label: 'Organizer', cell: (event) => event.organizer?.username || '—' },
          { label: 'Created', sortKey: 'created', cell: (event) => dateTime(event.created_at) },
        ],
      }), pager(page, 'events', (next) => {
        listing.page = next;
        load();
      }));
    } catch (error) {
      replace(results);
      showError(box, error);
    }
  };
  const search = h('form', { role: 'search', class: 'toolbar', 'aria-label': 'Find events' },
    field('Title contains', h('input', { name: 'q', type: 'search', value: listing.q })),
    field('Status', select({ name: 'status' }, STATUS_FILTERS, listing.status)),
    field('Per page', select({ name: 'size' }, [[10, '10'], [25, '25'], [50, '50'], [100, '100']], listing.size)),
    h('div', { class: 'actions' }, h('button', { type: 'submit', text: 'Search' })));
  onSubmit(search, async (values) => {
    Object.assign(listing, { q: values.q.trim(), status: values.status, size: Number(values.size), page: 1 });
    await load();
  });
  const createBox = alertBox();
  const create = h('button', { type: 'button', text: 'New event', onClick: () => openCreate(create, createBox) });
  replace(view, h('h1', { text: 'Events' }), h('div', { class: 'actions' }, create), createBox, search, box,
    results);
  load();
}

function detailsList(event) {
  const rows = [
    ['Status', badge(event.status)],
    ['Starts', dateTime(event.starts_at)],
    ['Ends', dateTime(event.ends_at)],
    ['Seats', `${event.seats_booked} booked, ${event.seats_free} free of ${event.capacity}`],
    ['Rating', event.rating_count ? `${event.rating_avg.toFixed(2)} from ${event.rating_count}` : 'not rated'],
    ['Venue', event.venue ? `${event.venue.name}, ${event.venue.city}` : '—'],
    ['Channel', event.channel ? event.channel.name : '—'],
    ['Tags', event.tags?.length ? event.tags.join(', ') : '—'],
    ['Organizer', event.organizer?.username || '—'],
    ['Created', dateTime(event.created_at)],
    ['Description', event.description || '—'],
  ];
  return h('dl', { class: 'details' }, rows.flatMap(([label, value]) => [h('dt', { text: label }),
    h('dd', {}, value)]));
}

/** A paged table of one of the event's listings (attendees, ratings), loaded into {@code slot}. */
function pagedPart(slot, path, noun, caption, columns) {
  const load = async (page) => {
    try {
      const answer = await get(path, { page, size: 10 });
      replace(slot, dataTable({ caption, columns, rows: answer.items || [], empty: `No ${noun} yet.` }),
        pager(answer, noun, load));
    } catch (error) {
      replace(slot, errorBox(error));
    }
  };
  load(1);
}

export function renderDetail(view, [id]) {
  const heading = h('h1', { text: 'Event' });
  const body = h('div', { text: 'Loading the event…' });
  replace(view, h('p', {}, h('a', { href: '#/events', text: '← All events' })), heading, body);
  const load = async () => {
    let answer;
    try {
      answer = await call('GET', `/api/events/${id}`);
    } catch (error) {
      replace(body, errorBox(error));
      return;
    }
    const event = answer.data;
    const etag = answer.headers.get('ETag');
    heading.textContent = event.title;
    document.title = `${event.title} · Eventboard admin`;
    const actionsBox = alertBox();
    const edit = h('button', { type: 'button', text: 'Edit' });
    const cancel = h('button', { type: 'button', class: 'secondary', text: 'Cancel event' });
    const del = h('button', { type: 'button', class: 'danger', text: 'Delete' });
    edit.addEventListener('click', () => act(edit, actionsBox, async () => {
      const form = await eventForm(event, 'Save changes', async (changes) => {
        await patch(`/api/events/${id}`, changes, etag ? { 'If-Match': etag } : {});
        dialog.close();
        announce('Event saved');
        load();
      });
      const dialog = openDialog(`Edit ${event.title}`, form);
    }));
    cancel.addEventListener('click', async () => {
      if (await confirmAction('Cancel this event?', `${event.title} will be cancelled and everyone who booked it `
        + 'will be told. This cannot be undone.', 'Cancel event')) {
        if (await act(cancel, actionsBox, () => post(`/api/events/${id}/cancel`))) {
          announce('Event cancelled');
          load();
        }
      }
    });
    del.addEventListener('click', async () => {
      if (await confirmAction('Delete this event?', `${event.title} will be deleted with its bookings and ratings; `
        + 'attendees are told.', 'Delete event')) {
        if (await act(del, actionsBox, () => remove(`/api/events/${id}`))) {
          announce('Event deleted');
          window.location.hash = '#/events';
        }
      }
    });
    const attendees = h('div');
    const ratings = h('div');
    replace(body, detailsList(event), h('div', { class: 'actions' }, edit, cancel, del), actionsBox,
      h('h2', { text: 'Bookings' }), attendees, h('h2', { text: 'Ratings' }), ratings);
    pagedPart(attendees, `/api/events/${id}/bookings`, 'bookings', 'Attendee list', [
      { label: 'Who', cell: (booking) => booking.username },
      { label: 'Status', cell: (booking) => badge(booking.status) },
      { label: 'Booked', cell: (booking) => dateTime(booking.created_at) },
      { label: 'Cancelled', cell: (booking) => dateTime(booking.cancelled_at) },
    ]);
    pagedPart(ratings, `/api/events/${id}/ratings`, 'ratings', 'Ratings', [
      { label: 'Who', cell: (rating) => rating.username },
      { label: 'Score', numeric: true, cell: (rating) => number(rating.score) },
      { label: 'Comment', cell: (rating) => rating.comment || '—' },
      { label: 'Rated', cell: (rating) => dateTime(rating.updated_at) },
    ]);
  };
  load();
}
