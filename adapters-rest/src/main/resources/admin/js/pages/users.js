// Users: every account, searched by username or email; an admin changes an account's role or switches it off.
import { currentAccount, get, patch } from '../api.js';
import { dataTable, pager } from '../table.js';
import {
  act, alertBox, announce, badge, dateTime, field, h, onSubmit, replace, select, showError,
} from '../ui.js';

const listing = { q: '', page: 1, size: 20 };

/** The role picker and the on/off button of one account, with the row's own error box. */
function accessControls(account, reload) {
  const box = alertBox();
  const self = account.id === currentAccount().id;
  const role = select({ 'aria-label': `Role of ${account.username}`, disabled: self },
    [['user', 'user'], ['admin', 'admin']], account.role);
  role.addEventListener('change', async () => {
    if (await act(role, box, () => patch(`/api/admin/users/${account.id}`, { role: role.value }))) {
      announce(`${account.username} is now ${role.value}`);
      reload();
    } else {
      role.value = account.role;
    }
  });
  const toggle = h('button', { type: 'button', class: account.enabled ? 'secondary' : null, disabled: self,
    text: account.enabled ? 'Disable' : 'Enable', 'aria-label': `${account.enabled ? 'Disable' : 'Enable'} `
      + `${account.username}` });
  toggle.addEventListener('click', async () => {
    if (await act(toggle, box, () => patch(`/api/admin/users/${account.id}`, { enabled: !account.enabled }))) {
      announce(`${account.username} is ${account.enabled ? 'disabled' : 'enabled'}`);
      reload();
    }
  });
  return { role, toggle, box };
}

export function render(view) {
  const results = h('div', { text: 'Loading accounts…' });
  const box = alertBox();
  const load = async () => {
    try {
      const page = await get('/api/admin/users', { q: listing.q, page: listing.page, size: listing.size });
      replace(box);
      const rows = (page.items || []).map((account) => ({ account, controls: accessControls(account, load) }));
      replace(results, dataTable({
        caption: 'Accounts, oldest first',
        rows,
        empty: 'No account matches.',
        columns: [
          { label: 'Username', cell: ({ account }) => account.username },
          { label: 'Email', cell: ({ account }) => account.email },
          { label: 'Role', cell: ({ controls }) => controls.role },
          { label: 'State', cell: ({ account }) => badge(account.enabled ? 'active' : 'disabled') },
          { label: 'Registered', cell: ({ account }) => dateTime(account.created_at) },
          { label: 'Action', cell: ({ controls }) => [controls.toggle, controls.box] },
        ],
      }), pager(page, 'accounts', (next) => {
        listing.page = next;
        load();
      }));
    } catch (error) {
      replace(results);
      showError(box, error);
    }
  };
  const search = h('form', { role: 'search', class: 'toolbar', 'aria-label': 'Find accounts' },
    field('Username or email contains', h('input', { name: 'q', type: 'search', value: listing.q })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', text: 'Search' })));
  onSubmit(search, async (values) => {
    Object.assign(listing, { q: values.q.trim(), page: 1 });
    await load();
  });
  replace(view, h('h1', { text: 'Users' }),
    h('p', { class: 'hint', text: 'A disabled account can neither log in nor refresh its session. You cannot '
      + 'change your own account here.' }), search, box, results);
  load();
}
