// "Alice is typing…": who is writing in the room, each dropped when they stop, send, or go quiet.

import {h} from './dom.js';
import {nameList} from './format.js';

// A little longer than the server's own 5 s expiry of a typing_start nobody refreshed.
const SHOWN_MS = 6000;

export class TypingIndicator {
  constructor() {
    this.typers = new Map();
    this.element = h('p', {class: 'typing', 'aria-live': 'polite'});
  }

  started(userId, name) {
    clearTimeout(this.typers.get(userId)?.timer);
    this.typers.set(userId, {name, timer: setTimeout(() => this.stopped(userId), SHOWN_MS)});
    this.render();
  }

  stopped(userId) {
    clearTimeout(this.typers.get(userId)?.timer);
    if (this.typers.delete(userId)) {
      this.render();
    }
  }

  render() {
    const names = [...this.typers.values()].map((typer) => typer.name);
    this.element.textContent = names.length ? `${nameList(names)} ${names.length === 1 ? 'is' : 'are'} typing…` : '';
  }

  destroy() {
    this.typers.forEach((typer) => clearTimeout(typer.timer));
    this.typers.clear();
  }
}
