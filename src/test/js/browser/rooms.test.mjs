// Rooms beyond the first conversation: the public directory, moderation by the room's owner, and
// a long history read page by page.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {
  api, dismiss, message, messageAction, openPerson, openRoom, registerByApi, registeredPerson, sendMessage, useBrowser,
} from './support.mjs';

const chrome = useBrowser();

test('a newcomer joins a public room from the directory, and its owner mutes and removes them', async (t) => {
  const owner = await registeredPerson(chrome.browser, 'Olivia');
  const carol = await registeredPerson(chrome.browser, 'Carol');
  const roomName = `Open house ${owner.username.split('_')[1]}`;
  t.after(() => dismiss(owner, carol));

  await t.test('Olivia opens a public room and says hello', async () => {
    await owner.page.getByRole('navigation', {name: 'Rooms'}).getByRole('button', {name: 'New room'}).click();
    const dialog = owner.page.getByRole('dialog', {name: 'New room'});
    await dialog.getByLabel('Name', {exact: true}).fill(roomName);
    await dialog.getByRole('button', {name: 'Create room'}).click();
    await owner.page.getByRole('heading', {name: roomName, level: 2}).waitFor();
    await sendMessage(owner.page, 'Everyone is welcome here');
  });

  await t.test('Carol finds it among the public rooms, joins, and reads what came before', async () => {
    await carol.page.getByRole('button', {name: 'Browse public rooms'}).first().click();
    await carol.page.getByRole('heading', {name: 'Public rooms'}).waitFor();
    await carol.page.getByRole('button', {name: `Join ${roomName}`}).click();
    await carol.page.getByRole('heading', {name: roomName, level: 2}).waitFor();
    await message(carol.page, 'Everyone is welcome here').waitFor();
    await owner.page.locator('.member', {hasText: carol.displayName}).waitFor();
  });

  await t.test('muted, Carol cannot post; unmuted, she can', async () => {
    await owner.page.getByRole('button', {name: `Mute ${carol.displayName} for 1 hour`}).click();
    await owner.page.locator('.member', {hasText: carol.displayName}).getByText('muted').waitFor();
    const composer = carol.page.getByRole('textbox', {name: 'Message'});
    await composer.fill('Can anyone hear me?');
    await composer.press('Enter');
    await carol.page.locator('li.message.failed', {hasText: 'Can anyone hear me?'}).waitFor();
    await carol.page.getByRole('alert').filter({hasText: 'Your message was not sent'}).waitFor();

    await owner.page.getByRole('button', {name: `Unmute ${carol.displayName}`}).click();
    await owner.page.locator('.member', {hasText: carol.displayName}).getByText('muted').waitFor({state: 'detached'});
    await carol.page.locator('li.message.failed', {hasText: 'Can anyone hear me?'}).getByRole('button', {name: 'Retry'}).click();
    await message(owner.page, 'Can anyone hear me?').waitFor();
  });

  await t.test('Olivia, the owner, deletes a message of Carol\'s', async () => {
    await messageAction(owner.page, 'Can anyone hear me?', 'Delete');
    await owner.page.getByRole('dialog', {name: 'Delete message'}).getByRole('button', {name: 'Delete'}).click();
    await carol.page.getByText('This message was deleted.').waitFor();
    assert.equal(await carol.page.getByText('Can anyone hear me?').count(), 0);
  });

  await t.test('a link Olivia attaches reaches Carol as a link', async () => {
    await owner.page.getByRole('button', {name: 'Attach a link to a file'}).click();
    const dialog = owner.page.getByRole('dialog', {name: 'Attach a link to a file'});
    await dialog.getByLabel('Link (http or https)').fill('https://files.example.test/agenda.pdf');
    await dialog.getByRole('button', {name: 'Attach'}).click();
    await sendMessage(owner.page, 'Agenda attached');
    const link = message(carol.page, 'Agenda attached').getByRole('link', {name: 'agenda.pdf'});
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), 'https://files.example.test/agenda.pdf');
    assert.match(await link.getAttribute('rel'), /noopener/);
  });

  await t.test('removed, Carol is told and the room leaves her list', async () => {
    await owner.page.getByRole('button', {name: `Remove ${carol.displayName}`}).click();
    await owner.page.getByRole('dialog', {name: 'Remove member'}).getByRole('button', {name: 'Remove'}).click();
    await owner.page.locator('.member', {hasText: carol.displayName}).waitFor({state: 'detached'});
    await carol.page.getByText(`You are no longer a member of ${roomName}.`).waitFor();
    await carol.page.getByRole('navigation', {name: 'Rooms'}).getByRole('link', {name: new RegExp(roomName)})
      .waitFor({state: 'detached'});
  });

  await t.test('no page opened a dialog or met an error', () => {
    assert.deepEqual([...owner.dialogs, ...carol.dialogs], []);
    assert.deepEqual([...owner.errors, ...carol.errors], []);
  });
});

test('a long history loads older pages as you scroll up', async (t) => {
  const writer = await registerByApi('Walter');
  const {chatRoom} = await api('POST', '/chat/rooms', {
    token: writer.token, body: {name: `Archive ${writer.username.split('_')[1]}`, type: 'GROUP'},
  });
  for (let i = 1; i <= 75; i += 1) {
    await api('POST', `/chat/rooms/${chatRoom.id}/messages`, {
      token: writer.token, body: {content: `Archived note ${String(i).padStart(3, '0')}`, type: 'TEXT'},
    });
  }
  const reader = await openPerson(chrome.browser, 'Walter');
  t.after(() => dismiss(reader));
  const {page} = reader;
  await page.getByLabel('Username').fill(writer.username);
  await page.getByLabel('Password').fill(writer.password);
  await page.getByRole('button', {name: 'Log in'}).click();
  await openRoom(page, chatRoom.name);

  await message(page, 'Archived note 075').waitFor();
  assert.equal(await page.getByText('Archived note 001').count(), 0, 'the first page holds only the newest 50');

  await page.locator('.timeline-scroll').evaluate((scroller) => { scroller.scrollTop = 0; });
  await message(page, 'Archived note 001').waitFor();
  await page.locator('.timeline-scroll').focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => document.activeElement.querySelector('.message-text')?.textContent),
    'Archived note 074', 'arrow keys walk the messages');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Reply',
    'Tab reaches the actions of the message you are on');

  const notes = await page.locator('li.message .message-text').allTextContents();
  const numbered = notes.filter((text) => text.startsWith('Archived note'));
  assert.equal(numbered.length, 75);
  assert.deepEqual(numbered, [...numbered].sort(), 'oldest first, without gaps or repeats');
});
