// The signed-in user and their token, kept in localStorage so a reload stays signed in.

const STORAGE_KEY = 'arizon-chat.session';

/** {token, expiresAt, user: {id, username, email, firstName, lastName, avatar, roles}} or null. */
export function loadSession() {
  try {
    const session = JSON.parse(window.localStorage.getItem(STORAGE_KEY));
    if (session?.token && session.user?.id && !isExpired(session)) {
      return session;
    }
  } catch {
    // A damaged entry is the same as none.
  }
  clearSession();
  return null;
}

export function saveSession(session) {
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  return session;
}

export function clearSession() {
  window.localStorage.removeItem(STORAGE_KEY);
}

export function isExpired(session) {
  return Boolean(session.expiresAt) && Date.parse(session.expiresAt) <= Date.now();
}

/**
 * A session from a token an external issuer signed, read from its claims (contract section 2).
 * Only for display: the server verifies the token on every request.
 */
export function sessionFromToken(token) {
  const claims = decodeClaims(token);
  if (!claims?.sub) {
    throw new Error('This is not a JWT with a subject (sub) claim');
  }
  return {
    token,
    expiresAt: Number.isFinite(claims.exp) ? new Date(claims.exp * 1000).toISOString() : null,
    user: {
      id: claims.sub,
      username: claims.upn ?? claims.preferred_username ?? claims.sub,
      email: claims.email ?? null,
      firstName: claims.given_name ?? null,
      lastName: claims.family_name ?? null,
      avatar: claims.picture ?? null,
      roles: Array.isArray(claims.groups) ? claims.groups : [],
    },
  };
}

function decodeClaims(token) {
  const parts = token.trim().split('.');
  if (parts.length !== 3) {
    return null;
  }
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}
