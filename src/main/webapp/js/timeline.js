// A room's messages on screen: oldest at the top, older pages fetched when you scroll up, live
// messages appended, day and "new messages" dividers, "seen by" lines, messages still being sent,
// in-place editing, and keyboard navigation with one tab stop for the whole list.

import {h, replaceChildren} from './dom.js';
import {dayKey, dayLabel, displayName, nameList} from './format.js';
import {renderMessage, renderPending} from './message-view.js';

const NEAR_TOP_PX = 120;
const NEAR_BOTTOM_PX = 80;
const HIGHLIGHT_MS = 2000;

export class Timeline {
  /**
   * messageActions: the callbacks renderMessage needs besides `me` (see message-view.js);
   * fetchOlder(oldestId) resolves with the page before that message; onNewestSeen() is told when
   * the newest message is on screen; onSaveEdit(message, content) saves an edit and resolves with
   * the edited message, or null when it failed (the editor stays open).
   */
  constructor({me, messageActions, fetchOlder, onNewestSeen, onSaveEdit, notifier}) {
    this.me = me;
    this.messageActions = messageActions;
    this.fetchOlder = fetchOlder;
    this.onNewestSeen = onNewestSeen;
    this.onSaveEdit = onSaveEdit;
    this.notifier = notifier;
    this.messages = new Map();
    this.pending = new Map();
    this.readers = [];
    this.hasOlder = false;
    this.loadingOlder = false;
    this.editingId = null;
    this.shown = false;
    this.early = [];

    this.olderButton = h('button', {type: 'button', class: 'link-button older', hidden: true,
      onclick: () => this.loadOlder()}, 'Load older messages');
    this.list = h('ol', {class: 'messages', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions',
      'aria-label': 'Messages'});
    this.scroller = h('div', {class: 'timeline-scroll', tabindex: 0, 'aria-label': 'Message history',
      'aria-describedby': 'timeline-hint'},
    h('p', {class: 'sr-only', id: 'timeline-hint'},
      'Up and Down arrows move between messages; Tab reaches the actions of the message you are on.'),
    this.olderButton, this.list);
    this.jumpButton = h('button', {type: 'button', class: 'jump-latest', hidden: true,
      onclick: () => this.scrollToBottom()}, 'Jump to latest ↓');

    this.scroller.addEventListener('scroll', () => this.onScroll(), {passive: true});
    // A timeline showing its newest message keeps showing it when its box changes size (a phone
    // turned, a window resized, the composer growing).
    this.pinned = true;
    this.resizes = new ResizeObserver(() => {
      if (this.pinned) {
        this.scroller.scrollTop = this.scroller.scrollHeight;
      }
    });
    this.resizes.observe(this.scroller);
    this.scroller.addEventListener('keydown', (event) => this.onKey(event));
    // A message's own controls join the tab order only while focus is on that message.
    this.list.addEventListener('focusin', (event) => tabbable(event.target.closest('li.message[data-id]'), true));
    this.list.addEventListener('focusout', (event) => {
      const item = event.target.closest('li.message[data-id]');
      if (item && !item.contains(event.relatedTarget)) {
        tabbable(item, false);
      }
    });
  }

  has(messageId) {
    return this.messages.has(messageId);
  }

  get(messageId) {
    return this.messages.get(messageId);
  }

  /** Message ids in screen order, oldest first (messages still being sent have none yet). */
  ids() {
    return [...this.list.querySelectorAll('li.message[data-id]')].map((item) => item.dataset.id);
  }

  newestId() {
    const ids = this.ids();
    return ids[ids.length - 1];
  }

  /** Your newest message that can still be edited. */
  newestOwn() {
    return [...this.messages.values()].reverse()
      .find((message) => message.senderId === this.me.id && !message.isDeleted && message.type !== 'SYSTEM');
  }

  /** Replaces the history with a page (oldest first); live messages that came meanwhile follow. */
  show(messages, hasOlder) {
    this.messages = new Map(messages.map((message) => [message.id, message]));
    this.hasOlder = hasOlder;
    replaceChildren(this.list, messages.map((message) => this.render(message)),
      [...this.pending.values()].map((entry) => entry.element));
    this.refreshDecorations();
    this.shown = true;
    this.early.splice(0).forEach((message) => this.apply(message));
  }

  /** A message from the server: new ones are appended, known ones updated in place. */
  apply(message) {
    if (!this.shown) {
      this.early.push(message);
      return;
    }
    const known = this.messages.has(message.id);
    this.messages.set(message.id, message);
    const pending = message.clientMessageId ? this.pending.get(message.clientMessageId) : undefined;
    if (pending) {
      this.pending.delete(message.clientMessageId);
    }
    if (known) {
      pending?.element.remove();
      this.rerender(message);
      return;
    }
    const stick = this.isNearBottom() || message.senderId === this.me.id;
    const element = this.render(message);
    if (pending) {
      pending.element.replaceWith(element);
    } else {
      this.list.insertBefore(element, this.list.querySelector('li.pending'));
    }
    this.refreshDecorations();
    if (stick) {
      this.scrollToBottom();
    } else {
      this.jumpButton.hidden = false;
    }
  }

  /** A newer copy of a message; ones outside the loaded history are left alone. */
  update(message) {
    if (this.shown && this.messages.has(message.id)) {
      this.apply(message);
    }
  }

  markDeleted(messageId) {
    const message = this.messages.get(messageId);
    if (message) {
      this.apply({...message, isDeleted: true, content: '', attachments: null, reactions: []});
    }
  }

  setReactions(messageId, reactions) {
    const message = this.messages.get(messageId);
    if (message) {
      this.apply({...message, reactions});
    }
  }

  render(message) {
    const item = renderMessage(message, {me: this.me, ...this.messageActions});
    tabbable(item, false);
    return item;
  }

  /** Swaps a message's element for a fresh one, keeping keyboard focus on the same control. */
  rerender(message) {
    const old = this.itemOf(message.id);
    if (!old || this.editingId === message.id) {
      return;
    }
    const focusedAction = old.contains(document.activeElement) ? document.activeElement.dataset.action : null;
    const fresh = this.render(message);
    old.replaceWith(fresh);
    if (focusedAction) {
      (fresh.querySelector(`[data-action="${focusedAction}"]`) ?? fresh).focus();
    }
    this.refreshDecorations();
  }

  /** After your rights changed: the actions offered on every message may have changed too. */
  rerenderAll() {
    this.messages.forEach((message) => this.rerender(message));
  }

  itemOf(messageId) {
    return this.list.querySelector(`li[data-id="${CSS.escape(messageId)}"]`);
  }

  // --- Paging --------------------------------------------------------------------------------

  async loadOlder() {
    const oldest = this.ids()[0];
    if (this.loadingOlder || !this.hasOlder || !oldest) {
      return false;
    }
    this.loadingOlder = true;
    try {
      const page = await this.fetchOlder(oldest);
      const fromBottom = this.scroller.scrollHeight - this.scroller.scrollTop;
      this.hasOlder = page.pagination.hasMore;
      const first = this.list.firstElementChild;
      for (const message of page.messages.filter((candidate) => !this.messages.has(candidate.id))) {
        this.messages.set(message.id, message);
        this.list.insertBefore(this.render(message), first);
      }
      this.refreshDecorations();
      this.scroller.scrollTop = this.scroller.scrollHeight - fromBottom;
      return true;
    } catch (failure) {
      this.notifier.error(`Older messages could not be loaded: ${failure.message}`);
      return false;
    } finally {
      this.loadingOlder = false;
    }
  }

  /** A first page shorter than the screen never scrolls, so it would never ask for older pages. */
  async fillViewport() {
    while (this.hasOlder && this.scroller.isConnected && this.scroller.scrollHeight <= this.scroller.clientHeight) {
      if (!await this.loadOlder()) {
        return;
      }
    }
  }

  // --- Messages being sent -------------------------------------------------------------------

  /** Shows a message on its way; a failed one offers to retry or discard. */
  showPending(body, {failed, onRetry}) {
    const entry = this.pending.get(body.clientMessageId) ?? {element: null};
    const element = renderPending({
      clientMessageId: body.clientMessageId, content: body.content, attachments: body.attachments, failed,
      onRetry,
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
    this.pending.set(body.clientMessageId, entry);
    if (!failed) {
      this.scrollToBottom();
    }
  }

  isPending(clientMessageId) {
    return this.pending.has(clientMessageId);
  }

  // --- Editing -------------------------------------------------------------------------------

  startEdit(message) {
    const item = this.itemOf(message.id);
    const text = item?.querySelector('.message-text');
    if (!text || this.editingId) {
      return false;
    }
    this.editingId = message.id;
    const editor = h('textarea', {class: 'edit-input', rows: 2, maxlength: 4000, 'aria-label': 'Edit your message'});
    editor.value = message.content;
    const finish = () => {
      this.editingId = null;
      this.rerender(this.messages.get(message.id));
      this.itemOf(message.id)?.querySelector('[data-action="edit"]')?.focus();
    };
    const save = async () => {
      const content = editor.value.trim();
      if (content && content !== message.content) {
        const updated = await this.onSaveEdit(message, content);
        if (!updated) {
          return;
        }
        this.messages.set(updated.id, updated);
      }
      finish();
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
    return true;
  }

  // --- Decorations ---------------------------------------------------------------------------

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
      const day = dayKey(message.sentAt);
      if (day !== previousDay) {
        item.before(h('li', {class: 'day-divider', role: 'separator'}, dayLabel(message.sentAt)));
        previousDay = day;
      }
    }
  }

  /** "New messages" above the first message after your read marker that someone else sent. */
  placeUnreadDivider(markerId) {
    const ids = this.ids();
    const index = ids.indexOf(markerId);
    const firstUnread = ids.slice(index + 1).find((id) => this.messages.get(id).senderId !== this.me.id);
    if (index >= 0 && firstUnread) {
      this.itemOf(firstUnread).before(h('li', {class: 'unread-divider', role: 'separator'}, 'New messages'));
    }
  }

  /** The other members and their read markers, for the "seen by" lines. */
  setReaders(participants) {
    this.readers = participants.filter((participant) => participant.id !== this.me.id);
    this.refreshSeenBy();
  }

  /** "Seen by" under the message each member has read up to; not under their own, where it says nothing new. */
  refreshSeenBy() {
    this.list.querySelectorAll('.seen-by').forEach((line) => line.remove());
    const readers = new Map();
    for (const reader of this.readers) {
      const marker = reader.lastReadMessageId;
      if (marker && this.messages.has(marker) && this.messages.get(marker).senderId !== reader.id) {
        readers.set(marker, [...(readers.get(marker) ?? []), displayName(reader)]);
      }
    }
    for (const [messageId, names] of readers) {
      this.itemOf(messageId)?.append(h('p', {class: 'seen-by'}, `Seen by ${nameList(names)}`));
    }
  }

  // --- Scrolling and keys --------------------------------------------------------------------

  jumpTo(messageId) {
    const target = this.itemOf(messageId);
    if (!target) {
      this.notifier.info('That message is further back in the history. Scroll up to load it.');
      return;
    }
    target.scrollIntoView({block: 'center'});
    target.classList.add('highlight');
    setTimeout(() => target.classList.remove('highlight'), HIGHLIGHT_MS);
    target.focus();
  }

  isNearBottom() {
    return this.scroller.scrollHeight - this.scroller.scrollTop - this.scroller.clientHeight < NEAR_BOTTOM_PX;
  }

  scrollToBottom() {
    this.scroller.scrollTop = this.scroller.scrollHeight;
    this.jumpButton.hidden = true;
    this.onNewestSeen();
  }

  /** On opening a room: the "new messages" divider if there is one, else the newest message. */
  scrollToStart() {
    const divider = this.list.querySelector('.unread-divider');
    if (divider) {
      divider.scrollIntoView({block: 'center'});
    } else {
      this.scrollToBottom();
    }
  }

  onScroll() {
    this.pinned = this.isNearBottom();
    if (this.scroller.scrollTop < NEAR_TOP_PX && this.hasOlder) {
      this.loadOlder();
    }
    if (this.isNearBottom()) {
      this.jumpButton.hidden = true;
      this.onNewestSeen();
    }
  }

  destroy() {
    this.resizes.disconnect();
  }

  /** Arrow keys walk the messages; Home and End jump to the first and the last one. */
  onKey(event) {
    const current = event.target.closest?.('li.message');
    if (event.target !== current && event.target !== this.scroller) {
      return;
    }
    const items = [...this.list.querySelectorAll('li.message[data-id]')];
    const index = current ? items.indexOf(current) : items.length;
    const target = {
      ArrowUp: items[index - 1],
      ArrowDown: items[index + 1],
      Home: items[0],
      End: items[items.length - 1],
    }[event.key];
    if (target) {
      event.preventDefault();
      target.focus();
      target.scrollIntoView({block: 'nearest'});
    }
  }
}

/** Puts a message's buttons and links in the tab order, or takes them out. */
function tabbable(item, inTabOrder) {
  item?.querySelectorAll('button, a[href]').forEach((control) => {
    control.tabIndex = inTabOrder ? 0 : -1;
  });
}
