// Service tokens for machines: create one (its secret is shown this once), list them, revoke one.
import { get, post, remove } from '../api.js';
import { dataTable } from '../table.js';
import {
  act, alertBox, announce, badge, checkboxes, checkedValues, confirmAction, dateTime, field, h, onSubmit, replace,
  showError,
} from '../ui.js';

const SCOPES = [['ops', 'ops: run the status sweep and reminders'], ['notify', 'notify: send notifications']];

/** Shows a new token's secret once, with a button that copies it. */
function secretNotice(created) {
  const secret = h('input', { class: 'secret', readonly: true, value: created.token, id: 'new-token',
    'aria-describedby': 'new-token-hint' });
  const copy = h('button', { type: 'button', class: 'secondary', text: 'Copy' });
  copy.addEventListener('click', async () => {
    secret.select();
    try {
      await navigator.clipboard.writeText(created.token);
      announce('Token copied');
    } catch (notAllowed) {
      announce('Select the token and copy it by hand');
    }
  });
  return h('div', { class: 'notice', role: 'status' },
    h('label', { for: 'new-token', text: `Token ${created.name}` }), secret,
    h('p', { id: 'new-token-hint', text: 'Copy it now: it is shown only this once, and only its hash is stored.' }),
    copy);
}

function revokeAction(token, reload) {
  if (token.revoked_at) {
    return '';
  }
  const box = alertBox();
  const button = h('button', { type: 'button', class: 'danger', text: 'Revoke',
    'aria-label': `Revoke token ${token.name}` });
  button.addEventListener('click', async () => {
    if (await confirmAction(`Revoke ${token.name}?`, 'Machines using this token are refused from now on.',
      'Revoke token')) {
      if (await act(button, box, () => remove(`/api/admin/service-tokens/${token.id}`))) {
        announce(`Token ${token.name} revoked`);
        reload();
      }
    }
  });
  return [button, box];
}

export function render(view) {
  const results = h('div', { text: 'Loading tokens…' });
  const created = h('div');
  const box = alertBox();
  const load = async () => {
    try {
      const list = await get('/api/admin/service-tokens');
      replace(box);
      replace(results, dataTable({
        caption: 'Service tokens',
        rows: list.items || [],
        empty: 'No service token yet.',
        columns: [
          { label: 'Name', cell: (token) => token.name },
          { label: 'Scopes', cell: (token) => token.scopes.join(', ') },
          { label: 'Created', cell: (token) => dateTime(token.created_at) },
          { label: 'Last used', cell: (token) => dateTime(token.last_used_at) },
          { label: 'State', cell: (token) => (token.revoked_at ? [badge('revoked'), ' ', dateTime(token.revoked_at)]
            : badge('active')) },
          { label: 'Action', cell: (token) => revokeAction(token, load) },
        ],
      }));
    } catch (error) {
      replace(results);
      showError(box, error);
    }
  };
  const form = h('form', { class: 'panel', novalidate: true, 'aria-labelledby': 'token-heading' },
    h('h2', { id: 'token-heading', text: 'New service token' }),
    field('Name', h('input', { name: 'name', required: true, maxlength: 100 }), 'What the token is for, e.g. cron'),
    checkboxes('scopes', 'Scopes', SCOPES, new Set(['ops'])),
    h('div', { class: 'actions' }, h('button', { type: 'submit', text: 'Create token' })));
  onSubmit(form, async (values, submitted) => {
    replace(created);
    const token = await post('/api/admin/service-tokens', { name: values.name,
      scopes: checkedValues(submitted, 'scopes') });
    submitted.reset();
    replace(created, secretNotice(token));
    announce(`Token ${token.name} created`);
    await load();
  });
  replace(view, h('h1', { text: 'Service tokens' }), form, created, h('h2', { text: 'Tokens' }), box, results);
  load();
}
