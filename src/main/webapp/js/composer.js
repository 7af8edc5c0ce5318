// Writing a message: the text box (Enter sends, Shift+Enter adds a line), the reply being written,
// links attached as files, and the typing events the others see.

import {h, replaceChildren} from './dom.js';
import {field, openDialog} from './dialogs.js';
import {displayName} from './format.js';

const MAX_HEIGHT_PX = 160;
const TYPING_REFRESH_MS = 3000;
const TYPING_IDLE_MS = 4000;
const SNIPPET_LENGTH = 120;
const ATTACHMENT_KINDS = ['FILE', 'IMAGE', 'VOICE', 'VIDEO'];

const MIME_TYPES = {
  pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif',
  webp: 'image/webp', svg: 'image/svg+xml', txt: 'text/plain', csv: 'text/csv', zip: 'application/zip',
  mp3: 'audio/mpeg', ogg: 'audio/ogg', wav: 'audio/wav', mp4: 'video/mp4', webm: 'video/webm',
  doc: 'application/msword', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export class Composer {
  /**
   * onSend(body) posts a message body ({content, type, replyToId?, attachments?, clientMessageId});
   * onTyping(started) announces typing; onEditLast() edits your newest message (Up in an empty box).
   */
  constructor({onSend, onTyping, onEditLast}) {
    this.onSend = onSend;
    this.onTyping = onTyping;
    this.onEditLast = onEditLast;
    this.replyTo = null;
    this.attachments = [];
    this.typingSentAt = 0;
    this.idleTimer = null;

    this.replyBar = h('div', {class: 'reply-bar', hidden: true});
    this.attachmentBar = h('ul', {class: 'chips attachment-chips', 'aria-label': 'Attachments to send'});
    this.input = h('textarea', {id: 'composer-input', rows: 1, maxlength: 4000, placeholder: 'Write a message…',
      'aria-describedby': 'composer-hint', autocomplete: 'off'});
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('input', () => this.onInput());
    this.input.addEventListener('blur', () => this.stopTyping());
    this.element = h('form', {class: 'composer', 'aria-label': 'Send a message'},
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
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      this.send();
    });
  }

  focus() {
    this.input.focus();
  }

  onKey(event) {
    if (event.isComposing) {
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      this.send();
    } else if (event.key === 'Escape' && this.replyTo) {
      event.preventDefault();
      this.cancelReply();
    } else if (event.key === 'ArrowUp' && !this.input.value && this.onEditLast()) {
      event.preventDefault();
    }
  }

  onInput() {
    this.input.style.height = 'auto';
    this.input.style.height = `${Math.min(this.input.scrollHeight, MAX_HEIGHT_PX)}px`;
    if (!this.input.value.trim()) {
      this.stopTyping();
      return;
    }
    const now = Date.now();
    if (now - this.typingSentAt > TYPING_REFRESH_MS) {
      this.typingSentAt = now;
      this.onTyping(true);
    }
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.stopTyping(), TYPING_IDLE_MS);
  }

  stopTyping() {
    clearTimeout(this.idleTimer);
    if (this.typingSentAt) {
      this.typingSentAt = 0;
      this.onTyping(false);
    }
  }

  send() {
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
    // The message itself ends the typing (the others drop its sender from their typing line):
    // no typing_stop, which would spend the per-connection typing budget on every message.
    clearTimeout(this.idleTimer);
    this.typingSentAt = 0;
    this.onSend(body);
  }

  startReply(message) {
    this.replyTo = message;
    replaceChildren(this.replyBar,
      h('span', null, 'Replying to ', h('strong', null, displayName(message.sender)), ': ',
        h('span', {class: 'reply-text'}, (message.content || 'Attachment').slice(0, SNIPPET_LENGTH))),
      h('button', {type: 'button', class: 'icon-button', 'aria-label': 'Cancel reply',
        onclick: () => this.cancelReply()}, '×'));
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
}

/** Unique enough to tell our retries apart; crypto.randomUUID needs a secure context, this does not. */
function newClientMessageId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `web-${[...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

function guessMimeType(fileName) {
  const extension = fileName.includes('.') ? fileName.split('.').pop().toLowerCase() : '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}
