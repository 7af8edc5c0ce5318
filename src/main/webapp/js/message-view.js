// One message of a room's timeline, as a list item. Every user-supplied string goes in as text.

import {h, safeUrl} from './dom.js';
import {displayName, fileSize, fullTime, timeOf} from './format.js';

const QUICK_REACTIONS = ['👍', '❤️', '😂', '🎉', '😮', '😢'];

const SNIPPET_LENGTH = 120;

/**
 * ctx: {me, nameOf(userId), canDelete(message), onReply, onToggleReaction(message, emoji),
 * onEdit, onDelete, onJump(messageId)}.
 */
export function renderMessage(message, ctx) {
  if (message.type === 'SYSTEM') {
    return h('li', {class: 'message system', id: `message-${message.id}`, 'data-id': message.id, tabindex: -1},
      h('p', {class: 'message-text'}, message.content),
      h('time', {datetime: message.sentAt, title: fullTime(message.sentAt)}, timeOf(message.sentAt)));
  }
  const own = message.senderId === ctx.me.id;
  const classes = ['message', own ? 'own' : null, message.isDeleted ? 'deleted' : null].filter(Boolean);
  const item = h('li', {class: classes.join(' '), id: `message-${message.id}`, 'data-id': message.id,
    tabindex: -1},
  h('div', {class: 'message-meta'},
    h('span', {class: 'author'}, own ? `${displayName(message.sender)} (you)` : displayName(message.sender)),
    h('time', {datetime: message.sentAt, title: fullTime(message.sentAt)}, timeOf(message.sentAt)),
    message.isEdited && !message.isDeleted
      ? h('span', {class: 'edited', title: message.editedAt ? `Edited ${fullTime(message.editedAt)}` : null}, '(edited)')
      : null),
  message.replyTo ? replyQuote(message.replyTo, ctx) : null,
  message.isDeleted
    ? h('p', {class: 'message-text deleted-text'}, 'This message was deleted.')
    : body(message),
  message.isDeleted ? null : reactions(message, ctx),
  message.isDeleted ? null : actions(message, own, ctx));
  return item;
}

/** A message not yet confirmed by the server; failed ones offer to retry. */
export function renderPending({clientMessageId, content, attachments, failed, onRetry, onDiscard}, me) {
  return h('li', {class: `message own pending${failed ? ' failed' : ''}`, id: `pending-${clientMessageId}`},
    h('div', {class: 'message-meta'},
      h('span', {class: 'author'}, `${displayName(me)} (you)`),
      h('span', {class: 'send-state'}, failed ? 'Not sent' : 'Sending…')),
    body({content, attachments}),
    failed
      ? h('div', {class: 'message-actions always'},
        h('button', {type: 'button', onclick: onRetry}, 'Retry'),
        h('button', {type: 'button', onclick: onDiscard}, 'Discard'))
      : null);
}

function body(message) {
  const files = message.attachments?.files ?? [];
  return [
    message.content ? h('p', {class: 'message-text'}, message.content) : null,
    files.length
      ? h('ul', {class: 'attachments', 'aria-label': 'Attachments'}, files.map(attachment))
      : null,
  ];
}

function attachment(file) {
  const url = safeUrl(file.url);
  const size = fileSize(file.size);
  const label = file.name || file.url;
  return h('li', null,
    h('span', {'aria-hidden': 'true'}, '📎 '),
    url
      ? h('a', {href: url, target: '_blank', rel: 'noopener noreferrer nofollow'}, label)
      : h('span', null, label),
    size ? h('span', {class: 'file-size'}, ` (${size})`) : null);
}

function replyQuote(reply, ctx) {
  const text = reply.isDeleted ? 'Deleted message'
    : (reply.content || 'Attachment').slice(0, SNIPPET_LENGTH);
  return h('button', {type: 'button', class: 'reply-quote', onclick: () => ctx.onJump(reply.id),
    title: 'Show the message this replies to'},
  h('span', {class: 'reply-author'}, `↪ ${displayName(reply.sender)}`),
  h('span', {class: 'reply-text'}, text));
}

function reactions(message, ctx) {
  const groups = message.reactions ?? [];
  if (!groups.length) {
    return null;
  }
  return h('div', {class: 'reactions', role: 'group', 'aria-label': 'Reactions'},
    groups.map((group) => {
      const mine = group.users?.includes(ctx.me.id);
      const who = (group.users ?? []).map(ctx.nameOf).join(', ');
      return h('button', {type: 'button', class: 'reaction', 'aria-pressed': String(Boolean(mine)),
        title: who, 'aria-label': `${group.emoji} ${group.count}, ${mine ? 'remove your reaction' : 'react too'}`,
        onclick: () => ctx.onToggleReaction(message, group.emoji)},
      h('span', {'aria-hidden': 'true'}, `${group.emoji} ${group.count}`));
    }));
}

function actions(message, own, ctx) {
  const picker = h('div', {class: 'reaction-picker', role: 'group', 'aria-label': 'Pick a reaction', hidden: true},
    QUICK_REACTIONS.map((emoji) => h('button', {type: 'button', 'aria-label': `React with ${emoji}`,
      onclick: () => {
        picker.hidden = true;
        reactButton.setAttribute('aria-expanded', 'false');
        ctx.onToggleReaction(message, emoji);
      }}, emoji)));
  const reactButton = h('button', {type: 'button', 'data-action': 'react', 'aria-expanded': 'false',
    onclick: () => {
      picker.hidden = !picker.hidden;
      reactButton.setAttribute('aria-expanded', String(!picker.hidden));
      if (!picker.hidden) {
        picker.querySelector('button').focus();
      }
    }}, 'React');
  picker.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      picker.hidden = true;
      reactButton.setAttribute('aria-expanded', 'false');
      reactButton.focus();
    }
  });
  return [
    h('div', {class: 'message-actions', role: 'toolbar', 'aria-label': 'Message actions'},
      h('button', {type: 'button', 'data-action': 'reply', onclick: () => ctx.onReply(message)}, 'Reply'),
      reactButton,
      own ? h('button', {type: 'button', 'data-action': 'edit', onclick: () => ctx.onEdit(message)}, 'Edit') : null,
      ctx.canDelete(message)
        ? h('button', {type: 'button', 'data-action': 'delete', class: 'danger-text',
          onclick: () => ctx.onDelete(message)}, 'Delete')
        : null),
    picker,
  ];
}
