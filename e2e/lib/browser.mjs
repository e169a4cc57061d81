// Headless Chromium and what a person does in it: open pages, click, type,
// press keys, log in, switch the language.

import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
export const DESKTOP = { width: 1280, height: 900 };

// The server's base URL (http://127.0.0.1:port), set by launchBrowser.
export let BASE = '';

// Starts Chromium for the server at `base`.
export async function launchBrowser(base) {
  BASE = base;
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

async function newContext(browser) {
  // bypassCSP: ikoe's CSP forbids inline script, which axe's injection needs.
  const ctx = await browser.newContext({ viewport: DESKTOP, bypassCSP: true, locale: 'de-DE' });
  ctx.setDefaultTimeout(15_000);
  const page = await ctx.newPage();
  page.on('dialog', (d) => d.dismiss().catch(() => {}));
  page.jsErrors = [];
  page.on('pageerror', (e) => page.jsErrors.push(String(e.message || e)));
  return { ctx, page };
}

// Runs `fn({ ctx, page })` in a browser of its own (no cookies), closed afterwards.
export async function withContext(browser, fn) {
  const c = await newContext(browser);
  try {
    return await fn(c);
  } finally {
    await c.ctx.close();
  }
}

// Opens `path` in a browser of its own (no one signed in) and switches it to
// German; runs fn({ ctx, page, res }), `res` the answer to `path`.
export async function asVisitor(browser, path, fn) {
  return withContext(browser, async (c) => {
    const res = await goto(c.page, path);
    await setLanguage(c.page, 'de');
    return fn({ ...c, res });
  });
}

export async function goto(page, path) {
  return page.goto(BASE + path, { waitUntil: 'load' });
}

// Does `action` (a click, a key press) that navigates and waits for the new page.
async function andWait(page, action) {
  const [res] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
  return res;
}

// Clicks something that navigates (form submit, link) and waits for the new page.
export const clickAndWait = (page, selector) => andWait(page, () => page.click(selector));
// The same for a Playwright locator.
export const clickLocAndWait = (page, locator) => andWait(page, () => locator.click());
export const pressAndWait = (page, key) => andWait(page, () => page.keyboard.press(key));

// The submit button of the form in <main> that posts to `action`.
export const submitButton = (action) => `main form[action="${action}"] button[type="submit"]`;

// The language switcher in the header, as a person uses it.
export async function setLanguage(page, code) {
  return clickAndWait(page, `form.lang-switch button[name="lang"][value="${code}"]`);
}

export async function logIn(page, { email, password }) {
  await goto(page, '/login');
  await page.fill('main #f-email', email);
  await page.fill('main #f-password', password);
  return clickAndWait(page, submitButton('/login'));
}

export async function hrefs(page, selector) {
  return page.$$eval(selector, (as) => as.map((a) => a.getAttribute('href')));
}

export const activeInfo = (page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    if (!a) return { id: '', cls: '', html: '' };
    return { id: a.id, cls: a.className || '', html: a.outerHTML.slice(0, 120) };
  });

// Presses Tab until `selector` has focus; returns the number of presses or -1.
export async function tabTo(page, selector, max = 40) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement && document.activeElement.matches(s), selector)) return i;
  }
  return -1;
}

// As a keyboard user: skip link (Tab, Enter) into <main>, then Tab to `selector`
// and press Enter there; waits for the page that follows.
export async function keyboardActivate(page, selector, what) {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const n = await tabTo(page, selector, 30);
  if (n < 0) throw new Error(`${what}: cannot Tab from <main> to ${selector}`);
  return pressAndWait(page, 'Enter');
}

export const bannerText = async (page) =>
  ((await page.locator('.banner--success').allTextContents().catch(() => [])) || []).join(' ').trim();

// A date `days` from today as the <input type="date"> value (YYYY-MM-DD) and a
// datetime-local value at `hh:00`.
export function isoDay(days) {
  const d = new Date(Date.now() + days * 86_400_000);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
export const isoDateTime = (days, hh) => `${isoDay(days)}T${String(hh).padStart(2, '0')}:00`;
