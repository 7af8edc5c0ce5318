// The members of a room: who is online, their room role, and the moderation actions you may take.

import {h, replaceChildren, safeUrl} from './dom.js';
import {displayName} from './format.js';

const RANK = {MEMBER: 1, MODERATOR: 2, ADMIN: 3, OWNER: 4};
const MUTE_MS = 60 * 60 * 1000;

/**
 * What the signed-in user may do in a room, from their room role and global roles (contract
 * sections 3 and 8.15). A guess for showing buttons: the server decides, and says no when an admin
 * changed the default grants.
 */
export class Powers {
  constructor(myRoomRole, globalRoles) {
    const roles = new Set(globalRoles ?? []);
    this.roomRank = RANK[myRoomRole] ?? 0;
    this.globalAdmin = roles.has('ADMIN');
    this.moderator = this.globalAdmin || roles.has('SUPPORT');
  }

  get rank() {
    return Math.max(this.roomRank, this.globalAdmin ? RANK.ADMIN : 0, this.moderator ? RANK.MODERATOR : 0);
  }

  deleteOthers() {
    return this.rank >= RANK.MODERATOR;
  }

  manage() {
    return this.roomRank >= RANK.ADMIN || this.moderator;
  }

  mayActOn(target, me) {
    return target.id !== me.id && target.role !== 'OWNER'
      && (this.moderator || (RANK[target.role] ?? 0) <= this.roomRank);
  }

  mute(target, me) {
    return this.rank >= RANK.MODERATOR && this.mayActOn(target, me);
  }

  kick(target, me) {
    return this.manage() && this.mayActOn(target, me);
  }
}

export class ParticipantsPanel {
  /** handlers: {onMute(participant, untilIso|null), onKick(participant), onAdd()}. */
  constructor({me, handlers}) {
    this.me = me;
    this.handlers = handlers;
    this.heading = h('h3', {id: 'members-heading'}, 'Members');
    this.list = h('ul', {class: 'member-list'});
    this.addButton = h('button', {type: 'button', hidden: true, onclick: () => handlers.onAdd()}, 'Add people');
    this.element = h('aside', {class: 'members', id: 'members-panel', 'aria-labelledby': 'members-heading'},
      this.heading, this.addButton, this.list);
  }

  render(participants, powers) {
    const online = participants.filter((participant) => participant.isOnline).length;
    this.heading.textContent = `Members (${participants.length}, ${online} online)`;
    this.addButton.hidden = !powers.manage();
    const sorted = [...participants].sort((a, b) =>
      Number(b.isOnline) - Number(a.isOnline) || (RANK[b.role] ?? 0) - (RANK[a.role] ?? 0)
      || displayName(a).localeCompare(displayName(b)));
    replaceChildren(this.list, sorted.map((participant) => this.item(participant, powers)));
  }

  item(participant, powers) {
    const muted = participant.mutedUntil && Date.parse(participant.mutedUntil) > Date.now();
    const avatar = safeUrl(participant.avatar);
    const name = displayName(participant);
    return h('li', {class: `member${participant.isOnline ? ' online' : ''}`, 'data-user-id': participant.id},
      h('span', {class: 'presence', role: 'img', 'aria-label': participant.isOnline ? 'online' : 'offline',
        title: participant.isOnline ? 'online' : 'offline'}),
      h('div', {class: 'member-details'},
        h('span', {class: 'member-name'},
          avatar ? h('img', {class: 'avatar', src: avatar, alt: '', width: 20, height: 20, referrerpolicy: 'no-referrer'}) : null,
          participant.id === this.me.id ? `${name} (you)` : name),
        h('span', {class: 'member-facts'},
          h('span', {class: 'member-username'}, `@${participant.username ?? ''}`),
          participant.role !== 'MEMBER' ? h('span', {class: 'role-badge'}, participant.role.toLowerCase()) : null,
          muted ? h('span', {class: 'role-badge muted'}, 'muted') : null),
        this.actions(participant, powers, muted, name)));
  }

  actions(participant, powers, muted, name) {
    const buttons = [];
    if (powers.mute(participant, this.me)) {
      buttons.push(h('button', {type: 'button', class: 'small',
        'aria-label': muted ? `Unmute ${name}` : `Mute ${name} for 1 hour`, title: muted ? null : 'Mute for 1 hour',
        onclick: () => this.handlers.onMute(participant, muted ? null : new Date(Date.now() + MUTE_MS).toISOString())},
      muted ? 'Unmute' : 'Mute'));
    }
    if (powers.kick(participant, this.me)) {
      buttons.push(h('button', {type: 'button', class: 'small danger-text', 'aria-label': `Remove ${name}`,
        onclick: () => this.handlers.onKick(participant)}, 'Remove'));
    }
    return buttons.length ? h('div', {class: 'member-actions'}, buttons) : null;
  }
}
