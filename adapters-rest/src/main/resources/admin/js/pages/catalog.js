// Tags, venues and channels: create, rename (venues: change), delete. An entry still in use cannot be deleted:
// the API's refusal (409) is shown in the entry's row.
import { get, patch, post, remove } from '../api.js';
import { dataTable, pager } from '../table.js';
import {
  act, alertBox, announce, confirmAction, field, h, onSubmit, openDialog, replace, showError,
} from '../ui.js';

const KINDS = {
  tags: { title: 'Tags', one: 'tag', path: '/api/tags', fields: [['name', 'Name']],
    hint: 'Stored in lower case.' },
  venues: { title: 'Venues', one: 'venue', path: '/api/venues',
    fields: [['name', 'Name'], ['city', 'City'], ['address', 'Address'], ['time_zone', 'Time zone']],
    optional: ['address', 'time_zone'],
    hint: 'The address is optional. The time zone is an IANA name such as Europe/Madrid; UTC when left empty.' },
  channels: { title: 'Channels', one: 'channel', path: '/api/channels', fields: [['name', 'Name']] },
};

const pages = { tags: 1, venues: 1, channels: 1 };

/** The form of one entry's fields; {@code entry} fills it for a change. */
function entryForm(kind, entry, submitLabel, save) {
  const form = h('form', { novalidate: true },
    h('div', { class: 'form-grid' }, kind.fields.map(([name, label]) =>
      field(label, h('input', { name, value: entry?.[name] ?? '', required: !kind.optional?.includes(name) })))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', text: submitLabel })));
  return onSubmit(form, (values, submitted) => save(Object.fromEntries(kind.fields.map(([name]) =>
    [name, values[name].trim() === '' && kind.optional?.includes(name) ? null : values[name]])), submitted));
}

function rowActions(kind, entry, reload) {
  const box = alertBox();
  const rename = h('button', { type: 'button', class: 'secondary', text: kind.fields.length > 1 ? 'Change' : 'Rename',
    'aria-label': `${kind.fields.length > 1 ? 'Change' : 'Rename'} ${kind.one} ${entry.name}` });
  rename.addEventListener('click', () => {
    const form = entryForm(kind, entry, 'Save', async (body) => {
      await patch(`${kind.path}/${entry.id}`, body);
      dialog.close();
      announce(`${kind.one} saved`);
      reload();
    });
    const dialog = openDialog(`${kind.fields.length > 1 ? 'Change' : 'Rename'} ${kind.one} ${entry.name}`, form);
  });
  const del = h('button', { type: 'button', class: 'danger', text: 'Delete',
    'aria-label': `Delete ${kind.one} ${entry.name}` });
  del.addEventListener('click', async () => {
    if (await confirmAction(`Delete ${kind.one} ${entry.name}?`, `The ${kind.one} is removed for good. An entry `
      + 'that events still use cannot be deleted.', `Delete ${kind.one}`)) {
      if (await act(del, box, () => remove(`${kind.path}/${entry.id}`))) {
        announce(`${kind.one} ${entry.name} deleted`);
        reload();
      }
    }
  });
  return [h('div', { class: 'actions' }, rename, del), box];
}

export function render(view, [which]) {
  const kind = KINDS[which];
  const results = h('div', { text: `Loading ${kind.title.toLowerCase()}…` });
  const box = alertBox();
  const load = async () => {
    try {
      const page = await get(kind.path, { page: pages[which], size: 20 });
      replace(box);
      replace(results, dataTable({
        caption: kind.title,
        rows: page.items || [],
        empty: `No ${kind.title.toLowerCase()} yet.`,
        columns: [...kind.fields.map(([name, label]) => ({ label, cell: (entry) => entry[name] || '—' })),
          { label: 'Actions', cell: (entry) => rowActions(kind, entry, load) }],
      }), pager(page, kind.title.toLowerCase(), (next) => {
        pages[which] = next;
        load();
      }));
    } catch (error) {
      replace(results);
      showError(box, error);
    }
  };
  const create = entryForm(kind, null, `Create ${kind.one}`, async (body, form) => {
    const created = await post(kind.path, body);
    form.reset();
    announce(`${kind.one} ${created.name} created`);
    await load();
  });
  const tabs = h('nav', { class: 'tabs', 'aria-label': 'Catalog' }, Object.entries(KINDS).map(([key, other]) =>
    h('a', { href: `#/catalog/${key}`, 'aria-current': key === which ? 'page' : null, text: other.title })));
  replace(view, h('h1', { text: 'Tags, venues and channels' }), tabs,
    h('section', { class: 'panel', 'aria-labelledby': 'create-heading' },
      h('h2', { id: 'create-heading', text: `New ${kind.one}` }), kind.hint ? h('p', { class: 'hint', text: kind.hint })
        : null, create),
    h('h2', { text: kind.title }), box, results);
  load();
}
