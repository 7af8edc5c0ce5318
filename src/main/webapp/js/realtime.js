// The native WebSocket transport (contract section 6): {"event", "data"} frames, ?token= at the
// handshake, reconnection with exponential backoff, and the room subscriptions renewed after each.

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;
const JOIN_SPACING_MS = 60;

export class Realtime {
  /**
   * token() gives the current token; onStatus({state, retryAt}) hears 'connecting', 'online' and
   * 'offline'; onRejected(message) hears a token the server refused (no retry then).
   */
  constructor({token, onStatus, onRejected}) {
    this.token = token;
    this.onStatus = onStatus;
    this.onRejected = onRejected;
    this.handlers = new Map();
    this.rooms = new Set();
    this.socket = null;
    this.attempt = 0;
    this.retryTimer = null;
    this.joinTimer = null;
    this.stopped = true;
    this.authenticated = false;
    this.refused = false;
  }

  start() {
    this.stopped = false;
    this.connect();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.joinTimer);
    this.socket?.close(1000, 'signed out');
    this.socket = null;
  }

  /** Connects at once instead of waiting for the next retry. */
  retryNow() {
    if (!this.stopped && !this.isOpen()) {
      clearTimeout(this.retryTimer);
      this.attempt = 0;
      this.connect();
    }
  }

  on(event, handler) {
    if (!this.handlers.has(event)) {
      this.handlers.set(event, new Set());
    }
    this.handlers.get(event).add(handler);
  }

  isOpen() {
    return this.authenticated && this.socket?.readyState === WebSocket.OPEN;
  }

  /** Sends an event if the connection is up; false when it is not (the caller may fall back to REST). */
  send(event, data) {
    if (!this.isOpen()) {
      return false;
    }
    this.socket.send(JSON.stringify({event, data}));
    return true;
  }

  /** Live events of this room from now on. */
  subscribe(roomId) {
    if (!this.rooms.has(roomId)) {
      this.rooms.add(roomId);
      this.send('join_room', {roomId});
    }
  }

  unsubscribe(roomId) {
    if (this.rooms.delete(roomId)) {
      this.send('leave_room', {roomId});
    }
  }

  /** Forgets a room without telling the server (it already dropped us: kicked, left, deleted). */
  forget(roomId) {
    this.rooms.delete(roomId);
  }

  /**
   * After a (re)connection: subscribes to exactly these rooms, first ones first, paced so that many
   * rooms stay under the per-connection event rate. The caller passes a fresh list, never the old
   * set: join_room would bring back a user who was removed from a public room while offline.
   */
  resubscribe(roomIds) {
    clearTimeout(this.joinTimer);
    this.rooms = new Set(roomIds);
    const pending = [...this.rooms];
    const next = () => {
      const roomId = pending.shift();
      if (roomId === undefined || !this.isOpen()) {
        return;
      }
      if (this.rooms.has(roomId)) {
        this.send('join_room', {roomId});
      }
      this.joinTimer = setTimeout(next, JOIN_SPACING_MS);
    };
    next();
  }

  connect() {
    clearTimeout(this.retryTimer);
    const token = this.token();
    if (!token || this.stopped) {
      return;
    }
    this.authenticated = false;
    this.refused = false;
    this.onStatus({state: 'connecting'});
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${window.location.host}/ws/chat?token=${encodeURIComponent(token)}`);
    this.socket = socket;
    socket.addEventListener('message', (event) => this.receive(socket, event.data));
    socket.addEventListener('close', () => this.closed(socket));
  }

  receive(socket, text) {
    if (socket !== this.socket) {
      return;
    }
    let frame;
    try {
      frame = JSON.parse(text);
    } catch {
      return;
    }
    if (frame.event === 'authenticated') {
      this.authenticated = true;
      this.attempt = 0;
      this.onStatus({state: 'online'});
    } else if (frame.event === 'authentication_error') {
      this.refused = true;
    }
    for (const handler of this.handlers.get(frame.event) ?? []) {
      handler(frame.data ?? {});
    }
  }

  closed(socket) {
    if (socket !== this.socket) {
      return;
    }
    const wasAuthenticated = this.authenticated;
    this.authenticated = false;
    this.socket = null;
    clearTimeout(this.joinTimer);
    if (this.stopped) {
      return;
    }
    if (this.refused && !wasAuthenticated) {
      this.stopped = true;
      this.onRejected('The server refused your token. Please sign in again.');
      return;
    }
    const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** this.attempt);
    const jittered = Math.round(delay / 2 + Math.random() * delay / 2);
    this.attempt += 1;
    this.onStatus({state: 'offline', retryAt: Date.now() + jittered});
    this.retryTimer = setTimeout(() => this.connect(), jittered);
  }
}
