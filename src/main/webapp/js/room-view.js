// An open room: its timeline (older pages on scroll, live events, catch-up after a reconnection),
// the composer (send on Enter, replies, link attachments, typing), members and read markers.

import {path} from './api.js';
import {h, replaceChildren} from './dom.js';
import {confirmDialog, field, openDialog} from './dialogs.js';
import {dayKey, dayLabel, displayName, nameList, roomTitle} from './format.js';
import {renderMessage, renderPending} from './message-view.js';
import {ParticipantsPanel, Powers} from './participants.js';
import {UserPicker} from './user-picker.js';

const PAGE_SIZE = 50;
const CATCH_UP_PAGE = 100;
const NEAR_TOP_PX = 120;
const NEAR_BOTTOM_PX = 80;
const TYPING_REFRESH_MS = 3000;
const TYPING_IDLE_MS = 4000;
const TYPING_SHOWN_MS = 6000;
// Wide enough for the member list beside the timeline (css/app.css has the same break).
const WIDE_SCREEN = '(min-width: 1101px)';
const ATTACHMENT_KINDS = ['FILE', 'IMAGE', 'VOICE', 'VIDEO'];

export class RoomView {
  /** app: {api, realtime, me, roles, notifier, roomList, navigate}. */
  constructor(app, roomId) {
    this.app = app;
    this.roomId = roomId;
    this.room = null;
    this.participants = new Map();
    this.messages = new Map();
    this.pending = new Map();
    this.hasOlder = false;
    this.loadingOlder = false;
    this.replyTo = null;
    this.attachments = [];
    this.editingId = null;
    this.typers = new Map();
    this.typingSentAt = 0;
    this.typingIdleTimer = null;
    this.lastMarkedId = null;
    this.loaded = false;
    this.early = [];
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
    this.leaveButton = h('button', {type: 'button', onclick: () => this.leave()}, 'Leave');
    const back = h('a', {href: '#/', class: 'back-link'}, '‹ Rooms');

    this.olderButton = h('button', {type: 'button', class: 'link-button older', hidden: true,
      onclick: () => this.loadOlder()}, 'Load older messages');
    this.list = h('ol', {class: 'messages', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions',
      'aria-label': 'Messages'});
    this.scroller = h('div', {class: 'timeline-scroll', tabindex: 0, 'aria-label': 'Message history'},
      this.olderButton, this.list);
    this.scroller.addEventListener('scroll', () => this.onScroll(), {passive: true});
    this.jumpButton = h('button', {type: 'button', class: 'jump-latest', hidden: true,
      onclick: () => this.scrollToBottom()}, 'Jump to latest ↓');
    this.typing = h('p', {class: 'typing', 'aria-live': 'polite'});

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
        back,
        h('div', {class: 'room-heading'}, this.title, this.subtitle),
        h('div', {class: 'room-tools'}, this.membersToggle, this.leaveButton)),
      h('div', {class: 'room-body'},
        h('div', {class: 'timeline'}, this.scroller, this.jumpButton, this.typing, this.buildComposer()),
        this.members.element));
    // The member list sits beside the timeline on wide screens and over it on narrow ones, where
    // it opens only when asked for.
    this.wideScreen = window.matchMedia(WIDE_SCREEN);
    this.onScreenChange = () => this.showMembers(this.wideScreen.matches);
    this.wideScreen.addEventListener('change', this.onScreenChange);
    this.showMembers(this.wideScreen.matches);
  }

  buildComposer() {
    this.replyBar = h('div', {class: 'reply-bar', hidden: true});
    this.attachmentBar = h('ul', {class: 'chips attachment-chips', 'aria-label': 'Attachments to send'});
    this.input = h('textarea', {id: 'composer-input', rows: 1, maxlength: 4000, placeholder: 'Write a message…',
      'aria-describedby': 'composer-hint', autocomplete: 'off'});
    this.input.addEventListener('keydown', (event) => this.onComposerKey(event));
    this.input.addEventListener('input', () => this.onComposerInput());
    this.input.addEventListener('blur', () => this.stopTyping());
    const form = h('form', {class: 'composer', 'aria-label': 'Send a message'},
      this.replyBar,
      this.attachmentBar,
      h('label', {for: 'composer-input', class: 'sr-only'}, 'Message'),
      h('div', {class: 'composer-row'},
        h('button', {type: 'button', class: 'icon-button', 'aria-label': 'Attach a link to a file',
          title: 'Attach a link', onclick: () => this.addAttachment()}, '📎'),
        this.input,
        h('button', {type: 'submit', class: 'primary'}, 'Send')),
      h('p', {class: 'hint sr-only', id: 'composer-hint'},
        'Enter sends, Shift+Enter adds a line, Escape cancels a reply, Up edits your last message.'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.send();
    });
    this.composer = form;
    return form;
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
    this.hasOlder = page.pagination.hasMore;
    page.messages.forEach((message) => this.store(message));
    this.renderAll();
    if (unread > 0 && myMarker) {
      this.placeUnreadDivider(myMarker);
    }
    // Live messages that arrived while the first page was on its way.
    this.loaded = true;
    this.early.splice(0).forEach((message) => this.onMessage(message));
    this.app.realtime.subscribe(this.roomId);
    await this.fillViewport();
    const divider = this.list.querySelector('.unread-divider');
    if (divider) {
      divider.scrollIntoView({block: 'center'});
    } else {
      this.scrollToBottom();
    }
    this.maybeMarkRead();
    this.input.focus();
  }

  showUnavailable(failure) {
    if (this.destroyed) {
      return;
    }
    const join = failure.code === 'NOT_PARTICIPANT'
      ? h('button', {type: 'button', class: 'primary', onclick: () => this.app.join(this.roomId)}, 'Join this room')
      : null;
    replaceChildren(this.element,
      h('div', {class: 'empty-state'},
        h('h2', {tabindex: -1}, failure.code === 'NOT_PARTICIPANT' ? 'You are not in this room yet' : 'Room unavailable'),
        h('p', null, failure.describe ? failure.describe() : failure.message),
        join,
        h('a', {href: '#/'}, 'Back to your rooms')));
    this.element.querySelector('h2').focus();
  }

  /** A first page shorter than the screen never scrolls, so it would never ask for older pages. */
  async fillViewport() {
    while (this.hasOlder && !this.destroyed && this.scroller.scrollHeight <= this.scroller.clientHeight) {
      if (!await this.loadOlder()) {
        return;
      }
    }
  }

  async loadOlder() {
    const oldest = this.orderedIds()[0];
    if (this.loadingOlder || !this.hasOlder || !oldest) {
      return false;
    }
    this.loadingOlder = true;
    try {
      const page = await this.api.get(path`/chat/rooms/${this.roomId}/messages?before=${oldest}` + `&limit=${PAGE_SIZE}`);
      if (this.destroyed) {
        return false;
      }
      const fromBottom = this.scroller.scrollHeight - this.scroller.scrollTop;
      this.hasOlder = page.pagination.hasMore;
      const first = this.list.firstElementChild;
      for (const message of page.messages) {
        if (!this.messages.has(message.id)) {
          this.store(message);
          this.list.insertBefore(this.renderOne(message), first);
        }
      }
      this.refreshDecorations();
      this.scroller.scrollTop = this.scroller.scrollHeight - fromBottom;
      return true;
    } catch (failure) {
      this.app.notifier.error(`Older messages could not be loaded: ${failure.message}`);
      return false;
    } finally {
      this.loadingOlder = false;
    }
  }

  /**
   * After a reconnection (or a late subscription): fetches every message after the newest one we
   * have, page by page (contract: cursor `after`), so nothing posted meanwhile is missed.
   */
  async catchUp() {
    const ids = this.orderedIds();
    if (!this.room || this.destroyed) {
      return;
    }
    if (!ids.length) {
      await this.reloadNewest();
      return;
    }
    let after = ids[ids.length - 1];
    try {
      for (;;) {
        const page = await this.api.get(path`/chat/rooms/${this.roomId}/messages?after=${after}` + `&limit=${CATCH_UP_PAGE}`);
        if (this.destroyed) {
          return;
        }
        page.messages.forEach((message) => this.onMessage(message));
        if (!page.pagination.hasMore || !page.messages.length) {
          break;
        }
        after = page.messages[page.messages.length - 1].id;
      }
      await this.refreshDetails();
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
    if (this.destroyed) {
      return;
    }
    this.messages.clear();
    this.hasOlder = page.pagination.hasMore;
    page.messages.forEach((message) => this.store(message));
    this.renderAll();
    this.scrollToBottom();
  }

  async refreshDetails() {
    const {chatRoom} = await this.api.get(path`/chat/rooms/${this.roomId}`);
    if (!this.destroyed) {
      this.applyRoom(chatRoom);
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
    this.leaveButton.hidden = false;
    this.renderMembers();
  }

  // --- Timeline ------------------------------------------------------------------------------

  store(message) {
    this.messages.set(message.id, message);
  }

  orderedIds() {
    return [...this.list.querySelectorAll('li.message[data-id]')].map((item) => item.dataset.id);
  }

  renderAll() {
    replaceChildren(this.list, [...this.messages.values()].map((message) => this.renderOne(message)),
      [...this.pending.values()].map((entry) => entry.element));
    this.olderButton.hidden = !this.hasOlder;
    this.refreshDecorations();
  }

  renderOne(message) {
    return renderMessage(message, {
      me: this.me,
      nameOf: (userId) => (this.participants.has(userId) ? displayName(this.participants.get(userId)) : 'someone'),
      canDelete: (candidate) => candidate.senderId === this.me.id || this.powers().deleteOthers(),
      onReply: (target) => this.startReply(target),
      onToggleReaction: (target, emoji) => this.toggleReaction(target, emoji),
      onEdit: (target) => this.startEdit(target),
      onDelete: (target) => this.remove(target),
      onJump: (messageId) => this.jumpTo(messageId),
    });
  }

  /** Swaps a message's element for a fresh one, keeping keyboard focus on the same control. */
  rerender(message) {
    const old = this.list.querySelector(`li[data-id="${CSS.escape(message.id)}"]`);
    if (!old || this.editingId === message.id) {
      return;
    }
    const focusedAction = old.contains(document.activeElement) ? document.activeElement.dataset.action : null;
    const fresh = this.renderOne(message);
    old.replaceWith(fresh);
    if (focusedAction) {
      (fresh.querySelector(`[data-action="${focusedAction}"]`) ?? fresh).focus();
    }
    this.refreshDecorations();
  }

  /** A message from the server: new ones are appended, known ones updated in place. */
  onMessage(message) {
    if (!this.loaded) {
      this.early.push(message);
      return;
    }
    const known = this.messages.has(message.id);
    this.store(message);
    const pending = message.clientMessageId ? this.pending.get(message.clientMessageId) : undefined;
    if (known) {
      this.rerender(message);
      pending?.element.remove();
      this.pending.delete(message.clientMessageId);
      return;
    }
    const stick = this.isNearBottom() || message.senderId === this.me.id;
    const element = this.renderOne(message);
    if (pending) {
      pending.element.replaceWith(element);
      this.pending.delete(message.clientMessageId);
    } else {
      const firstPending = this.list.querySelector('li.pending');
      this.list.insertBefore(element, firstPending);
    }
    this.typers.delete(message.senderId);
    this.renderTyping();
    this.refreshDecorations();
    if (stick) {
      this.scrollToBottom();
    } else {
      this.jumpButton.hidden = false;
    }
    this.maybeMarkRead();
  }

  /** An edit (or any newer copy) of a message; ones outside the loaded history are left alone. */
  onMessageUpdated(message) {
    if (this.loaded && this.messages.has(message.id)) {
      this.onMessage(message);
    }
  }

  /** Whether a live message counts as unread: it does unless you are looking at the newest one. */
  wouldBeUnread(message) {
    return message.senderId !== this.me.id
      && (document.visibilityState !== 'visible' || !this.isNearBottom());
  }

  onMessageDeleted(messageId) {
    const message = this.messages.get(messageId);
    if (message) {
      this.onMessage({...message, isDeleted: true, content: '', attachments: null, reactions: []});
    }
  }

  onReactions(messageId, reactions) {
    const message = this.messages.get(messageId);
    if (message) {
      this.onMessage({...message, reactions});
    }
  }

  refreshDecorations() {
    this.refreshDayDividers();
    this.refreshSeenBy();
    this.olderButton.hidden = !this.hasOlder;
  }

  refreshDayDividers() {
    this.list.querySelectorAll('li.day-divider').forEach((divider) => divider.remove());
    let previousDay = null;
    for (const item of this.list.querySelectorAll('li.message[data-id]')) {
      const message = this.messages.get(item.dataset.id);
      const day = message && dayKey(message.sentAt);
      if (day && day !== previousDay) {
        item.before(h('li', {class: 'day-divider', role: 'separator'}, dayLabel(message.sentAt)));
        previousDay = day;
      }
    }
  }

  placeUnreadDivider(markerId) {
    const ids = this.orderedIds();
    const index = ids.indexOf(markerId);
    const firstUnread = ids.slice(index + 1).find((id) => this.messages.get(id)?.senderId !== this.me.id);
    if (index >= 0 && firstUnread) {
      this.list.querySelector(`li[data-id="${CSS.escape(firstUnread)}"]`)
        .before(h('li', {class: 'unread-divider', role: 'separator'}, 'New messages'));
    }
  }

  /**
   * "Seen by" under the message each other member has read up to; not under their own message,
   * where it would say nothing new.
   */
  refreshSeenBy() {
    this.list.querySelectorAll('.seen-by').forEach((line) => line.remove());
    const readers = new Map();
    for (const participant of this.participants.values()) {
      const marker = participant.lastReadMessageId;
      if (participant.id !== this.me.id && marker && this.messages.has(marker)
          && this.messages.get(marker).senderId !== participant.id) {
        readers.set(marker, [...(readers.get(marker) ?? []), displayName(participant)]);
      }
    }
    for (const [messageId, names] of readers) {
      this.list.querySelector(`li[data-id="${CSS.escape(messageId)}"]`)
        ?.append(h('p', {class: 'seen-by'}, `Seen by ${nameList(names)}`));
    }
  }

  jumpTo(messageId) {
    const target = this.list.querySelector(`li[data-id="${CSS.escape(messageId)}"]`);
    if (!target) {
      this.app.notifier.info('That message is further back in the history. Scroll up to load it.');
      return;
    }
    target.scrollIntoView({block: 'center'});
    target.classList.add('highlight');
    setTimeout(() => target.classList.remove('highlight'), 2000);
    target.focus();
  }

  isNearBottom() {
    return this.scroller.scrollHeight - this.scroller.scrollTop - this.scroller.clientHeight < NEAR_BOTTOM_PX;
  }

  scrollToBottom() {
    this.scroller.scrollTop = this.scroller.scrollHeight;
    this.jumpButton.hidden = true;
    this.maybeMarkRead();
  }

  onScroll() {
    if (this.scroller.scrollTop < NEAR_TOP_PX && this.hasOlder) {
      this.loadOlder();
    }
    if (this.isNearBottom()) {
      this.jumpButton.hidden = true;
      this.maybeMarkRead();
    }
  }

  /** Read receipt up to the newest message, once you can see it. */
  maybeMarkRead() {
    const ids = this.orderedIds();
    const newest = ids[ids.length - 1];
    if (!newest || newest === this.lastMarkedId || document.visibilityState !== 'visible' || !this.isNearBottom()) {
      return;
    }
    this.lastMarkedId = newest;
    const sent = this.app.realtime.send('mark_read', {roomId: this.roomId, messageId: newest});
    if (!sent) {
      this.api.post(path`/chat/rooms/${this.roomId}/read`, {messageId: newest}).catch(() => {
        this.lastMarkedId = null;
      });
    }
    this.app.roomList.markRead(this.roomId);
  }

  // --- Composer ------------------------------------------------------------------------------

  onComposerKey(event) {
    if (event.isComposing) {
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      this.send();
    } else if (event.key === 'Escape' && this.replyTo) {
      event.preventDefault();
      this.cancelReply();
    } else if (event.key === 'ArrowUp' && !this.input.value) {
      const lastOwn = [...this.messages.values()].reverse()
        .find((message) => message.senderId === this.me.id && !message.isDeleted && message.type !== 'SYSTEM');
      if (lastOwn) {
        event.preventDefault();
        this.startEdit(lastOwn);
      }
    }
  }

  onComposerInput() {
    this.input.style.height = 'auto';
    this.input.style.height = `${Math.min(this.input.scrollHeight, 160)}px`;
    if (!this.input.value.trim()) {
      this.stopTyping();
      return;
    }
    const now = Date.now();
    if (now - this.typingSentAt > TYPING_REFRESH_MS) {
      this.typingSentAt = now;
      this.app.realtime.send('typing_start', {roomId: this.roomId});
    }
    clearTimeout(this.typingIdleTimer);
    this.typingIdleTimer = setTimeout(() => this.stopTyping(), TYPING_IDLE_MS);
  }

  stopTyping() {
    clearTimeout(this.typingIdleTimer);
    if (this.typingSentAt) {
      this.typingSentAt = 0;
      this.app.realtime.send('typing_stop', {roomId: this.roomId});
    }
  }

  async send() {
    const content = this.input.value.trim();
    if (!content && !this.attachments.length) {
      return;
    }
    const body = {content, type: 'TEXT', clientMessageId: newClientMessageId()};
    if (this.attachments.length) {
      body.type = this.attachments[0].kind;
      body.attachments = {files: this.attachments.map(({kind, ...file}) => file)};
    }
    if (this.replyTo) {
      body.replyToId = this.replyTo.id;
    }
    this.input.value = '';
    this.input.style.height = 'auto';
    this.cancelReply();
    this.attachments = [];
    this.renderAttachments();
    this.stopTyping();
    await this.post(body);
  }

  /** Posts over REST (a definite answer per message); a retry reuses clientMessageId, so never doubles. */
  async post(body) {
    const entry = {body, element: null};
    const show = (failed) => {
      const element = renderPending({
        clientMessageId: body.clientMessageId, content: body.content, attachments: body.attachments, failed,
        onRetry: () => this.post(body),
        onDiscard: () => {
          entry.element.remove();
          this.pending.delete(body.clientMessageId);
        },
      }, this.me);
      if (entry.element) {
        entry.element.replaceWith(element);
      } else {
        this.list.append(element);
      }
      entry.element = element;
    };
    const previous = this.pending.get(body.clientMessageId);
    entry.element = previous?.element ?? null;
    this.pending.set(body.clientMessageId, entry);
    show(false);
    this.scrollToBottom();
    try {
      const {message} = await this.api.post(path`/chat/rooms/${this.roomId}/messages`, body);
      this.app.roomList.onMessage(message, {unread: false});
      this.onMessage({...message, clientMessageId: body.clientMessageId});
    } catch (failure) {
      if (this.pending.has(body.clientMessageId)) {
        show(true);
      }
      this.app.notifier.error(`Your message was not sent: ${failure.describe ? failure.describe() : failure.message}`);
    }
  }

  startReply(message) {
    this.replyTo = message;
    const cancel = h('button', {type: 'button', class: 'icon-button', 'aria-label': 'Cancel reply',
      onclick: () => this.cancelReply()}, '×');
    replaceChildren(this.replyBar,
      h('span', null, 'Replying to ', h('strong', null, displayName(message.sender)), ': ',
        h('span', {class: 'reply-text'}, (message.content || 'Attachment').slice(0, 120))),
      cancel);
    this.replyBar.hidden = false;
    this.input.focus();
  }

  cancelReply() {
    this.replyTo = null;
    this.replyBar.hidden = true;
    this.replyBar.replaceChildren();
  }

  async addAttachment() {
    const url = h('input', {type: 'url', required: true, placeholder: 'https://…'});
    const name = h('input', {type: 'text', maxlength: 255, placeholder: 'report.pdf'});
    const kind = h('select', null, ATTACHMENT_KINDS.map((value) => h('option', {value}, value.toLowerCase())));
    const answer = await openDialog({
      title: 'Attach a link to a file',
      body: h('div', {class: 'stack'},
        field('Link (http or https)', url),
        field('Name', name, 'Shown instead of the link; the last part of the link when empty.'),
        field('Kind', kind)),
      buttons: [{value: 'cancel', label: 'Cancel'}, {value: 'add', label: 'Attach', primary: true}],
      onSubmit: () => {
        if (!/^https?:\/\//i.test(url.value.trim())) {
          throw new Error('The link must start with http:// or https://');
        }
      },
    });
    if (answer === 'add') {
      const link = url.value.trim();
      const fileName = name.value.trim() || decodeURIComponent(new URL(link).pathname.split('/').pop() || link);
      this.attachments.push({kind: kind.value, name: fileName.slice(0, 255), url: link, size: 0,
        type: guessMimeType(fileName)});
      this.renderAttachments();
    }
    this.input.focus();
  }

  renderAttachments() {
    replaceChildren(this.attachmentBar, this.attachments.map((file, index) =>
      h('li', {class: 'chip'}, `📎 ${file.name}`,
        h('button', {type: 'button', class: 'icon-button', 'aria-label': `Remove attachment ${file.name}`,
          onclick: () => {
            this.attachments.splice(index, 1);
            this.renderAttachments();
            this.input.focus();
          }}, '×'))));
  }

  // --- Message actions -----------------------------------------------------------------------

  async toggleReaction(message, emoji) {
    const mine = (message.reactions ?? []).some((group) => group.emoji === emoji && group.users?.includes(this.me.id));
    const url = path`/chat/rooms/${this.roomId}/messages/${message.id}/reactions/${emoji}`;
    try {
      const {reactions} = mine ? await this.api.delete(url) : await this.api.put(url);
      this.onReactions(message.id, reactions);
    } catch (failure) {
      this.app.notifier.error(`Reaction failed: ${failure.message}`);
    }
  }

  startEdit(message) {
    const item = this.list.querySelector(`li[data-id="${CSS.escape(message.id)}"]`);
    const text = item?.querySelector('.message-text');
    if (!item || !text || this.editingId) {
      return;
    }
    this.editingId = message.id;
    const editor = h('textarea', {class: 'edit-input', rows: 2, maxlength: 4000, 'aria-label': 'Edit your message'});
    editor.value = message.content;
    const finish = () => {
      this.editingId = null;
      this.rerender(this.messages.get(message.id));
      this.list.querySelector(`li[data-id="${CSS.escape(message.id)}"] [data-action="edit"]`)?.focus();
    };
    const save = async () => {
      const content = editor.value.trim();
      if (!content || content === message.content) {
        finish();
        return;
      }
      try {
        const {message: updated} = await this.api.patch(path`/chat/rooms/${this.roomId}/messages/${message.id}`, {content});
        this.store(updated);
        finish();
      } catch (failure) {
        this.app.notifier.error(`Edit failed: ${failure.describe ? failure.describe() : failure.message}`);
      }
    };
    const form = h('form', {class: 'edit-form'},
      editor,
      h('div', {class: 'edit-buttons'},
        h('button', {type: 'submit', class: 'primary small'}, 'Save'),
        h('button', {type: 'button', class: 'small', onclick: finish}, 'Cancel'),
        h('span', {class: 'hint'}, 'Enter saves, Escape cancels')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      save();
    });
    editor.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        save();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        finish();
      }
    });
    text.replaceWith(form);
    editor.focus();
    editor.setSelectionRange(editor.value.length, editor.value.length);
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
      this.onMessage(deleted);
    } catch (failure) {
      this.app.notifier.error(`Delete failed: ${failure.message}`);
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
    this.refreshSeenBy();
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

  onOnlineUsers(users) {
    const online = new Set(users.map((user) => user.id));
    for (const participant of this.participants.values()) {
      participant.isOnline = online.has(participant.id);
    }
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
    const known = this.participants.get(participant.id);
    this.participants.set(participant.id, {...known, ...participant});
    this.renderMembers();
    this.refreshMessagesOf(participant.id);
  }

  onParticipantLeft(userId) {
    this.participants.delete(userId);
    this.renderMembers();
  }

  /** Your own role changed: the actions offered on every message may have changed too. */
  refreshMessagesOf(userId) {
    if (userId === this.me.id) {
      this.messages.forEach((message) => this.rerender(message));
    }
  }

  onRead(userId, messageId) {
    const participant = this.participants.get(userId);
    if (participant && messageId) {
      participant.lastReadMessageId = messageId;
      this.refreshSeenBy();
    }
  }

  async mute(participant, until) {
    try {
      const {participant: updated} = await this.api.patch(path`/chat/rooms/${this.roomId}/participants/${participant.id}`,
        {mutedUntil: until});
      this.onParticipant(updated ?? {...participant, mutedUntil: until});
      this.app.notifier.info(until ? `${displayName(participant)} is muted for an hour.` : `${displayName(participant)} may write again.`);
    } catch (failure) {
      this.app.notifier.error(`Could not change ${displayName(participant)}: ${failure.message}`);
    }
  }

  async kick(participant) {
    const confirmed = await confirmDialog({
      title: 'Remove member',
      text: `Remove ${displayName(participant)} from this room? They can rejoin a public room.`,
      confirmLabel: 'Remove',
    });
    if (!confirmed) {
      return;
    }
    try {
      await this.api.delete(path`/chat/rooms/${this.roomId}/participants/${participant.id}`);
      this.onParticipantLeft(participant.id);
    } catch (failure) {
      this.app.notifier.error(`Could not remove ${displayName(participant)}: ${failure.message}`);
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
        await this.api.post(path`/chat/rooms/${this.roomId}/participants`, {userIds: picker.ids()});
        await this.refreshDetails();
      },
    });
  }

  async leave() {
    const confirmed = await confirmDialog({
      title: 'Leave room',
      text: `Leave ${this.title.textContent}? You will stop receiving its messages.`,
      confirmLabel: 'Leave',
    });
    if (!confirmed) {
      return;
    }
    try {
      await this.api.delete(path`/chat/rooms/${this.roomId}`);
      this.app.leftRoom(this.roomId, `You left ${this.title.textContent}.`);
    } catch (failure) {
      this.app.notifier.error(`Could not leave: ${failure.message}`);
    }
  }

  // --- Typing --------------------------------------------------------------------------------

  onTyping(userId, userEmail, started) {
    if (userId === this.me.id) {
      return;
    }
    clearTimeout(this.typers.get(userId)?.timer);
    if (started) {
      const participant = this.participants.get(userId);
      const name = participant ? displayName(participant) : (userEmail || 'Someone');
      this.typers.set(userId, {name, timer: setTimeout(() => this.onTyping(userId, userEmail, false), TYPING_SHOWN_MS)});
    } else {
      this.typers.delete(userId);
    }
    this.renderTyping();
  }

  renderTyping() {
    const names = [...this.typers.values()].map((typer) => typer.name);
    this.typing.textContent = names.length
      ? `${nameList(names)} ${names.length === 1 ? 'is' : 'are'} typing…` : '';
  }

  destroy() {
    this.destroyed = true;
    this.wideScreen.removeEventListener('change', this.onScreenChange);
    this.stopTyping();
    this.typers.forEach((typer) => clearTimeout(typer.timer));
  }
}

/** Unique enough to tell our retries apart; crypto.randomUUID needs a secure context, this does not. */
function newClientMessageId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `web-${[...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

const MIME_TYPES = {
  pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif',
  webp: 'image/webp', svg: 'image/svg+xml', txt: 'text/plain', csv: 'text/csv', zip: 'application/zip',
  mp3: 'audio/mpeg', ogg: 'audio/ogg', wav: 'audio/wav', mp4: 'video/mp4', webm: 'video/webm',
  doc: 'application/msword', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function guessMimeType(fileName) {
  const extension = fileName.includes('.') ? fileName.split('.').pop().toLowerCase() : '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}
