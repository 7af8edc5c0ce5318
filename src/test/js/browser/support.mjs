// Shared set-up for the browser tests: Debian's Chromium through playwright-core, and people who
// register through the web client itself, each in a browser context of their own.

import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {after, before} from 'node:test';
import {chromium} from 'playwright-core';

/** The server under test, for example http://localhost:18401 (BrowserSuiteIT sets it). */
export const BASE_URL = (process.env.CHAT_BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const SCREENSHOT_DIR = process.env.CHAT_SCREENSHOT_DIR
  ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../target/screenshots');
export const DESKTOP = {width: 1280, height: 800};
export const PHONE = {width: 360, height: 740};
export const PASSWORD = 'correct horse battery staple';

const ACTION_TIMEOUT_MS = 15_000;
// Chromium must not reach out to the network here (no updates, no sign-in, no QUIC probing).
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const runId = Math.random().toString(36).slice(2, 8);

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * One Chromium for the tests of the calling file: started before them, closed after them. Call at
 * the top level; the returned object's `browser` is set once the tests run.
 */
export function useBrowser() {
  const chrome = {browser: null};
  before(async () => {
    chrome.browser = await launchChromium();
  });
  after(async () => {
    await chrome.browser?.close();
  });
  return chrome;
}

/** Closes the browser contexts of these people (for t.after). */
export async function dismiss(...people) {
  for (const person of people) {
    await person.context.close();
  }
}

export async function screenshot(page, name) {
  await mkdir(SCREENSHOT_DIR, {recursive: true});
  // Nothing hovered: message actions would float over the picture.
  await page.mouse.move(0, 0);
  const file = path.join(SCREENSHOT_DIR, name);
  await page.screenshot({path: file, animations: 'disabled'});
  return file;
}

/**
 * A person with their own browser context and page, on the sign-in screen. `dialogs` collects every
 * JavaScript dialog the page opened (none should: the client never calls alert or confirm) and
 * `errors` every uncaught page error and every error event the server sent on the socket.
 */
export async function openPerson(browser, firstName, {viewport = DESKTOP, beforeLoad} = {}) {
  const context = await browser.newContext({viewport});
  const page = await context.newPage();
  page.setDefaultTimeout(ACTION_TIMEOUT_MS);
  const person = {
    context,
    page,
    firstName,
    lastName: 'Tester',
    username: `${firstName.toLowerCase()}_${runId}_${Math.random().toString(36).slice(2, 6)}`,
    dialogs: [],
    errors: [],
  };
  person.displayName = `${person.firstName} ${person.lastName}`;
  page.on('dialog', (dialog) => {
    person.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) => person.errors.push(error.message));
  // What the server refused on the socket (a rate limit, a malformed event) is logged, not shown.
  page.on('console', (entry) => {
    if (entry.text().startsWith('Real-time error')) {
      person.errors.push(entry.text());
    }
  });
  if (beforeLoad) {
    await beforeLoad(person);
  }
  await page.goto(`${BASE_URL}/`);
  return person;
}

/** Registers through the sign-in screen; signed in, the client greets them by name. */
export async function register(person) {
  const {page} = person;
  await page.getByRole('tab', {name: 'Register'}).click();
  await page.getByLabel('Username').fill(person.username);
  await page.getByLabel('Email').fill(`${person.username}@example.test`);
  await page.getByLabel('First name').fill(person.firstName);
  await page.getByLabel('Last name').fill(person.lastName);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', {name: 'Create account'}).click();
  await page.getByRole('heading', {name: `Welcome, ${person.displayName}`}).waitFor();
  return person;
}

export async function registeredPerson(browser, firstName, options) {
  return register(await openPerson(browser, firstName, options));
}

/** The list item of the first message holding this text. */
export function message(page, text) {
  return page.locator('li.message', {hasText: text}).first();
}

/** Shows a message's floating actions (as hovering does) and presses one of them. */
export async function messageAction(page, text, action) {
  const item = message(page, text);
  await item.hover();
  await item.getByRole('button', {name: action, exact: true}).click();
}

export async function sendMessage(page, text) {
  const composer = page.getByRole('textbox', {name: 'Message'});
  await composer.fill(text);
  await composer.press('Enter');
  await page.locator('li.message:not(.pending)', {hasText: text}).first().waitFor();
}

export async function openRoom(page, roomName) {
  await page.getByRole('navigation', {name: 'Rooms'}).getByRole('link', {name: new RegExp(escapeRegExp(roomName))}).click();
  await page.getByRole('heading', {name: roomName, level: 2}).waitFor();
}

export function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Labels every form control on the page has (by <label>, aria-label or aria-labelledby). */
export function unlabelledControls(page) {
  return page.evaluate(() => [...document.querySelectorAll('input, textarea, select')]
    .filter((control) => control.type !== 'hidden')
    .filter((control) => !(control.labels?.length || control.getAttribute('aria-label')
      || control.getAttribute('aria-labelledby')))
    .map((control) => control.outerHTML.slice(0, 120)));
}

/** How far the page is wider than the window (0 when nothing sticks out sideways). */
export function horizontalOverflow(page) {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)
    - window.innerWidth);
}

/**
 * A REST call to the server under test, unwrapping the envelope (for setting the scene quickly);
 * waits as told and tries again when the server's rate limit answers 429.
 */
export async function api(method, url, {token, body} = {}) {
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(`${BASE_URL}/api${url}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        ...(token ? {Authorization: `Bearer ${token}`} : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (response.status === 429 && attempt < 5) {
      await new Promise((resolve) => setTimeout(resolve, 1000 * Number(response.headers.get('Retry-After') ?? 1)));
      continue;
    }
    if (!json.success) {
      throw new Error(`${method} ${url} answered ${response.status}: ${JSON.stringify(json.error)}`);
    }
    return json.data;
  }
}

/** Registers and logs in through the API: {username, password, token, user}. */
export async function registerByApi(firstName) {
  const username = `${firstName.toLowerCase()}_${runId}_${Math.random().toString(36).slice(2, 6)}`;
  await api('POST', '/auth/register', {
    body: {username, email: `${username}@example.test`, password: PASSWORD, firstName, lastName: 'Tester'},
  });
  const {token, user} = await api('POST', '/auth/login', {body: {username, password: PASSWORD}});
  return {username, password: PASSWORD, token, user, displayName: `${firstName} Tester`};
}
