// The sidebar: the rooms you are in, newest activity first, with unread counts and last message.

import {path} from './api.js';
import {h, replaceChildren} from './dom.js';
import {displayName, roomTitle, shortStamp} from './format.js';

const PAGE_SIZE = 50;
const PREVIEW_LENGTH = 80;

export class RoomList {
  constructor({api, me, onCreate, onBrowse, onRefresh}) {
    this.api = api;
    this.me = me;
    this.rooms = new Map();
    this.directPartners = new Map();
    this.activeId = null;
    this.page = 1;
    this.hasMore = false;

    this.list = h('ul', {class: 'room-list'});
    this.empty = h('p', {class: 'empty-hint'}, 'No rooms yet. Create one or browse public rooms.');
    this.more = h('button', {type: 'button', class: 'link-button', hidden: true,
      onclick: () => this.loadMore()}, 'Show more rooms');
    this.element = h('nav', {class: 'sidebar', 'aria-label': 'Rooms'},
      h('div', {class: 'sidebar-actions'},
        h('button', {type: 'button', class: 'primary', onclick: onCreate}, 'New room'),
        h('button', {type: 'button', onclick: onBrowse}, 'Browse public rooms')),
      h('div', {class: 'sidebar-heading'},
        h('h2', null, 'Your rooms'),
        h('button', {type: 'button', class: 'icon-button', 'aria-label': 'Refresh the room list',
          title: 'Refresh', onclick: onRefresh}, '↻')),
      this.list, this.empty, this.more);
  }

  ids() {
    return [...this.rooms.keys()];
  }

  get(roomId) {
    return this.rooms.get(roomId);
  }

  /** Reloads the first page (and drops rooms you are no longer in). */
  async refresh() {
    const {chatRooms, pagination} = await this.api.get(`/chat/rooms?limit=${PAGE_SIZE}`);
    this.rooms = new Map(chatRooms.map((room) => [room.id, room]));
    this.page = 1;
    this.hasMore = pagination.hasMore;
    this.render();
    return chatRooms;
  }

  async loadMore() {
    const {chatRooms, pagination} = await this.api.get(`/chat/rooms?page=${this.page + 1}&limit=${PAGE_SIZE}`);
    this.page += 1;
    this.hasMore = pagination.hasMore;
    chatRooms.forEach((room) => this.rooms.set(room.id, room));
    this.render();
    return chatRooms;
  }

  setActive(roomId) {
    this.activeId = roomId;
    this.render();
  }

  /** A room you joined or created, or fresh details of one. */
  upsert(room) {
    const known = this.rooms.get(room.id) ?? {unreadCount: 0, lastMessage: null};
    this.rooms.set(room.id, {...known, ...room, participants: undefined});
    if (room.participants && room.type === 'DIRECT') {
      this.rememberPartner(room.id, room.participants);
    }
    this.render();
  }

  remove(roomId) {
    if (this.rooms.delete(roomId)) {
      this.render();
    }
  }

  /** A message posted, edited or deleted; unread says whether it counts as unread for you. */
  onMessage(message, {unread}) {
    const room = this.rooms.get(message.roomId);
    if (!room) {
      return;
    }
    const seen = room.lastMessage?.id === message.id;
    const isLast = !room.lastMessage || room.lastMessage.id === message.id
      || Date.parse(message.sentAt) >= Date.parse(room.lastMessage.sentAt);
    if (isLast) {
      room.lastMessage = message;
      room.lastActivityAt = message.sentAt;
    }
    if (unread && !seen) {
      room.unreadCount = (room.unreadCount ?? 0) + 1;
    }
    this.render();
  }

  onMessageDeleted(roomId, messageId) {
    const room = this.rooms.get(roomId);
    if (room?.lastMessage?.id === messageId) {
      room.lastMessage = {...room.lastMessage, isDeleted: true, content: ''};
      this.render();
    }
  }

  markRead(roomId) {
    const room = this.rooms.get(roomId);
    if (room && room.unreadCount) {
      room.unreadCount = 0;
      this.render();
    }
  }

  titleOf(room) {
    return roomTitle(room, this.directPartners.get(room.id));
  }

  rememberPartner(roomId, participants) {
    const partner = participants.find((participant) => participant.id !== this.me.id);
    if (partner) {
      this.directPartners.set(roomId, partner);
    }
  }

  /** Unnamed DIRECT rooms are titled after the other person, whom only the details name. */
  async fetchPartner(roomId) {
    this.directPartners.set(roomId, null);
    try {
      const {chatRoom} = await this.api.get(path`/chat/rooms/${roomId}`);
      this.rememberPartner(roomId, chatRoom.participants ?? []);
      this.render();
    } catch {
      // The generic title stays.
    }
  }

  render() {
    const focusedId = document.activeElement?.closest?.('.room-link')?.dataset.roomId;
    const rooms = [...this.rooms.values()].sort((a, b) =>
      Date.parse(b.lastActivityAt ?? b.createdAt) - Date.parse(a.lastActivityAt ?? a.createdAt));
    replaceChildren(this.list, rooms.map((room) => this.item(room)));
    this.empty.hidden = rooms.length > 0;
    this.more.hidden = !this.hasMore;
    if (focusedId) {
      this.list.querySelector(`[data-room-id="${CSS.escape(focusedId)}"]`)?.focus();
    }
    for (const room of rooms) {
      if (room.type === 'DIRECT' && !room.name && !this.directPartners.has(room.id)) {
        this.fetchPartner(room.id);
      }
    }
  }

  item(room) {
    const unread = room.unreadCount ?? 0;
    const active = room.id === this.activeId;
    return h('li', null,
      h('a', {href: `#/rooms/${encodeURIComponent(room.id)}`, class: `room-link${unread ? ' has-unread' : ''}`,
        'data-room-id': room.id, 'aria-current': active ? 'page' : null},
      h('span', {class: 'room-line'},
        h('span', {class: 'room-name'}, room.isPrivate ? h('span', {'aria-label': 'private', role: 'img'}, '🔒 ') : null,
          this.titleOf(room)),
        h('span', {class: 'room-time'}, shortStamp(room.lastMessage?.sentAt ?? room.lastActivityAt))),
      h('span', {class: 'room-line'},
        h('span', {class: 'room-preview'}, this.preview(room.lastMessage)),
        unread ? h('span', {class: 'badge'}, String(unread), h('span', {class: 'sr-only'}, ' unread')) : null)));
  }

  preview(message) {
    if (!message) {
      return 'No messages yet';
    }
    if (message.isDeleted) {
      return 'Message deleted';
    }
    const text = (message.content || '📎 Attachment').slice(0, PREVIEW_LENGTH);
    if (message.type === 'SYSTEM' || !message.sender) {
      return text;
    }
    const who = message.sender.id === this.me.id ? 'You' : displayName(message.sender);
    return `${who}: ${text}`;
  }
}
