// The "New room" dialog: type, name, privacy, capacity and the people to invite.

import {h} from './dom.js';
import {field, openDialog} from './dialogs.js';
import {UserPicker} from './user-picker.js';

const TYPES = [
  ['GROUP', 'Group: a conversation among a few people'],
  ['DIRECT', 'Direct: one other person'],
  ['SUPPORT', 'Support: a customer support conversation'],
  ['CHANNEL', 'Channel: a large room (business, supplier and admin accounts)'],
];

/** Resolves with the created room, or null when cancelled. */
export async function createRoomDialog({api, me}) {
  const type = h('select', {name: 'type'}, TYPES.map(([value, label]) => h('option', {value}, label)));
  const name = h('input', {name: 'name', maxlength: 100, autocomplete: 'off'});
  const description = h('textarea', {name: 'description', rows: 2, maxlength: 1000});
  const isPrivate = h('input', {type: 'checkbox', name: 'isPrivate', id: 'create-private'});
  const maxMembers = h('input', {type: 'number', name: 'maxMembers', min: 2, max: 10000, value: '100'});
  const picker = new UserPicker({api, label: 'Invite people by username', excludeIds: [me.id]});
  const nameField = field('Name', name);
  const privacy = h('div', {class: 'field checkbox'}, isPrivate,
    h('label', {for: 'create-private'}, 'Private: only invited people can see and join it'));

  const syncType = () => {
    const direct = type.value === 'DIRECT';
    name.required = !direct;
    nameField.querySelector('label').textContent = direct ? 'Name (optional)' : 'Name';
    isPrivate.checked = direct || isPrivate.checked;
    isPrivate.disabled = direct;
    maxMembers.disabled = direct;
  };
  type.addEventListener('change', syncType);
  syncType();

  let created = null;
  await openDialog({
    title: 'New room',
    className: 'dialog wide',
    body: h('div', {class: 'stack'},
      field('Type', type),
      nameField,
      field('Description (optional)', description),
      privacy,
      field('Maximum members', maxMembers),
      picker.element),
    buttons: [{value: 'cancel', label: 'Cancel'}, {value: 'create', label: 'Create room', primary: true}],
    onSubmit: async () => {
      await picker.addPending();
      const body = {
        type: type.value,
        isPrivate: isPrivate.checked,
        participantIds: picker.ids(),
      };
      if (name.value.trim()) {
        body.name = name.value.trim();
      }
      if (description.value.trim()) {
        // Descriptions are shown on one line, and the server refuses line breaks and tabs in them.
        body.description = description.value.trim().replace(/\s+/g, ' ');
      }
      if (type.value !== 'DIRECT' && maxMembers.value) {
        body.maxMembers = Number(maxMembers.value);
      }
      if (type.value === 'DIRECT' && body.participantIds.length !== 1) {
        throw new Error('A direct room needs exactly one other person.');
      }
      created = (await api.post('/chat/rooms', body)).chatRoom;
    },
  });
  return created;
}
