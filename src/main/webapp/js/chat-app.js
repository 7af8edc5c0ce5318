// The signed-in application: layout, hash routing (#/rooms/<id>, #/browse), the WebSocket
// connection and the routing of its events to the room list and the open room.

import {path} from './api.js';
import {BrowseView} from './browse-view.js';
import {createRoomDialog} from './create-room.js';
import {h, replaceChildren} from './dom.js';
import {displayName} from './format.js';
import {Notifier} from './notifier.js';
import {Realtime} from './realtime.js';
import {RoomList} from './room-list.js';
import {RoomView} from './room-view.js';

const LONGEST_TIMER_MS = 2 ** 31 - 1;
// Rooms others add you to announce themselves to that room's subscribers only, so the list is
// fetched again now and then (and whenever the tab comes back).
const ROOM_LIST_REFRESH_MS = 30_000;

export class ChatApp {
  /** onSignOut(notice) hands the screen back to the sign-in view. */
  constructor({container, session, api, onSignOut}) {
    this.container = container;
    this.session = session;
    this.api = api;
    this.onSignOut = onSignOut;
    this.me = session.user;
    this.roles = session.user.roles ?? [];
    this.notifier = new Notifier();
    this.view = null;
    this.statusTimer = null;
    this.expiryTimer = null;
    this.realtime = new Realtime({
      token: () => this.session.token,
      onStatus: (status) => this.showStatus(status),
      onRejected: (reason) => this.signOut(reason),
    });
    this.roomList = new RoomList({
      api,
      me: this.me,
      onCreate: () => this.createRoom(),
      onBrowse: () => this.navigate('#/browse'),
      onRefresh: () => this.refreshRooms(),
    });
    this.onHashChange = () => this.route();
    this.onVisibility = () => {
      if (document.visibilityState === 'visible') {
        this.currentRoom()?.markRead();
        if (this.realtime.isOpen()) {
          this.refreshRooms();
        }
      }
    };
  }

  start() {
    this.render();
    this.listen();
    window.addEventListener('hashchange', this.onHashChange);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.scheduleExpiry();
    this.realtime.start();
    this.refreshRooms();
    this.refreshTimer = setInterval(() => {
      if (document.visibilityState === 'visible' && this.realtime.isOpen()) {
        this.refreshRooms();
      }
    }, ROOM_LIST_REFRESH_MS);
    this.route();
  }

  /** A fresh room list, with live events from rooms that are new in it. */
  async refreshRooms() {
    try {
      await this.roomList.refresh();
      this.roomList.ids().forEach((roomId) => this.realtime.subscribe(roomId));
    } catch (failure) {
      this.notifier.error(`Rooms could not be loaded: ${failure.message}`);
    }
  }

  stop() {
    this.realtime.stop();
    this.view?.destroy();
    this.view = null;
    clearInterval(this.statusTimer);
    clearInterval(this.refreshTimer);
    clearTimeout(this.expiryTimer);
    window.removeEventListener('hashchange', this.onHashChange);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  signOut(notice) {
    this.stop();
    this.onSignOut(notice);
  }

  render() {
    this.connection = h('span', {class: 'connection-text'}, 'Connecting…');
    this.retryButton = h('button', {type: 'button', class: 'small', hidden: true,
      onclick: () => this.realtime.retryNow()}, 'Retry now');
    this.main = h('main', {class: 'content', id: 'main-content', tabindex: -1});
    this.layout = h('div', {class: 'layout'}, this.roomList.element, this.main);
    replaceChildren(this.container,
      h('a', {class: 'skip-link', href: '#main-content', onclick: (event) => {
        event.preventDefault();
        (this.main.querySelector('#composer-input') ?? this.main).focus();
      }}, 'Skip to content'),
      h('header', {class: 'topbar'},
        h('h1', {class: 'brand'}, h('a', {href: '#/'}, 'Arizon Chat')),
        h('div', {class: 'connection', role: 'status', 'data-state': 'connecting'}, h('span', {class: 'dot', 'aria-hidden': 'true'}),
          this.connection, this.retryButton),
        h('div', {class: 'account'},
          h('span', {class: 'account-name'}, 'Signed in as ', h('strong', null, displayName(this.me)),
            h('span', {class: 'member-username'}, ` @${this.me.username}`)),
          h('button', {type: 'button', class: 'small', onclick: () => this.signOut('You signed out.')}, 'Sign out'))),
      this.layout,
      this.notifier.element);
  }

  showStatus({state, retryAt}) {
    const box = this.container.querySelector('.connection');
    box.dataset.state = state;
    clearInterval(this.statusTimer);
    this.retryButton.hidden = state !== 'offline';
    if (state === 'online') {
      this.connection.textContent = 'Connected';
    } else if (state === 'connecting') {
      this.connection.textContent = 'Connecting…';
    } else {
      const tick = () => {
        const seconds = Math.max(0, Math.ceil((retryAt - Date.now()) / 1000));
        this.connection.textContent = `Offline: reconnecting in ${seconds} s`;
      };
      tick();
      this.statusTimer = setInterval(tick, 1000);
    }
  }

  scheduleExpiry() {
    if (!this.session.expiresAt) {
      return;
    }
    const remaining = Date.parse(this.session.expiresAt) - Date.now();
    this.expiryTimer = setTimeout(() => this.signOut('Your session has expired. Please sign in again.'),
      Math.min(Math.max(remaining, 0), LONGEST_TIMER_MS));
  }

  // --- Routing -------------------------------------------------------------------------------

  navigate(hash) {
    if (window.location.hash === hash) {
      this.route();
    } else {
      window.location.hash = hash;
    }
  }

  route() {
    const hash = window.location.hash;
    const roomMatch = /^#\/rooms\/([^/]+)$/.exec(hash);
    const roomId = roomMatch ? decodeURIComponent(roomMatch[1]) : null;
    if (roomId && this.view instanceof RoomView && this.view.roomId === roomId) {
      return;
    }
    this.view?.destroy();
    this.view = null;
    this.roomList.setActive(roomId);
    this.layout.dataset.view = roomId || hash === '#/browse' ? 'detail' : 'list';
    if (roomId) {
      this.show(new RoomView(this, roomId));
    } else if (hash === '#/browse') {
      this.show(new BrowseView(this));
    } else {
      replaceChildren(this.main, h('div', {class: 'empty-state welcome'},
        h('h2', null, `Welcome, ${displayName(this.me)}`),
        h('p', null, 'Pick a room on the left, start a new one, or browse the public rooms.'),
        h('div', {class: 'inline-row'},
          h('button', {type: 'button', class: 'primary', onclick: () => this.createRoom()}, 'New room'),
          h('a', {class: 'button', href: '#/browse'}, 'Browse public rooms'))));
    }
  }

  show(view) {
    this.view = view;
    replaceChildren(this.main, view.element);
    view.load().catch((failure) => this.notifier.error(failure.message));
  }

  currentRoom(roomId) {
    const view = this.view instanceof RoomView ? this.view : null;
    return view && (roomId === undefined || view.roomId === roomId) ? view : null;
  }

  // --- Actions shared by the views -----------------------------------------------------------

  async createRoom() {
    const room = await createRoomDialog({api: this.api, me: this.me});
    if (room) {
      this.roomList.upsert(room);
      this.realtime.subscribe(room.id);
      this.navigate(`#/rooms/${encodeURIComponent(room.id)}`);
    }
  }

  async join(roomId) {
    try {
      const {chatRoom} = await this.api.post(path`/chat/rooms/${roomId}`);
      this.roomList.upsert(chatRoom);
      this.realtime.subscribe(roomId);
      this.navigate(`#/rooms/${encodeURIComponent(roomId)}`);
    } catch (failure) {
      this.notifier.error(`Could not join: ${failure.describe ? failure.describe() : failure.message}`);
    }
  }

  /** You are out of a room: left, removed, or it was deleted. */
  leftRoom(roomId, notice) {
    this.realtime.forget(roomId);
    this.roomList.remove(roomId);
    if (this.currentRoom(roomId)) {
      this.navigate('#/');
    }
    this.notifier.info(notice);
  }

  // --- Live events ---------------------------------------------------------------------------

  listen() {
    const rt = this.realtime;
    rt.on('authenticated', () => this.onConnected());
    rt.on('new_message', ({message}) => this.onNewMessage(message));
    rt.on('message_sent', ({message}) => this.onNewMessage(message));
    rt.on('message_updated', ({message}) => {
      this.roomList.onMessage(message, {unread: false});
      this.currentRoom(message.roomId)?.onMessageUpdated(message);
    });
    rt.on('message_deleted', ({roomId, messageId}) => {
      this.roomList.onMessageDeleted(roomId, messageId);
      this.currentRoom(roomId)?.onMessageDeleted(messageId);
    });
    rt.on('reaction_updated', ({roomId, messageId, reactions}) =>
      this.currentRoom(roomId)?.onReactions(messageId, reactions));
    rt.on('user_typing', ({roomId, userId, userEmail}) => this.currentRoom(roomId)?.onTyping(userId, userEmail, true));
    rt.on('user_stopped_typing', ({roomId, userId, userEmail}) =>
      this.currentRoom(roomId)?.onTyping(userId, userEmail, false));
    rt.on('room_users_update', ({roomId, users}) => this.currentRoom(roomId)?.onOnlineUsers(users ?? []));
    rt.on('user_online', ({roomId, userId}) => this.currentRoom(roomId)?.onPresence(userId, true));
    rt.on('user_offline', ({roomId, userId}) => this.currentRoom(roomId)?.onPresence(userId, false));
    rt.on('messages_read', ({roomId, userId, lastReadMessageId}) => {
      if (userId === this.me.id) {
        this.roomList.markRead(roomId);
      } else if (userId) {
        this.currentRoom(roomId)?.onRead(userId, lastReadMessageId);
      }
    });
    rt.on('participant_joined', ({roomId, participant}) => this.currentRoom(roomId)?.onParticipant(participant));
    rt.on('participant_updated', ({roomId, participant}) => this.currentRoom(roomId)?.onParticipant(participant));
    rt.on('participant_left', ({roomId, userId}) => {
      if (userId === this.me.id) {
        this.leftRoom(roomId, `You are no longer a member of ${this.roomName(roomId)}.`);
      } else {
        this.currentRoom(roomId)?.onParticipantLeft(userId);
      }
    });
    rt.on('room_updated', ({room}) => {
      this.roomList.upsert(room);
      this.currentRoom(room.id)?.applyRoom(room);
    });
    rt.on('room_deleted', ({roomId}) => this.leftRoom(roomId, `${this.roomName(roomId)} was deleted.`));
    rt.on('room_joined', ({roomId, room}) => {
      const view = this.currentRoom(roomId);
      if (view) {
        if (room) {
          view.applyRoom(room);
        }
        view.catchUp();
      }
    });
    // Messages go over REST, which answers each one; what the socket carries (typing, read
    // receipts, subscriptions) is best effort, so its errors are only logged.
    rt.on('error', ({code, message}) => console.warn('Real-time error', code, message));
  }

  /**
   * After every (re)connection: a fresh room list, then live events for each of those rooms (the
   * open one first, whose room_joined answer triggers its catch-up).
   */
  async onConnected() {
    try {
      await this.roomList.refresh();
    } catch {
      // The old list stays; the subscriptions below still renew it.
    }
    const open = this.currentRoom();
    const ids = this.roomList.ids().filter((id) => id !== open?.roomId);
    this.realtime.resubscribe(open?.loaded ? [open.roomId, ...ids] : ids);
  }

  onNewMessage(message) {
    const view = this.currentRoom(message.roomId);
    if (!this.roomList.get(message.roomId)) {
      this.roomList.refresh().catch(() => {});
    } else {
      this.roomList.onMessage(message, {unread: view ? view.wouldBeUnread(message) : message.senderId !== this.me.id});
    }
    view?.onMessage(message);
  }

  roomName(roomId) {
    const room = this.roomList.get(roomId);
    return room ? this.roomList.titleOf(room) : 'the room';
  }
}
