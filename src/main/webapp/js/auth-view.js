// Signing in: log in or register with the built-in issuer, or paste a token from an external one.

import {h, replaceChildren} from './dom.js';
import {field} from './dialogs.js';
import {saveSession, sessionFromToken} from './session.js';

/**
 * Shows the sign-in screen in container; onSignedIn(session) follows a successful sign-in.
 * notice: a message to show first (for example why the last session ended).
 */
export function showAuth(container, {api, onSignedIn, notice}) {
  const status = h('p', {class: 'form-error', role: 'alert'}, notice ?? '');
  const panel = h('div', {class: 'auth-panel'});
  const tabs = h('div', {class: 'auth-tabs', role: 'tablist', 'aria-label': 'How to sign in'});
  const modes = {
    login: {label: 'Log in', render: () => loginForm()},
    register: {label: 'Register', render: () => registerForm()},
    token: {label: 'Paste a token', render: () => tokenForm()},
  };

  function select(mode, focusTab = false) {
    for (const tab of tabs.children) {
      const active = tab.dataset.mode === mode;
      tab.setAttribute('aria-selected', String(active));
      tab.tabIndex = active ? 0 : -1;
      if (active && focusTab) {
        tab.focus();
      }
    }
    replaceChildren(panel, modes[mode].render());
  }

  for (const [mode, {label}] of Object.entries(modes)) {
    const tab = h('button', {type: 'button', role: 'tab', 'data-mode': mode, id: `tab-${mode}`,
      'aria-controls': 'auth-panel'}, label);
    tab.addEventListener('click', () => {
      status.textContent = '';
      select(mode);
    });
    tabs.append(tab);
  }
  tabs.addEventListener('keydown', (event) => {
    const order = Object.keys(modes);
    const current = order.indexOf(document.activeElement?.dataset?.mode);
    const step = {ArrowRight: 1, ArrowLeft: -1}[event.key];
    if (current >= 0 && step) {
      select(order[(current + step + order.length) % order.length], true);
    }
  });
  panel.id = 'auth-panel';
  panel.setAttribute('role', 'tabpanel');

  /** Runs a request from a form, showing its failure; a 404 means an external issuer is configured. */
  async function attempt(form, action) {
    status.textContent = '';
    const buttons = form.querySelectorAll('button');
    buttons.forEach((button) => { button.disabled = true; });
    try {
      await action();
    } catch (failure) {
      if (failure.status === 404) {
        select('token');
        status.textContent = 'This server trusts an external identity provider: paste a token it issued.';
      } else {
        status.textContent = failure.describe ? failure.describe() : failure.message;
      }
    } finally {
      buttons.forEach((button) => { button.disabled = false; });
    }
  }

  async function logIn(username, password) {
    const result = await api.post('/auth/login', {username, password});
    onSignedIn(saveSession({token: result.token, expiresAt: result.expiresAt, user: result.user}));
  }

  function loginForm() {
    const username = h('input', {name: 'username', autocomplete: 'username', required: true});
    const password = h('input', {name: 'password', type: 'password', autocomplete: 'current-password', required: true});
    const form = h('form', {class: 'stack', 'aria-labelledby': 'tab-login'},
      field('Username', username),
      field('Password', password),
      h('button', {type: 'submit', class: 'primary'}, 'Log in'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      attempt(form, () => logIn(username.value.trim(), password.value));
    });
    queueMicrotask(() => username.focus());
    return form;
  }

  function registerForm() {
    const inputs = {
      username: h('input', {name: 'username', autocomplete: 'username', required: true, minlength: 3,
        maxlength: 50, pattern: '[A-Za-z0-9._\\-]{3,50}'}),
      email: h('input', {name: 'email', type: 'email', autocomplete: 'email', required: true}),
      firstName: h('input', {name: 'firstName', autocomplete: 'given-name', required: true, maxlength: 100}),
      lastName: h('input', {name: 'lastName', autocomplete: 'family-name', required: true, maxlength: 100}),
      password: h('input', {name: 'password', type: 'password', autocomplete: 'new-password', required: true,
        minlength: 8, maxlength: 128}),
    };
    const form = h('form', {class: 'stack', 'aria-labelledby': 'tab-register'},
      field('Username', inputs.username, '3 to 50 letters, digits, dots, dashes or underscores'),
      field('Email', inputs.email),
      h('div', {class: 'field-pair'}, field('First name', inputs.firstName), field('Last name', inputs.lastName)),
      field('Password', inputs.password, 'At least 8 characters'),
      h('button', {type: 'submit', class: 'primary'}, 'Create account'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const body = Object.fromEntries(Object.entries(inputs).map(([name, input]) =>
        [name, name === 'password' ? input.value : input.value.trim()]));
      attempt(form, async () => {
        await api.post('/auth/register', body);
        await logIn(body.username, body.password);
      });
    });
    queueMicrotask(() => inputs.username.focus());
    return form;
  }

  function tokenForm() {
    const token = h('textarea', {name: 'token', rows: 5, required: true, spellcheck: 'false',
      autocomplete: 'off'});
    const form = h('form', {class: 'stack', 'aria-labelledby': 'tab-token'},
      field('Token (JWT)', token, 'A token from your identity provider; it is sent as a Bearer token.'),
      h('button', {type: 'submit', class: 'primary'}, 'Use this token'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      attempt(form, async () => {
        const session = sessionFromToken(token.value.trim());
        // Proves the server accepts the token before keeping it.
        const response = await fetch('/api/chat/rooms?limit=1', {
          headers: {Authorization: `Bearer ${session.token}`, Accept: 'application/json'},
        });
        if (!response.ok) {
          throw new Error(response.status === 401 ? 'The server does not accept this token.'
            : `The server answered ${response.status}.`);
        }
        onSignedIn(saveSession(session));
      });
    });
    queueMicrotask(() => token.focus());
    return form;
  }

  replaceChildren(container,
    h('main', {class: 'auth', id: 'main'},
      h('div', {class: 'auth-card'},
        h('h1', null, 'Arizon Chat'),
        h('p', {class: 'lead'}, 'Sign in to chat in real time.'),
        tabs, status, panel)));
  select('login');
}
