// The panel's shell: login, the navigation between pages (#/events, #/events/{id}, ...) and the session's end.
import { currentAccount, logIn, logOut, onActivity, onSessionExpired } from './api.js';
import { announce, field, h, onSubmit, replace } from './ui.js';
import * as catalog from './pages/catalog.js';
import * as dashboard from './pages/dashboard.js';
import * as events from './pages/events.js';
import * as notifications from './pages/notifications.js';
import * as tokens from './pages/tokens.js';
import * as users from './pages/users.js';

const routes = [
  { path: /^\/dashboard$/, nav: '#/dashboard', render: dashboard.render },
  { path: /^\/events$/, nav: '#/events', render: events.renderList },
  { path: /^\/events\/([0-9a-fA-F-]{36})$/, nav: '#/events', render: events.renderDetail },
  { path: /^\/notifications$/, nav: '#/notifications', render: notifications.render },
  { path: /^\/users$/, nav: '#/users', render: users.render },
  { path: /^\/catalog\/(tags|venues|channels)$/, nav: '#/catalog/tags', render: catalog.render },
  { path: /^\/tokens$/, nav: '#/tokens', render: tokens.render },
];

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const account = document.getElementById('account');

function showSignedIn(signedIn) {
  nav.hidden = !signedIn;
  account.hidden = !signedIn;
  document.getElementById('whoami').textContent = signedIn ? `Signed in as ${currentAccount().username}` : '';
}

function renderLogin(message) {
  showSignedIn(false);
  document.title = 'Log in · Eventboard admin';
  const form = h('form', { class: 'panel', novalidate: true },
    message ? h('p', { class: 'notice', role: 'status', text: message }) : null,
    field('Username', h('input', { name: 'username', autocomplete: 'username', required: true })),
    field('Password', h('input', { name: 'password', type: 'password', autocomplete: 'current-password',
      required: true })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', text: 'Log in' })));
  onSubmit(form, async ({ username, password }) => {
    await logIn(username, password);
    showSignedIn(true);
    announce(`Signed in as ${username}`);
    if (!window.location.hash.startsWith('#/') || window.location.hash === '#/login') {
      window.location.hash = '#/dashboard';
    } else {
      route();
    }
  });
  replace(main, h('section', { class: 'login' }, h('h1', { text: 'Eventboard admin' }), form));
  form.querySelector('input').focus();
}

/** Shows the page the address names; anything unknown goes to the dashboard. */
function route() {
  if (!currentAccount()) {
    renderLogin();
    return;
  }
  const path = window.location.hash.slice(1);
  const match = routes.map((candidate) => ({ candidate, found: candidate.path.exec(path) }))
    .find(({ found }) => found);
  if (!match) {
    window.location.hash = '#/dashboard';
    return;
  }
  nav.querySelectorAll('a').forEach((link) => {
    if (link.getAttribute('href') === match.candidate.nav) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
  const view = h('section');
  replace(main, view);
  match.candidate.render(view, match.found.slice(1));
  const heading = view.querySelector('h1');
  document.title = `${heading ? heading.textContent : 'Admin'} · Eventboard admin`;
  main.focus();
}

document.getElementById('logout').addEventListener('click', async () => {
  await logOut();
  renderLogin('You are logged out.');
});

document.getElementById('skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

onSessionExpired(() => renderLogin('Your session has ended. Please log in again.'));

const activity = document.getElementById('activity');
onActivity((pending) => {
  activity.hidden = pending === 0;
  main.setAttribute('aria-busy', pending > 0 ? 'true' : 'false');
});

window.addEventListener('hashchange', () => {
  if (window.location.hash.startsWith('#/')) {
    route();
  }
});
route();
