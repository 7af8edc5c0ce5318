// How people, times and sizes read on screen.

export function displayName(user) {
  if (!user) {
    return 'Unknown user';
  }
  const full = [user.firstName, user.lastName].filter(Boolean).join(' ').trim();
  return full || user.username || user.id || 'Unknown user';
}

const TIME = new Intl.DateTimeFormat(undefined, {hour: '2-digit', minute: '2-digit'});
const DAY = new Intl.DateTimeFormat(undefined, {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'});
const SHORT_DAY = new Intl.DateTimeFormat(undefined, {day: 'numeric', month: 'short'});
const FULL = new Intl.DateTimeFormat(undefined, {dateStyle: 'full', timeStyle: 'medium'});

export function timeOf(iso) {
  return iso ? TIME.format(new Date(iso)) : '';
}

export function fullTime(iso) {
  return iso ? FULL.format(new Date(iso)) : '';
}

export function dayKey(iso) {
  const date = new Date(iso);
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
}

export function dayLabel(iso) {
  const date = new Date(iso);
  const today = new Date();
  const yesterday = new Date(today);
  yesterday.setDate(today.getDate() - 1);
  if (dayKey(date) === dayKey(today)) {
    return 'Today';
  }
  if (dayKey(date) === dayKey(yesterday)) {
    return 'Yesterday';
  }
  return DAY.format(date);
}

/** "14:05" today, "12 Mar" before. */
export function shortStamp(iso) {
  if (!iso) {
    return '';
  }
  return dayKey(iso) === dayKey(new Date()) ? timeOf(iso) : SHORT_DAY.format(new Date(iso));
}

export function fileSize(bytes) {
  if (!Number.isFinite(bytes) || bytes <= 0) {
    return '';
  }
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

/** "alice", "alice and bob", "alice, bob and 2 others". */
export function nameList(names) {
  if (names.length <= 2) {
    return names.join(' and ');
  }
  return `${names.slice(0, 2).join(', ')} and ${names.length - 2} other${names.length === 3 ? '' : 's'}`;
}

/** A room's title; DIRECT rooms without a name are titled after the other person. */
export function roomTitle(room, otherPerson) {
  if (room.name) {
    return room.name;
  }
  if (room.type === 'DIRECT') {
    return otherPerson ? displayName(otherPerson) : 'Direct message';
  }
  return 'Untitled room';
}
