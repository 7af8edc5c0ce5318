// Entry point: the sign-in screen or the chat, depending on whether a session is stored.

import {createApi} from './api.js';
import {showAuth} from './auth-view.js';
import {ChatApp} from './chat-app.js';
import {clearSession, loadSession} from './session.js';

const container = document.getElementById('app');
let session = loadSession();
let chat = null;

const api = createApi({
  token: () => session?.token ?? null,
  onUnauthorized: () => signOut('Your session has expired or was revoked. Please sign in again.'),
});

function signOut(notice) {
  chat?.stop();
  chat = null;
  session = null;
  clearSession();
  showAuth(container, {api, notice, onSignedIn: signIn});
}

function signIn(newSession) {
  session = newSession;
  chat = new ChatApp({container, session, api, onSignOut: signOut});
  chat.start();
}

if (session) {
  signIn(session);
} else {
  showAuth(container, {api, onSignedIn: signIn});
}
