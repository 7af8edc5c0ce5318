// Picks people by username, with suggestions from GET /api/users?username= (a prefix search).

import {path} from './api.js';
import {h, uniqueId} from './dom.js';
import {displayName} from './format.js';

const SEARCH_DELAY_MS = 200;

export class UserPicker {
  /** excludeIds: people who cannot be picked (yourself, current members). */
  constructor({api, label, excludeIds = []}) {
    this.api = api;
    this.excluded = new Set(excludeIds);
    this.selected = new Map();
    this.suggestions = [];
    this.searchTimer = null;

    const listId = uniqueId('user-suggestions');
    const inputId = uniqueId('user-search');
    this.input = h('input', {
      id: inputId, type: 'text', list: listId, autocomplete: 'off', spellcheck: 'false',
      placeholder: 'username', 'aria-describedby': `${inputId}-status`,
    });
    this.datalist = h('datalist', {id: listId});
    this.status = h('p', {class: 'hint', id: `${inputId}-status`, 'aria-live': 'polite'});
    this.chips = h('ul', {class: 'chips', 'aria-label': 'Selected people'});
    const add = h('button', {type: 'button'}, 'Add');

    this.input.addEventListener('input', () => this.scheduleSearch());
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        this.addTyped();
      }
    });
    add.addEventListener('click', () => this.addTyped());

    this.element = h('div', {class: 'field user-picker'},
      h('label', {for: inputId}, label),
      h('div', {class: 'inline-row'}, this.input, add),
      this.datalist, this.status, this.chips);
  }

  ids() {
    return [...this.selected.keys()];
  }

  /** A username typed but not yet added is added now; throws when nobody has it. */
  async addPending() {
    if (this.input.value.trim()) {
      await this.addTyped();
      if (this.input.value.trim()) {
        throw new Error(this.status.textContent);
      }
    }
  }

  scheduleSearch() {
    clearTimeout(this.searchTimer);
    const prefix = this.input.value.trim();
    if (!prefix) {
      return;
    }
    this.searchTimer = setTimeout(() => this.search(prefix).then((users) => this.suggest(users), () => {}),
      SEARCH_DELAY_MS);
  }

  async search(prefix) {
    const {users} = await this.api.get(path`/users?username=${prefix}`);
    return users.filter((user) => !this.excluded.has(user.id) && !this.selected.has(user.id));
  }

  suggest(users) {
    this.suggestions = users;
    this.datalist.replaceChildren(...users.map((user) =>
      h('option', {value: user.username, label: displayName(user)})));
  }

  async addTyped() {
    const username = this.input.value.trim();
    if (!username) {
      return;
    }
    const matches = (list) => list.find((user) => user.username.toLowerCase() === username.toLowerCase());
    let user = matches(this.suggestions);
    if (!user) {
      try {
        user = matches(await this.search(username));
      } catch (failure) {
        this.status.textContent = failure.describe ? failure.describe() : failure.message;
        return;
      }
    }
    if (!user) {
      this.status.textContent = `Nobody called "${username}" can be added.`;
      return;
    }
    this.add(user);
    this.input.value = '';
    this.status.textContent = `${displayName(user)} added.`;
  }

  add(user) {
    const remove = h('button', {type: 'button', class: 'icon-button', 'aria-label': `Remove ${user.username}`}, '×');
    const chip = h('li', {class: 'chip'}, h('span', null, `${displayName(user)} (@${user.username})`), remove);
    remove.addEventListener('click', () => {
      this.selected.delete(user.id);
      chip.remove();
      this.input.focus();
    });
    this.selected.set(user.id, user);
    this.chips.append(chip);
  }
}
