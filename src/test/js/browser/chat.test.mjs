// Two people chat through the web client, each in a browser context of their own: a room, live
// messages, typing, replies, reactions, edits, read markers, reloads and a dropped connection.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {
  DESKTOP, dismiss, PHONE, horizontalOverflow, message, messageAction, openRoom, registeredPerson,
  screenshot, sendMessage, unlabelledControls, useBrowser,
} from './support.mjs';

const HOSTILE_HTML = '<img src=x onerror=alert(1)>';

const chrome = useBrowser();

/**
 * Routes a person's WebSocket through the test, so that it can be cut as a server restart would
 * cut it, and held down until `restore()`.
 */
async function interruptibleSocket(person) {
  const socket = {blocked: false, live: []};
  socket.drop = async () => {
    socket.blocked = true;
    for (const {page, server} of socket.live.splice(0)) {
      await server.close({code: 1012, reason: 'Service restart'});
      await page.close({code: 1012, reason: 'Service restart'});
    }
  };
  socket.restore = () => {
    socket.blocked = false;
  };
  person.socket = socket;
  await person.context.routeWebSocket(/\/ws\/chat/, (page) => {
    if (socket.blocked) {
      page.close({code: 1012, reason: 'Service restart'});
      return;
    }
    socket.live.push({page, server: page.connectToServer()});
  });
}

test('two people chat in a room in real time', async (t) => {
  const alice = await registeredPerson(chrome.browser, 'Alice', {beforeLoad: interruptibleSocket});
  const bob = await registeredPerson(chrome.browser, 'Bob');
  const roomName = `Launch plan ${alice.username.split('_')[1]}`;
  t.after(() => dismiss(alice, bob));

  await t.test('Alice creates a public group room and invites Bob by his username', async () => {
    const page = alice.page;
    await page.getByRole('navigation', {name: 'Rooms'}).getByRole('button', {name: 'New room'}).click();
    const dialog = page.getByRole('dialog', {name: 'New room'});
    await dialog.getByLabel('Name', {exact: true}).fill(roomName);
    await dialog.getByLabel('Description (optional)').fill('Everything about the launch');
    await dialog.getByLabel('Invite people by username').fill(bob.username);
    await dialog.getByRole('button', {name: 'Add', exact: true}).click();
    await dialog.getByText(`(@${bob.username})`).waitFor();
    assert.deepEqual(await unlabelledControls(page), [], 'every control in the dialog has a label');
    await dialog.getByRole('button', {name: 'Create room'}).click();
    await page.getByRole('heading', {name: roomName, level: 2}).waitFor();
    assert.deepEqual(await unlabelledControls(page), [], 'every control in the room view has a label');
  });

  await t.test('Bob finds the room in his list and opens it', async () => {
    await bob.page.getByRole('button', {name: 'Refresh the room list'}).click();
    await openRoom(bob.page, roomName);
  });

  await t.test('Bob sees Alice typing, then her message arrives live', async () => {
    const composer = alice.page.getByRole('textbox', {name: 'Message'});
    await composer.fill('Hello Bob, welcome aboard');
    await bob.page.getByText(`${alice.displayName} is typing…`).waitFor();
    await composer.press('Enter');
    await message(bob.page, 'Hello Bob, welcome aboard').waitFor();
    await bob.page.getByText(`${alice.displayName} is typing…`).waitFor({state: 'hidden'});
  });

  await t.test('Bob replies to the message', async () => {
    await messageAction(bob.page, 'Hello Bob, welcome aboard', 'Reply');
    await bob.page.getByText(`Replying to ${alice.displayName}`).waitFor();
    await sendMessage(bob.page, 'Thanks Alice, glad to be here!');
    const reply = message(alice.page, 'Thanks Alice, glad to be here!');
    await reply.locator('.reply-quote', {hasText: 'Hello Bob, welcome aboard'}).waitFor();
  });

  await t.test('Alice reacts to the reply and Bob sees the reaction', async () => {
    await messageAction(alice.page, 'Thanks Alice, glad to be here!', 'React');
    await alice.page.getByRole('button', {name: 'React with 👍'}).click();
    await message(alice.page, 'Thanks Alice, glad to be here!').locator('.reaction[aria-pressed="true"]', {hasText: '👍 1'}).waitFor();
    await message(bob.page, 'Thanks Alice, glad to be here!').locator('.reaction', {hasText: '👍 1'}).waitFor();
  });

  await t.test('a message holding HTML is shown as text and runs nothing', async () => {
    await sendMessage(alice.page, HOSTILE_HTML);
    const shown = message(bob.page, HOSTILE_HTML);
    await shown.waitFor();
    assert.equal(await shown.locator('.message-text').textContent(), HOSTILE_HTML);
    assert.equal(await bob.page.locator('.messages img').count(), 0, 'no <img> was created from the text');
    assert.equal(await alice.page.locator('.messages img').count(), 0);
  });

  await t.test('Alice edits her last message from the keyboard and deletes it', async () => {
    await sendMessage(alice.page, 'Lunch at 12?');
    await message(bob.page, 'Lunch at 12?').waitFor();
    const composer = alice.page.getByRole('textbox', {name: 'Message'});
    await composer.press('ArrowUp');
    const editor = alice.page.getByRole('textbox', {name: 'Edit your message'});
    await editor.fill('Lunch at 12:30?');
    await editor.press('Enter');
    const edited = message(bob.page, 'Lunch at 12:30?');
    await edited.getByText('(edited)').waitFor();

    await messageAction(alice.page, 'Lunch at 12:30?', 'Delete');
    const confirm = alice.page.getByRole('dialog', {name: 'Delete message'});
    await confirm.getByRole('button', {name: 'Delete'}).click();
    await bob.page.getByText('This message was deleted.').waitFor();
    assert.equal(await bob.page.getByText('Lunch at 12:30?').count(), 0);
  });

  await t.test('Alice sees Bob online and how far he has read', async () => {
    await alice.page.locator('.member.online', {hasText: bob.displayName}).waitFor();
    await sendMessage(alice.page, 'See you at the stand-up');
    await message(bob.page, 'See you at the stand-up').waitFor();
    await message(alice.page, 'See you at the stand-up').getByText(`Seen by ${bob.displayName}`).waitFor();
  });

  await t.test('away from the room, Bob sees its unread count and newest message in his list', async () => {
    await bob.page.getByRole('button', {name: 'Browse public rooms'}).click();
    await bob.page.getByRole('heading', {name: 'Public rooms'}).waitFor();
    await sendMessage(alice.page, 'Are you still there?');
    await sendMessage(alice.page, 'The demo starts at three');
    const link = bob.page.getByRole('navigation', {name: 'Rooms'}).getByRole('link', {name: new RegExp(roomName)});
    await link.getByText('2 unread').waitFor();
    await link.getByText(`${alice.displayName}: The demo starts at three`).waitFor();
    await link.click();
    await bob.page.locator('.unread-divider').waitFor();
    assert.equal(await bob.page.locator('.unread-divider + li.message').textContent().then((text) => text.includes('Are you still there?')), true,
      'the divider stands above the first unread message');
    await link.getByText('unread').waitFor({state: 'detached'});
  });

  await t.test('Bob reloads the page and keeps the room and its history', async () => {
    await bob.page.reload();
    await bob.page.getByRole('heading', {name: roomName, level: 2}).waitFor();
    await message(bob.page, 'Hello Bob, welcome aboard').waitFor();
    const reply = message(bob.page, 'Thanks Alice, glad to be here!');
    await reply.locator('.reply-quote', {hasText: 'Hello Bob, welcome aboard'}).waitFor();
    await reply.locator('.reaction', {hasText: '👍 1'}).waitFor();
    assert.equal(await message(bob.page, HOSTILE_HTML).locator('.message-text').textContent(), HOSTILE_HTML);
    await bob.page.getByText('Connected', {exact: true}).waitFor();
  });

  await t.test('Alice reconnects by herself after the connection drops and gets what she missed', async () => {
    await alice.socket.drop();
    await alice.page.getByText(/Offline: reconnecting in \d+ s/).waitFor();
    await sendMessage(bob.page, 'Posted while Alice was away');
    alice.socket.restore();
    await alice.page.getByText('Connected', {exact: true}).waitFor({timeout: 40_000});
    await message(alice.page, 'Posted while Alice was away').waitFor();
    await sendMessage(bob.page, 'And this one arrives live again');
    await message(alice.page, 'And this one arrives live again').waitFor();
  });

  await t.test('the room view fits a desktop and a 360 px wide phone', async () => {
    const page = alice.page;
    await bob.page.getByRole('textbox', {name: 'Message'}).fill('typing');
    await page.getByText(`${bob.displayName} is typing…`).waitFor();
    await screenshot(page, 'room-view.png');
    assert.ok(await horizontalOverflow(page) <= 0, 'nothing sticks out sideways on a desktop');

    await page.setViewportSize(PHONE);
    await page.getByRole('heading', {name: roomName, level: 2}).waitFor();
    assert.ok(await horizontalOverflow(page) <= 0, 'nothing sticks out sideways at 360 px');
    await screenshot(page, 'room-view-360.png');
    await page.getByRole('link', {name: '‹ Rooms'}).click();
    await page.getByRole('navigation', {name: 'Rooms'}).waitFor();
    assert.ok(await horizontalOverflow(page) <= 0, 'the room list fits at 360 px');
    await screenshot(page, 'room-list-360.png');
    await page.setViewportSize(DESKTOP);
  });

  await t.test('no page opened a dialog or threw an error', () => {
    assert.deepEqual(alice.dialogs, []);
    assert.deepEqual(bob.dialogs, []);
    assert.deepEqual(alice.errors, []);
    assert.deepEqual(bob.errors, []);
  });
});
