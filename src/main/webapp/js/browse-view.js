// The public room directory (GET /chat/rooms?scope=public): join a room or open one you are in.

import {h, replaceChildren} from './dom.js';

const PAGE_SIZE = 20;

export class BrowseView {
  /** app: {api, notifier, join(roomId)}. */
  constructor(app) {
    this.app = app;
    this.page = 0;
    this.list = h('ul', {class: 'directory'});
    this.status = h('p', {class: 'empty-hint', 'aria-live': 'polite'}, 'Loading public rooms…');
    this.more = h('button', {type: 'button', class: 'link-button', hidden: true, onclick: () => this.loadMore()},
      'Show more rooms');
    this.element = h('section', {class: 'browse', 'aria-labelledby': 'browse-title'},
      h('header', {class: 'room-header'},
        h('a', {href: '#/', class: 'back-link'}, '‹ Rooms'),
        h('div', {class: 'room-heading'},
          h('h2', {id: 'browse-title', tabindex: -1}, 'Public rooms'),
          h('p', {class: 'room-subtitle'}, 'Active public rooms anyone may join.'))),
      h('div', {class: 'browse-body'}, this.status, this.list, this.more));
  }

  async load() {
    this.element.querySelector('h2').focus();
    await this.loadMore();
  }

  async loadMore() {
    try {
      const {chatRooms, pagination} = await this.app.api.get(`/chat/rooms?scope=public&page=${this.page + 1}&limit=${PAGE_SIZE}`);
      this.page += 1;
      this.list.append(...chatRooms.map((room) => this.item(room)));
      this.more.hidden = !pagination.hasMore;
      this.status.textContent = this.list.children.length ? '' : 'There are no public rooms yet.';
    } catch (failure) {
      this.status.textContent = `Public rooms could not be loaded: ${failure.message}`;
    }
  }

  item(room) {
    const action = room.isParticipant
      ? h('a', {href: `#/rooms/${encodeURIComponent(room.id)}`, class: 'button'}, 'Open')
      : h('button', {type: 'button', class: 'primary', 'aria-label': `Join ${room.name}`,
        onclick: () => this.app.join(room.id)}, 'Join');
    return h('li', {class: 'directory-item'},
      h('div', {class: 'directory-text'},
        h('h3', null, room.name ?? 'Untitled room'),
        room.description ? h('p', null, room.description) : null,
        h('p', {class: 'hint'}, `${room.type.toLowerCase()} · ${room.participantCount} member${room.participantCount === 1 ? '' : 's'}`)),
      action);
  }

  destroy() {
    replaceChildren(this.list);
  }
}
