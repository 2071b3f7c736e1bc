// The REST API as the panel uses it: the session (tokens kept in memory only, never in storage or cookies) and
// requests with the bearer token. An expired access token is traded once for a new one with the refresh token;
// when that fails too, the session is over and the panel goes back to the login form.

/** An answer that is not 2xx, as the API describes it (application/problem+json), or a server that did not answer. */
export class ApiError extends Error {
  constructor(status, problem = {}) {
    super(problem.detail || problem.title || `The server answered ${status}.`);
    this.status = status;
    this.code = problem.code || null;
    this.fieldErrors = Array.isArray(problem.errors) ? problem.errors : [];
  }
}

const session = { accessToken: null, refreshToken: null, account: null };
let refreshing = null;
let pending = 0;
const activityListeners = new Set();
const expiryListeners = new Set();

/** Calls {@code listener(count)} whenever the number of requests in flight changes. */
export function onActivity(listener) {
  activityListeners.add(listener);
}

/** Calls {@code listener()} when the session ends by itself (the refresh token was refused). */
export function onSessionExpired(listener) {
  expiryListeners.add(listener);
}

export function currentAccount() {
  return session.account;
}

function track(delta) {
  pending += delta;
  activityListeners.forEach((listener) => listener(pending));
}

function clearSession() {
  session.accessToken = null;
  session.refreshToken = null;
  session.account = null;
}

function keepTokens(answer) {
  session.accessToken = answer.access_token;
  session.refreshToken = answer.refresh_token;
}

function url(path, query) {
  const target = new URL(path, window.location.origin);
  Object.entries(query || {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== '') {
      target.searchParams.set(name, value);
    }
  });
  return target.pathname + target.search;
}

async function send(method, path, { body, query, headers = {}, authenticated = true } = {}) {
  const request = { method, headers: { Accept: 'application/json', ...headers }, credentials: 'omit' };
  if (body !== undefined) {
    request.headers['Content-Type'] = 'application/json';
    request.body = JSON.stringify(body);
  }
  if (authenticated && session.accessToken) {
    request.headers.Authorization = `Bearer ${session.accessToken}`;
  }
  track(+1);
  try {
    return await fetch(url(path, query), request);
  } catch (networkFailure) {
    throw new ApiError(0, { detail: 'The server did not answer. Check that it is running, then try again.' });
  } finally {
    track(-1);
  }
}

async function parse(response) {
  const text = await response.text();
  if (!text) {
    return null;
  }
  try {
    return JSON.parse(text);
  } catch (notJson) {
    return { detail: text };
  }
}

/** One refresh at a time: requests that fail together wait for the same new token (a refresh token works once). */
function refresh() {
  if (!refreshing) {
    refreshing = (async () => {
      const response = await send('POST', '/api/auth/token/refresh',
        { body: { refresh_token: session.refreshToken }, authenticated: false });
      if (!response.ok) {
        return false;
      }
      keepTokens(await parse(response));
      return true;
    })().finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

function expire() {
  const hadSession = session.accessToken !== null;
  clearSession();
  if (hadSession) {
    expiryListeners.forEach((listener) => listener());
  }
}

/**
 * Sends one request; answers {status, data, headers}. A 401 with a live session refreshes the tokens and repeats
 * the request once (the API did nothing with the first one). Anything not 2xx throws an {@link ApiError}.
 */
export async function call(method, path, options = {}) {
  let response = await send(method, path, options);
  if (response.status === 401 && options.authenticated !== false && session.refreshToken) {
    if (await refresh()) {
      response = await send(method, path, options);
    }
    if (response.status === 401) {
      expire();
    }
  }
  const data = await parse(response);
  if (!response.ok) {
    throw new ApiError(response.status, data || {});
  }
  return { status: response.status, data, headers: response.headers };
}

export const get = async (path, query) => (await call('GET', path, { query })).data;
export const post = async (path, body, headers) => (await call('POST', path, { body: body ?? {}, headers })).data;
export const patch = async (path, body, headers) => (await call('PATCH', path, { body, headers })).data;
export const remove = async (path) => (await call('DELETE', path)).data;

/** Logs in; only admins may use the panel, anyone else is logged out again at once. */
export async function logIn(username, password) {
  const answer = (await call('POST', '/api/auth/login', { body: { username, password }, authenticated: false })).data;
  keepTokens(answer);
  const account = await get('/api/me');
  if (account.role !== 'admin') {
    await logOut();
    throw new ApiError(403, { code: 'admin-ui.not-admin',
      detail: `${account.username} is not an admin account. Only admins may use this panel.` });
  }
  session.account = account;
  return account;
}

/** Revokes the refresh token on the server and forgets both tokens. */
export async function logOut() {
  const refreshToken = session.refreshToken;
  clearSession();
  if (refreshToken) {
    try {
      await call('POST', '/api/auth/logout', { body: { refresh_token: refreshToken }, authenticated: false });
    } catch (ignored) {
      // The tokens are forgotten either way; an unreachable server lets the refresh token expire by itself.
    }
  }
}
