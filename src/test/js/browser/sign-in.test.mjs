// Signing in and out: the keyboard alone suffices, failures read clearly, and a server with an
// external issuer (whose register and login answer 404) gets a pasted token instead.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {BASE_URL, dismiss, openPerson, registerByApi, unlabelledControls, useBrowser} from './support.mjs';

const chrome = useBrowser();

test('a registered person logs in with the keyboard alone, and signs out', async (t) => {
  const account = await registerByApi('Dana');
  const person = await openPerson(chrome.browser, 'Dana');
  t.after(() => dismiss(person));
  const {page} = person;

  await t.test('a wrong password is refused with a readable message', async () => {
    assert.deepEqual(await unlabelledControls(page), []);
    await page.keyboard.type(account.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type('not the password');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({hasText: /./}).waitFor();
  });

  await t.test('the right password signs in', async () => {
    await page.getByLabel('Password').fill('');
    await page.getByLabel('Password').focus();
    await page.keyboard.type(account.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', {name: `Welcome, ${account.displayName}`}).waitFor();
  });

  await t.test('signing out forgets the session, also after a reload', async () => {
    await page.getByRole('button', {name: 'Sign out'}).click();
    await page.getByRole('tab', {name: 'Log in'}).waitFor();
    await page.reload();
    await page.getByRole('tab', {name: 'Log in'}).waitFor();
    assert.equal(await page.evaluate(() => window.localStorage.length), 0);
  });
});

test('with an external issuer the client asks for a token instead', async (t) => {
  const account = await registerByApi('Erin');
  const person = await openPerson(chrome.browser, 'Erin', {
    // What a server with an external key answers on the built-in issuer's endpoints.
    beforeLoad: ({context}) => context.route(`${BASE_URL}/api/auth/**`, (route) => route.fulfill({
      status: 404,
      contentType: 'application/json',
      body: JSON.stringify({success: false, error: {code: 'NOT_FOUND', message: 'No such resource'}}),
    })),
  });
  t.after(() => dismiss(person));
  const {page} = person;

  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', {name: 'Log in'}).click();
  await page.getByText('paste a token it issued').waitFor();
  assert.equal(await page.getByRole('tab', {name: 'Paste a token'}).getAttribute('aria-selected'), 'true');

  await page.getByLabel('Token (JWT)').fill('not-a-token');
  await page.getByRole('button', {name: 'Use this token'}).click();
  await page.getByText('This is not a JWT').waitFor();

  await page.getByLabel('Token (JWT)').fill(account.token);
  await page.getByRole('button', {name: 'Use this token'}).click();
  await page.getByRole('heading', {name: `Welcome, ${account.displayName}`}).waitFor();
  assert.deepEqual(person.errors, []);
});
