// An open room: loads its details and newest messages, catches up after a reconnection, and turns
// what you do (send, react, edit, delete, moderate, leave) into REST calls and live events into
// updates of the timeline, the members and the typing line.

import {path} from './api.js';
import {Composer} from './composer.js';
import {h, replaceChildren} from './dom.js';
import {confirmDialog, openDialog} from './dialogs.js';
import {displayName, roomTitle} from './format.js';
import {ParticipantsPanel, Powers} from './participants.js';
import {Timeline} from './timeline.js';
import {TypingIndicator} from './typing-indicator.js';
import {UserPicker} from './user-picker.js';

const PAGE_SIZE = 50;
const CATCH_UP_PAGE = 100;
// Wide enough for the member list beside the timeline (css/app.css has the same break).
const WIDE_SCREEN = '(min-width: 1101px)';

export class RoomView {
  /** app: {api, realtime, me, roles, notifier, roomList, join, leftRoom}. */
  constructor(app, roomId) {
    this.app = app;
    this.roomId = roomId;
    this.room = null;
    this.participants = new Map();
    this.lastMarkedId = null;
    this.loaded = false;
    this.destroyed = false;
    this.build();
  }

  get api() {
    return this.app.api;
  }

  get me() {
    return this.app.me;
  }

  build() {
    this.title = h('h2', {id: 'room-title', tabindex: -1}, 'Loading…');
    this.subtitle = h('p', {class: 'room-subtitle'});
    this.membersToggle = h('button', {type: 'button', 'aria-controls': 'members-panel', 'aria-expanded': 'false',
      class: 'members-toggle', onclick: () => this.toggleMembers()}, 'Members');

    this.timeline = new Timeline({
      me: this.me,
      notifier: this.app.notifier,
      messageActions: {
        nameOf: (userId) => (this.participants.has(userId) ? displayName(this.participants.get(userId)) : 'someone'),
        canDelete: (message) => message.senderId === this.me.id || this.powers().deleteOthers(),
        onReply: (message) => this.composer.startReply(message),
        onToggleReaction: (message, emoji) => this.toggleReaction(message, emoji),
        onEdit: (message) => this.timeline.startEdit(message),
        onDelete: (message) => this.remove(message),
        onJump: (messageId) => this.timeline.jumpTo(messageId),
      },
      fetchOlder: (oldestId) => this.api.get(path`/chat/rooms/${this.roomId}/messages?before=${oldestId}`
        + `&limit=${PAGE_SIZE}`),
      onNewestSeen: () => this.markRead(),
      onSaveEdit: (message, content) => this.saveEdit(message, content),
    });
    this.composer = new Composer({
      onSend: (body) => this.post(body),
      onTyping: (started) => this.app.realtime.send(started ? 'typing_start' : 'typing_stop', {roomId: this.roomId}),
      onEditLast: () => {
        const message = this.timeline.newestOwn();
        return Boolean(message) && this.timeline.startEdit(message);
      },
    });
    this.typing = new TypingIndicator();
    this.members = new ParticipantsPanel({
      me: this.me,
      handlers: {
        onMute: (participant, until) => this.mute(participant, until),
        onKick: (participant) => this.kick(participant),
        onAdd: () => this.addPeople(),
      },
    });

    this.element = h('section', {class: 'room', 'aria-labelledby': 'room-title'},
      h('header', {class: 'room-header'},
        h('a', {href: '#/', class: 'back-link'}, '‹ Rooms'),
        h('div', {class: 'room-heading'}, this.title, this.subtitle),
        h('div', {class: 'room-tools'}, this.membersToggle,
          h('button', {type: 'button', onclick: () => this.leave()}, 'Leave'))),
      h('div', {class: 'room-body'},
        h('div', {class: 'timeline'}, this.timeline.scroller, this.timeline.jumpButton, this.typing.element,
          this.composer.element),
        this.members.element));
    // The member list sits beside the timeline on wide screens and over it on narrow ones, where
    // it opens only when asked for.
    this.wideScreen = window.matchMedia(WIDE_SCREEN);
    this.onScreenChange = () => this.showMembers(this.wideScreen.matches);
    this.wideScreen.addEventListener('change', this.onScreenChange);
    this.showMembers(this.wideScreen.matches);
  }

  // --- Loading -------------------------------------------------------------------------------

  async load() {
    let details;
    let page;
    try {
      [details, page] = await Promise.all([
        this.api.get(path`/chat/rooms/${this.roomId}`),
        this.api.get(path`/chat/rooms/${this.roomId}/messages` + `?limit=${PAGE_SIZE}`),
      ]);
    } catch (failure) {
      this.showUnavailable(failure);
      return;
    }
    if (this.destroyed) {
      return;
    }
    this.applyRoom(details.chatRoom);
    const myMarker = this.participants.get(this.me.id)?.lastReadMessageId;
    const unread = this.app.roomList.get(this.roomId)?.unreadCount ?? 0;
    this.timeline.show(page.messages, page.pagination.hasMore);
    if (unread > 0 && myMarker) {
      this.timeline.placeUnreadDivider(myMarker);
    }
    this.loaded = true;
    this.app.realtime.subscribe(this.roomId);
    await this.timeline.fillViewport();
    this.timeline.scrollToStart();
    this.markRead();
    this.composer.focus();
  }

  showUnavailable(failure) {
    if (this.destroyed) {
      return;
    }
    const notJoined = failure.code === 'NOT_PARTICIPANT';
    replaceChildren(this.element,
      h('div', {class: 'empty-state'},
        h('h2', {tabindex: -1}, notJoined ? 'You are not in this room yet' : 'Room unavailable'),
        h('p', null, failure.describe ? failure.describe() : failure.message),
        notJoined
          ? h('button', {type: 'button', class: 'primary', onclick: () => this.app.join(this.roomId)}, 'Join this room')
          : null,
        h('a', {href: '#/'}, 'Back to your rooms')));
    this.element.querySelector('h2').focus();
  }

  /**
   * After a reconnection (or a late subscription): fetches every message after the newest one we
   * have, page by page (contract: cursor `after`), so nothing posted meanwhile is missed.
   */
  async catchUp() {
    if (!this.loaded || this.destroyed) {
      return;
    }
    let after = this.timeline.newestId();
    try {
      if (!after) {
        await this.reloadNewest();
        return;
      }
      for (;;) {
        const page = await this.api.get(path`/chat/rooms/${this.roomId}/messages?after=${after}`
          + `&limit=${CATCH_UP_PAGE}`);
        if (this.destroyed) {
          return;
        }
        page.messages.forEach((message) => this.timeline.apply(message));
        if (!page.pagination.hasMore || !page.messages.length) {
          break;
        }
        after = page.messages[page.messages.length - 1].id;
      }
      const {chatRoom} = await this.api.get(path`/chat/rooms/${this.roomId}`);
      if (!this.destroyed) {
        this.applyRoom(chatRoom);
      }
    } catch (failure) {
      if (failure.code === 'MESSAGE_NOT_FOUND') {
        await this.reloadNewest();
      } else if (failure.status === 403 || failure.status === 404) {
        this.app.leftRoom(this.roomId, 'You are no longer in this room.');
      }
    }
  }

  async reloadNewest() {
    const page = await this.api.get(path`/chat/rooms/${this.roomId}/messages` + `?limit=${PAGE_SIZE}`);
    if (!this.destroyed) {
      this.timeline.show(page.messages, page.pagination.hasMore);
      this.timeline.scrollToBottom();
    }
  }

  applyRoom(room) {
    this.room = {...this.room, ...room};
    if (room.participants) {
      this.participants = new Map(room.participants.map((participant) => [participant.id, participant]));
    }
    this.app.roomList.upsert(room);
    const partner = [...this.participants.values()].find((participant) => participant.id !== this.me.id);
    this.title.textContent = roomTitle(this.room, this.room.type === 'DIRECT' ? partner : null);
    const facts = [this.room.type.toLowerCase(), this.room.isPrivate ? 'private' : 'public'];
    if (!this.room.isActive) {
      facts.push('inactive');
    }
    this.subtitle.textContent = [facts.join(' · '), this.room.description].filter(Boolean).join(' — ');
    this.renderMembers();
  }

  // --- Live events ---------------------------------------------------------------------------

  onMessage(message) {
    this.typing.stopped(message.senderId);
    this.timeline.apply(message);
  }

  onMessageUpdated(message) {
    this.timeline.update(message);
  }

  onMessageDeleted(messageId) {
    this.timeline.markDeleted(messageId);
  }

  onReactions(messageId, reactions) {
    this.timeline.setReactions(messageId, reactions);
  }

  /** Whether a live message counts as unread: it does unless you are looking at the newest one. */
  wouldBeUnread(message) {
    return message.senderId !== this.me.id
      && (document.visibilityState !== 'visible' || !this.timeline.isNearBottom());
  }

  onTyping(userId, userEmail, started) {
    if (userId === this.me.id) {
      return;
    }
    if (started) {
      const participant = this.participants.get(userId);
      this.typing.started(userId, participant ? displayName(participant) : (userEmail || 'Someone'));
    } else {
      this.typing.stopped(userId);
    }
  }

  onOnlineUsers(users) {
    const online = new Set(users.map((user) => user.id));
    this.participants.forEach((participant) => { participant.isOnline = online.has(participant.id); });
    this.renderMembers();
  }

  onPresence(userId, isOnline) {
    const participant = this.participants.get(userId);
    if (participant) {
      participant.isOnline = isOnline;
      this.renderMembers();
    }
  }

  onParticipant(participant) {
    this.participants.set(participant.id, {...this.participants.get(participant.id), ...participant});
    this.renderMembers();
    if (participant.id === this.me.id) {
      this.timeline.rerenderAll();
    }
  }

  onParticipantLeft(userId) {
    this.participants.delete(userId);
    this.renderMembers();
  }

  onRead(userId, messageId) {
    const participant = this.participants.get(userId);
    if (participant && messageId) {
      participant.lastReadMessageId = messageId;
      this.timeline.setReaders([...this.participants.values()]);
    }
  }

  /** Read receipt up to the newest message, once you can see it. */
  markRead() {
    const newest = this.timeline.newestId();
    if (!this.loaded || !newest || newest === this.lastMarkedId || document.visibilityState !== 'visible'
        || !this.timeline.isNearBottom()) {
      return;
    }
    this.lastMarkedId = newest;
    if (!this.app.realtime.send('mark_read', {roomId: this.roomId, messageId: newest})) {
      this.api.post(path`/chat/rooms/${this.roomId}/read`, {messageId: newest}).catch(() => {
        this.lastMarkedId = null;
      });
    }
    this.app.roomList.markRead(this.roomId);
  }

  // --- What you do ---------------------------------------------------------------------------

  /** Posts over REST (a definite answer per message); a retry reuses clientMessageId, so never doubles. */
  async post(body) {
    const retry = () => this.post(body);
    this.timeline.showPending(body, {failed: false, onRetry: retry});
    try {
      const {message} = await this.api.post(path`/chat/rooms/${this.roomId}/messages`, body);
      this.app.roomList.onMessage(message, {unread: false});
      this.timeline.apply({...message, clientMessageId: body.clientMessageId});
    } catch (failure) {
      if (this.timeline.isPending(body.clientMessageId)) {
        this.timeline.showPending(body, {failed: true, onRetry: retry});
      }
      this.app.notifier.error(`Your message was not sent: ${failure.describe ? failure.describe() : failure.message}`);
    }
  }

  async toggleReaction(message, emoji) {
    const mine = (message.reactions ?? []).some((group) => group.emoji === emoji && group.users?.includes(this.me.id));
    const url = path`/chat/rooms/${this.roomId}/messages/${message.id}/reactions/${emoji}`;
    try {
      const {reactions} = mine ? await this.api.delete(url) : await this.api.put(url);
      this.timeline.setReactions(message.id, reactions);
    } catch (failure) {
      this.app.notifier.error(`Reaction failed: ${failure.message}`);
    }
  }

  /** The edited message, or null after showing why it was refused. */
  async saveEdit(message, content) {
    try {
      return (await this.api.patch(path`/chat/rooms/${this.roomId}/messages/${message.id}`, {content})).message;
    } catch (failure) {
      this.app.notifier.error(`Edit failed: ${failure.describe ? failure.describe() : failure.message}`);
      return null;
    }
  }

  async remove(message) {
    const own = message.senderId === this.me.id;
    const confirmed = await confirmDialog({
      title: 'Delete message',
      text: own ? 'Delete your message for everyone?' : `Delete ${displayName(message.sender)}'s message for everyone?`,
      confirmLabel: 'Delete',
    });
    if (!confirmed) {
      return;
    }
    try {
      const {message: deleted} = await this.api.delete(path`/chat/rooms/${this.roomId}/messages/${message.id}`);
      this.timeline.apply(deleted);
    } catch (failure) {
      this.app.notifier.error(`Delete failed: ${failure.message}`);
    }
  }

  async leave() {
    const name = this.title.textContent;
    if (!await confirmDialog({title: 'Leave room', text: `Leave ${name}? You will stop receiving its messages.`,
      confirmLabel: 'Leave'})) {
      return;
    }
    try {
      await this.api.delete(path`/chat/rooms/${this.roomId}`);
      this.app.leftRoom(this.roomId, `You left ${name}.`);
    } catch (failure) {
      this.app.notifier.error(`Could not leave: ${failure.message}`);
    }
  }

  // --- Members -------------------------------------------------------------------------------

  powers() {
    return new Powers(this.participants.get(this.me.id)?.role, this.app.roles);
  }

  renderMembers() {
    const participants = [...this.participants.values()];
    this.members.render(participants, this.powers());
    const online = participants.filter((participant) => participant.isOnline).length;
    this.membersToggle.textContent = `Members (${online}/${participants.length} online)`;
    this.timeline.setReaders(participants);
  }

  showMembers(open) {
    this.element.classList.toggle('members-open', open);
    this.membersToggle.setAttribute('aria-expanded', String(open));
  }

  toggleMembers() {
    const open = !this.element.classList.contains('members-open');
    this.showMembers(open);
    if (open) {
      this.members.heading.setAttribute('tabindex', '-1');
      this.members.heading.focus();
    }
  }

  async mute(participant, until) {
    const name = displayName(participant);
    try {
      const {participant: updated} = await this.api.patch(
        path`/chat/rooms/${this.roomId}/participants/${participant.id}`, {mutedUntil: until});
      this.onParticipant(updated);
      this.app.notifier.info(until ? `${name} is muted for an hour.` : `${name} may write again.`);
    } catch (failure) {
      this.app.notifier.error(`Could not change ${name}: ${failure.message}`);
    }
  }

  async kick(participant) {
    const name = displayName(participant);
    if (!await confirmDialog({title: 'Remove member',
      text: `Remove ${name} from this room? They can rejoin a public room.`, confirmLabel: 'Remove'})) {
      return;
    }
    try {
      await this.api.delete(path`/chat/rooms/${this.roomId}/participants/${participant.id}`);
      this.onParticipantLeft(participant.id);
    } catch (failure) {
      this.app.notifier.error(`Could not remove ${name}: ${failure.message}`);
    }
  }

  async addPeople() {
    const picker = new UserPicker({api: this.api, label: 'Username', excludeIds: [...this.participants.keys()]});
    await openDialog({
      title: 'Add people to this room',
      body: picker.element,
      buttons: [{value: 'cancel', label: 'Cancel'}, {value: 'add', label: 'Add to room', primary: true}],
      onSubmit: async () => {
        await picker.addPending();
        if (!picker.ids().length) {
          throw new Error('Pick at least one person first.');
        }
        const {participants} = await this.api.post(path`/chat/rooms/${this.roomId}/participants`,
          {userIds: picker.ids()});
        this.applyRoom({...this.room, participants});
      },
    });
  }

  destroy() {
    this.destroyed = true;
    this.wideScreen.removeEventListener('change', this.onScreenChange);
    this.composer.stopTyping();
    this.typing.destroy();
    this.timeline.destroy();
  }
}
