// Short-lived notices in a live region: errors are announced at once, the rest politely.

import {h} from './dom.js';

const NOTICE_MS = 6000;

export class Notifier {
  constructor() {
    this.element = h('div', {class: 'notices', 'aria-live': 'polite'});
  }

  info(text) {
    this.show(text, 'info');
  }

  error(text) {
    this.show(text, 'error');
  }

  show(text, kind) {
    const close = h('button', {type: 'button', class: 'icon-button', 'aria-label': 'Dismiss'}, '×');
    const notice = h('div', {class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status'},
      h('span', null, text), close);
    close.addEventListener('click', () => notice.remove());
    this.element.append(notice);
    setTimeout(() => notice.remove(), NOTICE_MS);
  }
}
