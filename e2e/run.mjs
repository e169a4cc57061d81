// Browser checks for ikoe (see README.md).
//
// Starts its own ikoe server (demo data, fresh SQLite database in a temp dir),
// then in headless Chromium:
//   1. visits every page in `de` and `ar` and checks: axe-core (WCAG 2.0/2.1
//      A/AA) reports no violations, <html lang/dir> are right, exactly one h1,
//      no horizontal page scroll at 320 px, no uncaught script error; error
//      states get focus on the error summary. Screenshots go to out/.
//      Also: no id used twice, error-summary links reach their field. Qualification
//      series: catalogue (and its filters), public page, personal registration
//      links, speaker requests, verification, and the staff pages of a demo
//      series and its first module, each form also submitted invalid.
//   2. clicks through the main flow (log in by keyboard, invite a member,
//      read the mail in the outbox, accept the invitation in a new browser,
//      switch to Arabic) and the series flow (staff creates a series with one
//      seat and a module, books a speaker who confirms through the mailed link,
//      two people register and confirm, the second on the waiting list moves up
//      when the first cancels, roll call, certificates, PDF download, the
//      verification page in German and Arabic).
//   Page visits run in two lanes side by side (the admin's pages; the others).
// Prints one line per failure, the time per part and, as the last line,
// `N passed, N failed`.

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = require('axe-core').source;

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'out');
const BIN = process.env.IKOE_BIN ? resolve(process.env.IKOE_BIN) : resolve(HERE, '../target/debug/ikoe');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LOCALES = ['de', 'ar'];
const DESKTOP = { width: 1280, height: 900 };
const NARROW = 320;
const INVITEE_NAME = 'Amira أميرة Schulz';
const INVITEE_PASSWORD = 'Sonnenblume-Wüste-2026';

// ---------------------------------------------------------------- results

// Every page's axe result (violations and "needs review"), written to out/axe-report.json.
const axeReport = [];

let passed = 0;
let failed = 0;

function pass() {
  passed += 1;
}

function fail(msg) {
  failed += 1;
  console.log(`FAIL ${msg}`);
}

function check(ok, msg) {
  if (ok) pass();
  else fail(msg);
  return ok;
}

// Runs a step; an exception counts as one failure and the run goes on.
async function step(label, fn) {
  try {
    return await fn();
  } catch (e) {
    fail(`${label}: ${String(e && e.message ? e.message : e).split('\n')[0]}`);
    return undefined;
  }
}

// ---------------------------------------------------------------- server

function freePort() {
  return new Promise((ok, err) => {
    const s = createServer();
    s.unref();
    s.on('error', err);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

async function startServer() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'ikoe-e2e-'));
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(BIN, [], {
    cwd: dir,
    env: {
      ...process.env,
      IKOE_LISTEN: `127.0.0.1:${port}`,
      IKOE_PUBLIC_URL: base,
      IKOE_DEMO: 'true',
      RUST_LOG: process.env.RUST_LOG || 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-4000);
  });
  const login = await new Promise((ok, err) => {
    let out = '';
    let listening = false;
    const timer = setTimeout(() => err(new Error(`server did not start in 60 s\n${out}\n${stderr}`)), 60_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      err(new Error(`cannot start ${BIN}: ${e.message}`));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      err(new Error(`server exited with ${code}\n${out}\n${stderr}`));
    });
    child.stdout.on('data', (d) => {
      out += d;
      if (/ikoe listens on /.test(out)) listening = true;
      const m = out.match(/Demo login: (\S+) \/ (\S+)/);
      if (listening && m) {
        clearTimeout(timer);
        ok({ email: m[1], password: m[2] });
      }
    });
  });
  let stopping = false;
  child.on('exit', (code, signal) => {
    if (!stopping) {
      fail(`server exited during the run (code ${code}, signal ${signal}); stderr tail:\n${stderr.slice(-1500)}`);
    }
  });
  const stop = async () => {
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { base, login, stop, child };
}

// ---------------------------------------------------------------- browser helpers

let BASE = '';

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

async function goto(page, path) {
  return page.goto(BASE + path, { waitUntil: 'load' });
}

// Clicks something that navigates (form submit, link) and waits for the new page.
async function clickAndWait(page, selector) {
  const [res] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.click(selector),
  ]);
  return res;
}

async function pressAndWait(page, key) {
  const [res] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.keyboard.press(key),
  ]);
  return res;
}

// The language switcher in the header, as a person uses it.
async function setLanguage(page, code) {
  return clickAndWait(page, `form.lang-switch button[name="lang"][value="${code}"]`);
}

async function logIn(page, { email, password }) {
  await goto(page, '/login');
  await page.fill('main #f-email', email);
  await page.fill('main #f-password', password);
  return clickAndWait(page, 'main form[action="/login"] button[type="submit"]');
}

async function hrefs(page, selector) {
  return page.$$eval(selector, (as) => as.map((a) => a.getAttribute('href')));
}

const activeInfo = (page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    if (!a) return { tag: '', id: '', cls: '', html: '' };
    return { tag: a.tagName.toLowerCase(), id: a.id, cls: a.className || '', html: a.outerHTML.slice(0, 120) };
  });

// Presses Tab until `selector` has focus; returns the number of presses or -1.
async function tabTo(page, selector, max = 40) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement && document.activeElement.matches(s), selector)) return i;
  }
  return -1;
}

// ---------------------------------------------------------------- page audit

function short(s, n = 160) {
  s = String(s).replace(/\s+/g, ' ').trim();
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

async function audit(page, locale, name, opts = {}) {
  const where = `[${locale}] ${name} (${page.url().replace(BASE, '') || '/'})`;
  const t0 = Date.now();
  const { status, res, errorState } = opts;

  if (res && status !== undefined) {
    check(res.status() === status, `${where} http-status: expected ${status}, got ${res.status()}`);
  } else if (res) {
    check(res.status() === 200, `${where} http-status: expected 200, got ${res.status()}`);
  }

  const doc = await page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
    h1: Array.from(document.querySelectorAll('h1')).map((h) => h.textContent.trim()),
    activeIsSummary: !!(document.activeElement && document.activeElement.classList.contains('error-summary')),
    hasSummary: !!document.querySelector('.error-summary'),
    // error-summary links whose target is not on the page
    deadLinks: Array.from(document.querySelectorAll('.error-summary a[href^="#"]'))
      .filter((a) => !document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1))))
      .map((a) => a.getAttribute('href')),
    dupIds: Array.from(
      Array.from(document.querySelectorAll('[id]')).reduce((n, el) => n.set(el.id, (n.get(el.id) || 0) + 1), new Map()),
    ).filter(([, c]) => c > 1).map(([id, c]) => `#${id} ×${c}`),
    unknown: Array.from(document.querySelectorAll('body *'))
      .filter((el) => el instanceof HTMLUnknownElement)
      .slice(0, 3)
      .map((el) => el.outerHTML.slice(0, 120)),
  }));
  check(doc.lang === locale, `${where} html-lang: expected "${locale}", got "${doc.lang}"`);
  const wantDir = locale === 'ar' ? 'rtl' : 'ltr';
  check(doc.dir === wantDir, `${where} html-dir: expected "${wantDir}", got "${doc.dir}"`);
  check(doc.h1.length === 1, `${where} one-h1: found ${doc.h1.length} h1 ${JSON.stringify(doc.h1)}`);
  check(doc.dupIds.length === 0, `${where} duplicate-id: ids used more than once (labels and ARIA references break): ${doc.dupIds.join(', ')}`);
  check(doc.unknown.length === 0, `${where} unknown-element: not an HTML element: ${doc.unknown.join(' | ')}`);
  if (errorState) {
    check(doc.hasSummary, `${where} error-summary: error state shows no .error-summary`);
    check(doc.activeIsSummary, `${where} error-summary-focus: the error summary does not have focus`);
    check(doc.deadLinks.length === 0, `${where} error-summary-links: links to fields that are not on the page: ${doc.deadLinks.join(' ')}`);
  }

  // axe-core
  await page.addScriptTag({ content: AXE_SOURCE });
  const { violations, entry } = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations', 'incomplete'],
    });
    const needsReview = r.incomplete.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    const violations = r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })),
    }));
    return { violations, needsReview };
  }, AXE_TAGS).then((r) => {
    const entry = { locale, page: name, url: page.url().replace(BASE, ''), ...r };
    axeReport.push(entry);
    return { violations: r.violations, entry };
  });
  if (violations.length === 0) pass();
  for (const v of violations) {
    const targets = v.nodes.map((n) => n.target).join(' | ');
    const html = v.nodes.map((n) => short(n.html, 200)).join(' | ');
    fail(`${where} axe ${v.id} (${v.impact}): ${v.help} — targets: ${targets} — html: ${html}`);
  }

  check(page.jsErrors.length === 0, `${where} js-error: ${page.jsErrors.join(' / ')}`);
  page.jsErrors.length = 0;

  await page.screenshot({ path: join(OUT, `${locale}-${name}.png`), fullPage: true });

  // 320 px: no horizontal scroll of the page itself.
  await page.setViewportSize({ width: NARROW, height: 640 });
  const sw = await page.evaluate(() => ({
    sw: document.documentElement.scrollWidth,
    wide: Array.from(document.querySelectorAll('body *'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1);
      })
      // inside a scrolling .table-wrap only what escapes it (absolutely positioned) counts
      .filter((el) => !el.closest('.table-wrap') || el.classList.contains('table-wrap')
        || ['absolute', 'fixed'].includes(getComputedStyle(el).position))
      .slice(0, 3)
      .map((el) => el.outerHTML.slice(0, 100)),
  }));
  check(sw.sw <= NARROW + 1, `${where} reflow-320: scrollWidth ${sw.sw} > ${NARROW}; wide: ${sw.wide.join(' | ')}`);
  await page.screenshot({ path: join(OUT, `${locale}-${name}-320.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
  entry.ms = Date.now() - t0;
}

async function visit(page, locale, name, path, opts = {}) {
  await step(`[${locale}] ${name} (${path})`, async () => {
    const res = await goto(page, path);
    await audit(page, locale, name, { ...opts, res });
  });
}

// Submits the form in <main> that `selector` names, empty/as filled, and audits the result.
async function submitAndAudit(page, locale, name, path, selector, opts = {}) {
  await step(`[${locale}] ${name} (${path})`, async () => {
    await goto(page, path);
    if (opts.fill) await opts.fill(page);
    const res = await clickAndWait(page, selector);
    await audit(page, locale, name, { ...opts, res });
  });
}

// ---------------------------------------------------------------- the flow

// Reads the newest mail to `to` from /admin/outbox as the admin and returns its body.
async function newestMailTo(page, to) {
  await goto(page, '/admin/outbox');
  const href = await page.evaluate((addr) => {
    for (const tr of document.querySelectorAll('table tbody tr')) {
      if (tr.textContent.includes(addr)) {
        const a = tr.querySelector('a[href^="/admin/outbox/"]');
        if (a) return a.getAttribute('href');
      }
    }
    return null;
  }, to);
  if (!href) throw new Error(`no mail to ${to} in /admin/outbox`);
  await clickAndWait(page, `a[href="${href}"]`);
  return { href, body: await page.textContent('.mail pre') };
}

// Invites `email` into the org whose members page is `membersPath` (as the admin).
async function invite(page, membersPath, email) {
  await goto(page, membersPath);
  await page.fill('main form[action$="/members/invite"] #f-email', email);
  await page.selectOption('main form[action$="/members/invite"] #f-role', 'member');
  await page.selectOption('main form[action$="/members/invite"] #f-locale', 'de');
  await clickAndWait(page, 'main form[action$="/members/invite"] button[type="submit"]');
  check(
    (await page.locator('.banner--success').count()) > 0,
    `flow invite ${email}: no success banner after inviting (url ${page.url()})`,
  );
  const mail = await newestMailTo(page, email);
  const m = mail.body.match(/https?:\/\/\S+?\/invitations\/([A-Za-z0-9_\-]+)/);
  if (!m) throw new Error(`no invitation link in mail ${mail.href}: ${short(mail.body)}`);
  return { token: m[1], link: m[0], mailPath: mail.href };
}

// A demo person who already has an account (shares the demo password).
const EXISTING_EMAIL = 'samira.haddad@ikoe.example';

async function flow(browser, login) {
  const ids = { password: login.password };
  const { ctx, page } = await newContext(browser);
  try {
    // Keyboard: skip link first, then log in with Tab/typing/Enter.
    await step('flow keyboard login', async () => {
      await goto(page, '/login');
      await setLanguage(page, 'de');
      await page.keyboard.press('Tab');
      let a = await activeInfo(page);
      check(/\bskip-link\b/.test(a.cls), `flow skip-link: first Tab focuses ${a.html}, not the skip link`);
      await page.keyboard.press('Enter');
      a = await activeInfo(page);
      check(a.id === 'main', `flow skip-link: Enter on the skip link focuses ${a.html}, not <main>`);
      const toEmail = await tabTo(page, '#f-email');
      check(toEmail === 1, `flow keyboard: from <main>, Tab reached #f-email after ${toEmail} presses (want 1)`);
      await page.keyboard.type(login.email);
      await page.keyboard.press('Tab');
      a = await activeInfo(page);
      check(a.id === 'f-password', `flow keyboard: Tab from e-mail focuses ${a.html}, not #f-password`);
      await page.keyboard.type(login.password);
      await pressAndWait(page, 'Enter');
      const name = await page.locator('.account-menu__name').textContent().catch(() => null);
      check(!!name && !page.url().endsWith('/login'), `flow keyboard login: not logged in (url ${page.url()})`);
      ids.adminName = name;
    });

    // Find ids by following links.
    await step('flow find links', async () => {
      await goto(page, '/');
      const manage = await hrefs(page, 'main a[href$="/members"]');
      await goto(page, '/orgs');
      const first = (await hrefs(page, 'main .cards a[href^="/orgs/"]'))[0];
      if (!first) throw new Error('no org link in /orgs');
      ids.orgPath = first;
      await clickAndWait(page, `main .cards a[href="${first}"]`);
      const members = (await hrefs(page, 'main a[href$="/members"]'))[0];
      const edit = (await hrefs(page, 'main a[href$="/edit"]'))[0];
      ids.membersPath = manage[0] || members;
      ids.orgMembersPath = members;
      ids.orgEditPath = edit;
      if (!ids.membersPath) throw new Error('no members link for the admin');
      await goto(page, '/admin/texts');
      ids.imprintTextPath = (await hrefs(page, 'main a[href="/admin/texts/imprint"]'))[0];
      check(!!ids.imprintTextPath, 'flow: /admin/texts has no link to /admin/texts/imprint');
    });

    // Admin invites someone through the members page; the link comes from the outbox.
    const stamp = Date.now().toString(36);
    const flowInv = await step('flow invite (flow)', () => invite(page, ids.membersPath, `amira.${stamp}@example.org`));
    const auditInv = await step('flow invite (audit)', () => invite(page, ids.membersPath, `page.check.${stamp}@example.org`));
    ids.invitationToken = auditInv && auditInv.token;
    ids.usedInvitationToken = flowInv && flowInv.token;
    // An invitation for someone who already has an account (a demo person): they sign in and accept.
    const existingInv = await step('flow invite (existing account)', () =>
      invite(page, ids.membersPath, EXISTING_EMAIL));
    ids.existingInvitationToken = existingInv && existingInv.token;

    // A password reset for the demo admin; the token comes from the outbox.
    await step('flow reset token', async () => {
      const anon = await newContext(browser);
      try {
        await goto(anon.page, '/password/forgot');
        await anon.page.fill('main #f-email', login.email);
        await clickAndWait(anon.page, 'main form[action="/password/forgot"] button[type="submit"]');
      } finally {
        await anon.ctx.close();
      }
      const mail = await newestMailTo(page, login.email);
      const m = mail.body.match(/\/password\/reset\/([A-Za-z0-9_\-]+)/);
      if (!m) throw new Error(`no reset link in mail ${mail.href}`);
      ids.resetToken = m[1];
      ids.mailPath = mail.href;
    });

    // A barrier report, so the admin list is not empty.
    await step('flow barrier report', async () => {
      await goto(page, '/barrier-report?page=%2Forgs');
      await page.fill('main #f-description', 'Der Filter „Region“ lässt sich mit dem Screenreader schwer bedienen. الفلتر صعب.');
      await clickAndWait(page, 'main form[action="/barrier-report"] button[type="submit"]');
      check((await page.locator('.banner--success').count()) > 0, `flow barrier report: no confirmation (url ${page.url()})`);
    });

    // The invitee accepts in a browser of their own, keyboard only.
    if (flowInv) {
      await step('flow invitee accepts', async () => {
        const inv = await newContext(browser);
        try {
          const res = await inv.page.goto(flowInv.link.replace(/^https?:\/\/[^/]+/, BASE));
          check(res.status() === 200, `flow invitee: invitation link answered ${res.status()}`);
          check((await tabTo(inv.page, '#f-name')) > 0, 'flow invitee: cannot Tab to #f-name');
          await inv.page.keyboard.type(INVITEE_NAME);
          check((await tabTo(inv.page, '#f-password', 3)) > 0, 'flow invitee: cannot Tab to #f-password');
          await inv.page.keyboard.type(INVITEE_PASSWORD);
          check((await tabTo(inv.page, '#f-password_confirm', 3)) > 0, 'flow invitee: cannot Tab to #f-password_confirm');
          await inv.page.keyboard.type(INVITEE_PASSWORD);
          check((await tabTo(inv.page, '#f-consent', 3)) > 0, 'flow invitee: cannot Tab to #f-consent');
          await inv.page.keyboard.press('Space');
          check(await inv.page.isChecked('#f-consent'), 'flow invitee: Space did not tick the consent box');
          check((await tabTo(inv.page, 'main form button[type="submit"]', 5)) > 0, 'flow invitee: cannot Tab to the submit button');
          await pressAndWait(inv.page, 'Enter');
          const shown = (await inv.page.locator('.account-menu__name').textContent().catch(() => '')) || '';
          check(shown.trim() === INVITEE_NAME, `flow invitee: header shows "${shown.trim()}", want "${INVITEE_NAME}" (url ${inv.page.url()})`);
          await setLanguage(inv.page, 'ar');
          const html = await inv.page.evaluate(() => ({
            lang: document.documentElement.lang,
            dir: document.documentElement.dir,
            name: (document.querySelector('.account-menu__name') || {}).textContent,
          }));
          check(html.lang === 'ar', `flow invitee: after switching to Arabic lang="${html.lang}"`);
          check(html.dir === 'rtl', `flow invitee: after switching to Arabic dir="${html.dir}"`);
          check((html.name || '').trim() === INVITEE_NAME, `flow invitee: name after switching is "${html.name}"`);
          await inv.page.screenshot({ path: join(OUT, 'flow-invitee-ar.png'), fullPage: true });
        } finally {
          await inv.ctx.close();
        }
      });
    }
  } finally {
    await ctx.close();
  }
  return ids;
}

// ---------------------------------------------------------------- the series flow

// Clicks a Playwright locator that navigates and waits for the new page.
async function clickLocAndWait(page, locator) {
  const [res] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  return res;
}

// The first link in an outbox mail body that matches `re` (made relative to BASE).
function linkIn(mail, re, what) {
  const m = mail.body.match(re);
  if (!m) throw new Error(`no ${what} link in mail ${mail.href}: ${short(mail.body)}`);
  return { path: m[0].replace(/^https?:\/\/[^/]+/, ''), token: m[1] };
}

// A date `days` from today as the <input type="date"> value (YYYY-MM-DD) and a
// datetime-local value at `hh:00`.
function isoDay(days) {
  const d = new Date(Date.now() + days * 86_400_000);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
const isoDateTime = (days, hh) => `${isoDay(days)}T${String(hh).padStart(2, '0')}:00`;

const bannerText = async (page) =>
  ((await page.locator('.banner--success').allTextContents().catch(() => [])) || []).join(' ').trim();

// The text of the registration status (<dt>Stand</dt><dd>…</dd>) on a personal page.
async function regStatus(page) {
  return page.evaluate(() => {
    const rows = Array.from(document.querySelectorAll('main .summary-list__row'));
    const last = rows[rows.length - 1];
    return last ? last.querySelector('dd').textContent.trim() : '';
  });
}

// As a keyboard user: skip link (Tab, Enter) into <main>, then Tab to `selector`
// and press Enter there; waits for the page that follows.
async function keyboardActivate(page, selector, what) {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const n = await tabTo(page, selector, 30);
  if (n < 0) throw new Error(`${what}: cannot Tab from <main> to ${selector}`);
  return pressAndWait(page, 'Enter');
}

// Looks through the first `maxPages` pages of /admin/outbox (as the admin) for a
// mail whose row matches `subject` and returns the first match of `link` in its body.
async function findMailLink(page, subject, link, maxPages = 3) {
  for (let n = 1; n <= maxPages; n++) {
    await goto(page, n === 1 ? '/admin/outbox' : `/admin/outbox?page=${n}`);
    const mails = await page.evaluate((src) => {
      const re = new RegExp(src);
      return Array.from(document.querySelectorAll('table tbody tr'))
        .filter((tr) => re.test(tr.textContent))
        .map((tr) => tr.querySelector('a[href^="/admin/outbox/"]'))
        .filter(Boolean)
        .map((a) => a.getAttribute('href'));
    }, subject.source);
    for (const href of mails.slice(0, 3)) {
      await goto(page, href);
      const m = ((await page.textContent('.mail pre')) || '').match(link);
      if (m) return m[0].replace(/^https?:\/\/[^/]+/, '');
    }
  }
  return null;
}

// Someone registers for a series on its public page in a browser of their own,
// as a screen-reader and keyboard user would (labels, Space, Enter); the
// confirmation link comes from the outbox. Returns the personal path /r/{token}.
async function registerPerson(browser, staffPage, seriesPath, person, { confirm = true } = {}) {
  const { ctx, page } = await newContext(browser);
  try {
    await goto(page, seriesPath);
    await setLanguage(page, 'de');
    const main = page.getByRole('main');
    await main.getByLabel('Name', { exact: true }).fill(person.name);
    await main.getByLabel('E-Mail-Adresse', { exact: true }).fill(person.email);
    await main.getByLabel('Ich nehme teil als').selectOption({ label: person.group });
    await main.getByLabel(/Datenschutzhinweise gelesen/).focus();
    await page.keyboard.press('Space');
    check(await main.getByLabel(/Datenschutzhinweise gelesen/).isChecked(),
      `flow register ${person.name}: Space did not tick the consent box`);
    await main.getByRole('button', { name: 'Anmelden', exact: true }).focus();
    const res = await pressAndWait(page, 'Enter');
    check(res.status() === 200 && /\/series\/\d+\/check-mail$/.test(page.url()),
      `flow register ${person.name}: after submitting ${res.status()} ${page.url()}, want /series/{id}/check-mail`);
    const mail = await newestMailTo(staffPage, person.email);
    const link = linkIn(mail, /https?:\/\/\S+?\/r\/([A-Za-z0-9_\-]+)/, 'registration');
    if (!confirm) return link.path;
    await goto(page, link.path);
    check((await regStatus(page)) === 'Noch nicht bestätigt',
      `flow register ${person.name}: personal page before confirming shows "${await regStatus(page)}"`);
    check((await page.getByRole('main').getByRole('button', { name: 'Anmeldung bestätigen' }).count()) === 1,
      `flow register ${person.name}: no button "Anmeldung bestätigen" on the personal page`);
    await keyboardActivate(page, 'main form[action$="/confirm"] button[type="submit"]', `flow register ${person.name}`);
    person.flash = await bannerText(page);
    person.status = await regStatus(page);
    return link.path;
  } finally {
    await ctx.close();
  }
}

// Staff (the demo admin) creates a series with one seat and one future module,
// books a speaker through the mail link, two people register (the second on
// the waiting list), the first cancels, the second moves up, attends and gets
// a certificate that the verification page accepts.
async function seriesFlow(browser, login, ids) {
  const S = {};
  ids.series = S;
  const stamp = Date.now().toString(36);
  const title = `Interkulturelle Kompetenz im Ehrenamt – Testjahrgang ${stamp}`;
  const moduleTitle = `Grundlagen der Verständigung ${stamp}`;
  const speaker = { name: 'Dr. Leila Özdemir-Brandt', email: `referentin.${stamp}@example.org` };
  const personA = { name: 'Jana Weiß', email: `jana.weiss.${stamp}@example.org`, group: 'Ehrenamtliche' };
  const personB = { name: 'Omar عمر Haddad', email: `omar.haddad.${stamp}@example.org`, group: 'Ehrenamtliche' };
  const personC = { name: 'Ewa Nowak', email: `ewa.nowak.${stamp}@example.org`, group: 'Ehrenamtliche' };
  const { ctx, page } = await newContext(browser);
  try {
    await logIn(page, login);
    await setLanguage(page, 'de');

    // Ids by following links: catalogue → a series; org page → its series → manage → modules.
    await step('series flow find links', async () => {
      await goto(page, '/series');
      S.catalogueSeries = (await hrefs(page, 'main .cards a[href^="/series/"]'))[0];
      check(!!S.catalogueSeries, 'series flow: /series lists no series');
      await goto(page, ids.orgPath || '/orgs/1');
      S.orgSeriesPath = (await hrefs(page, 'main a[href$="/series"]'))[0];
      if (!S.orgSeriesPath) throw new Error(`no series link on ${ids.orgPath}`);
      S.orgId = S.orgSeriesPath.split('/')[2];
      await goto(page, S.orgSeriesPath);
      S.orgSeriesNew = (await hrefs(page, 'main a[href$="/series/new"]'))[0];
      S.planningPath = (await hrefs(page, 'main a[href$="/planning"]'))[0];
      S.speakersPath = (await hrefs(page, 'main a[href$="/speakers"]'))[0];
      S.demoManage = (await hrefs(page, 'main table a[href$="/manage"]'))[0];
      check(!!S.orgSeriesNew && !!S.planningPath && !!S.speakersPath && !!S.demoManage,
        `series flow: ${S.orgSeriesPath} lacks a link (new ${S.orgSeriesNew}, planning ${S.planningPath}, speakers ${S.speakersPath}, a series ${S.demoManage})`);
      if (S.demoManage) {
        await goto(page, S.demoManage);
        const links = await hrefs(page, 'main a[href]');
        const find = (re) => links.find((h) => re.test(h));
        S.demo = {
          id: S.demoManage.split('/')[2],
          manage: S.demoManage,
          edit: find(/^\/series\/\d+\/edit$/),
          copy: find(/^\/series\/\d+\/copy$/),
          moduleNew: find(/^\/series\/\d+\/modules\/new$/),
          participants: find(/^\/series\/\d+\/participants$/),
          certificates: find(/^\/series\/\d+\/certificates$/),
          figures: find(/^\/series\/\d+\/figures$/),
          publicPath: find(/^\/series\/\d+$/),
          moduleSpeakers: find(/^\/modules\/\d+\/speakers$/),
          moduleAttendance: find(/^\/modules\/\d+\/attendance$/),
          moduleEdit: find(/^\/modules\/\d+\/edit$/),
          moduleCancel: find(/^\/modules\/\d+\/cancel$/),
        };
        for (const [k, v] of Object.entries(S.demo)) {
          if (k !== 'figures') check(!!v, `series flow: ${S.demoManage} has no ${k} link`);
        }
      }
      if (S.speakersPath) {
        await goto(page, S.speakersPath);
        S.speakerEdit = (await hrefs(page, 'main a[href^="/speakers/"][href$="/edit"]'))[0];
      }
      // An open speaker request from the demo data (its reminder is in the outbox) and,
      // where the demo sent one, a feedback link after a module.
      S.openSpeakerRequest = await findMailLink(page, /Anfrage/, /https?:\/\/\S+?\/speaker-requests\/[A-Za-z0-9_\-]+/);
      S.feedbackForm = await findMailLink(page, /Rückmeldung/, /https?:\/\/\S+?\/feedback\/[A-Za-z0-9_\-]+/);
    });

    // Staff creates the series through the form.
    await step('series flow create series', async () => {
      await goto(page, S.orgSeriesPath);
      await clickLocAndWait(page, page.getByRole('main').getByRole('link', { name: 'Neue Fortbildungsreihe' }));
      const main = page.getByRole('main');
      await main.getByRole('group', { name: 'Deutsch' }).getByLabel('Titel').fill(title);
      await main.getByRole('group', { name: 'Deutsch' }).getByLabel(/^Beschreibung/).fill(
        'Vier Stunden Grundlagen für Ehrenamtliche: Kommunikation, Vielfalt, Sprachmittlung.');
      await main.getByLabel('Art', { exact: true }).selectOption({ label: 'Kurs für Ehrenamtliche' });
      await main.getByLabel('Sichtbarkeit').selectOption({ label: 'Öffentlich' });
      await main.getByLabel('Region', { exact: true }).selectOption({ label: 'Sachsen-Anhalt' });
      await main.getByRole('group', { name: 'Zielgruppen' }).getByLabel('Ehrenamtliche').check();
      const langs = main.getByRole('group', { name: 'Unterrichtssprachen' });
      await langs.getByLabel('Deutsch').check();
      await langs.getByLabel('العربية').check();
      await main.getByLabel('Plätze', { exact: true }).fill('1');
      await clickLocAndWait(page, main.getByRole('button', { name: 'Speichern' }));
      const m = page.url().match(/\/series\/(\d+)\/manage$/);
      if (!m) throw new Error(`after creating: ${page.url()} (${short(await page.locator('.error-summary').textContent().catch(() => ''))})`);
      S.id = m[1];
      S.manage = `/series/${S.id}/manage`;
      S.publicPath = `/series/${S.id}`;
      check((await page.locator('h1').textContent()).trim() === title, `series flow: manage page h1 is not "${title}"`);
      check(/angelegt/.test(await bannerText(page)), `series flow create: no success banner (got "${await bannerText(page)}")`);
    });
    if (!S.id) return ids;

    // … adds a module four weeks ahead.
    await step('series flow add module', async () => {
      await goto(page, S.manage);
      await clickLocAndWait(page, page.getByRole('main').getByRole('link', { name: 'Modul hinzufügen' }));
      const main = page.getByRole('main');
      await main.getByLabel('Titel', { exact: true }).fill(moduleTitle);
      await main.getByLabel(/^Themen/).fill('Kommunikation\nVielfalt\nSprachmittlung');
      await main.getByLabel('Beginn').fill(isoDateTime(28, 10));
      await main.getByLabel('Ende').fill(isoDateTime(28, 14));
      await main.getByLabel('Ort', { exact: true }).fill('Bürgerhaus Magdeburg, Saal 2\nBreiter Weg 12, 39104 Magdeburg');
      await main.getByLabel(/^Barrierefreiheit des Ortes/).fill('Stufenloser Zugang, rollstuhlgerechtes WC, Induktionsschleife.');
      await main.getByLabel('Unterrichtsstunden').fill('4');
      await clickLocAndWait(page, main.getByRole('button', { name: 'Speichern' }));
      check(page.url().endsWith(S.manage), `series flow add module: landed on ${page.url()}, want ${S.manage} (${short(await page.locator('.error-summary').textContent().catch(() => ''))})`);
      const row = page.getByRole('main').locator('table tbody tr', { hasText: moduleTitle });
      check((await row.count()) === 1, `series flow add module: "${moduleTitle}" not listed on ${S.manage}`);
      const sp = await row.locator('a[href$="/speakers"]').getAttribute('href');
      S.moduleId = sp.split('/')[2];
      S.moduleSpeakers = sp;
      S.moduleAttendance = `/modules/${S.moduleId}/attendance`;
      S.filter = { group: 'volunteers', region: 'DE-ST', month: isoDay(28).slice(0, 7), lang: 'de' };
    });

    // … adds a speaker to the organisation's directory.
    await step('series flow add speaker', async () => {
      await goto(page, S.orgSeriesPath);
      await clickLocAndWait(page, page.getByRole('main').getByRole('link', { name: 'Referent*innen', exact: true }));
      const form = page.getByRole('main').locator('form', { has: page.getByRole('button', { name: 'Speichern' }) });
      await form.getByLabel('Name', { exact: true }).fill(speaker.name);
      await form.getByLabel('E-Mail-Adresse').fill(speaker.email);
      await form.getByLabel(/^Themen/).fill('Interkulturelle Kommunikation');
      await form.getByRole('group', { name: /Unterrichtssprachen/ }).getByLabel('Deutsch').check();
      await clickLocAndWait(page, form.getByRole('button', { name: 'Speichern' }));
      check(/Verzeichnis/.test(await bannerText(page)), `series flow add speaker: no success banner (url ${page.url()}, "${await bannerText(page)}")`);
      check((await page.getByRole('main').getByRole('heading', { name: speaker.name }).count()) === 1,
        `series flow add speaker: "${speaker.name}" not in the directory`);
    });

    // … asks the speaker for the module.
    await step('series flow ask speaker', async () => {
      if (!S.moduleSpeakers) throw new Error('no module');
      await goto(page, S.manage);
      await clickLocAndWait(page, page.getByRole('main').getByRole('link', { name: `Referent*innen ${moduleTitle}` }));
      const main = page.getByRole('main');
      await main.getByLabel('Referent*in', { exact: true }).selectOption({ label: speaker.name });
      await main.getByLabel('Antwort bis').fill(isoDay(7));
      await main.getByLabel(/^Persönliche Nachricht/).fill('Liebe Frau Özdemir-Brandt, hätten Sie Zeit für dieses Modul?');
      await clickLocAndWait(page, main.getByRole('button', { name: 'Anfrage senden' }));
      check(/verschickt/.test(await bannerText(page)), `series flow ask speaker: no success banner (url ${page.url()}, ${short(await page.locator('.error-summary').textContent().catch(() => ''))})`);
      const mail = await newestMailTo(page, speaker.email);
      S.speakerRequest = linkIn(mail, /https?:\/\/\S+?\/speaker-requests\/([A-Za-z0-9_\-]+)/, 'speaker request').path;
    });

    // The speaker opens the link in a browser of their own and confirms.
    if (S.speakerRequest) {
      await step('series flow speaker confirms', async () => {
        const sp = await newContext(browser);
        try {
          const res = await goto(sp.page, S.speakerRequest);
          check(res.status() === 200, `series flow speaker: request link answered ${res.status()}`);
          await setLanguage(sp.page, 'de');
          check(((await sp.page.getByRole('main').textContent()) || '').includes(moduleTitle),
            'series flow speaker: the request page does not name the module');
          check((await sp.page.getByRole('main').getByRole('button', { name: 'Ja, ich übernehme das Modul' }).count()) === 1,
            'series flow speaker: no button "Ja, ich übernehme das Modul"');
          await keyboardActivate(sp.page, 'main form button[name="answer"][value="confirm"]', 'series flow speaker');
          check(/Zusage/.test(await bannerText(sp.page)), `series flow speaker: no thanks after confirming ("${await bannerText(sp.page)}")`);
          const st = await regStatus(sp.page);
          check(st === 'zugesagt', `series flow speaker: status after confirming is "${st}", want "zugesagt"`);
        } finally {
          await sp.ctx.close();
        }
      });
    }

    // The planning board shows the module as covered.
    await step('series flow planning board', async () => {
      await goto(page, S.orgSeriesPath);
      await clickLocAndWait(page, page.getByRole('main').getByRole('link', { name: 'Planungsübersicht' }));
      const row = page.getByRole('main').locator('table tbody tr', { hasText: moduleTitle });
      check((await row.count()) === 1, `series flow planning: "${moduleTitle}" not on the board`);
      const state = ((await row.locator('td').last().textContent()) || '').trim();
      check(state === 'zugesagt', `series flow planning: state of the module is "${state}", want "zugesagt"`);
      check(((await row.textContent()) || '').includes(speaker.name), 'series flow planning: the speaker is not named in the row');
    });

    // Person A registers (keyboard, labels) and confirms through the mail; gets the only seat.
    await step('series flow person A registers', async () => {
      const pub = await newContext(browser);
      try {
        // The series is in the public catalogue, with its name as the link.
        await goto(pub.page, '/series');
        await setLanguage(pub.page, 'de');
        const link = pub.page.getByRole('main').getByRole('link', { name: title });
        check((await link.count()) === 1, `series flow: "${title}" is not in the catalogue`);
      } finally {
        await pub.ctx.close();
      }
      S.regA = await registerPerson(browser, page, S.publicPath, personA);
      check(personA.status === 'Platz sicher', `series flow person A: status after confirming "${personA.status}", want "Platz sicher"`);
      check(/Platz ist sicher/.test(personA.flash), `series flow person A: banner "${personA.flash}"`);
    });

    // Person B registers too and lands on the waiting list.
    await step('series flow person B registers', async () => {
      S.regB = await registerPerson(browser, page, S.publicPath, personB);
      check(/Warteliste/.test(personB.status), `series flow person B: status "${personB.status}", want the waiting list ("Warteliste")`);
      check(/Warteliste/.test(personB.flash), `series flow person B: banner "${personB.flash}"`);
    });

    // Person C registers but never confirms (for the page audit of that state).
    await step('series flow person C (unconfirmed)', async () => {
      S.regC = await registerPerson(browser, page, S.publicPath, personC, { confirm: false });
    });

    // A cancels through their personal link: link, then confirm (two steps).
    if (S.regA) {
      await step('series flow person A cancels', async () => {
        const a = await newContext(browser);
        try {
          await goto(a.page, S.regA);
          await setLanguage(a.page, 'de');
          check((await a.page.getByRole('main').getByRole('link', { name: 'Von dieser Fortbildung abmelden' }).count()) === 1,
            'series flow cancel: no link "Von dieser Fortbildung abmelden"');
          await keyboardActivate(a.page, 'main a[href$="/cancel"]', 'series flow cancel');
          check(a.page.url().endsWith(`${S.regA}/cancel`), `series flow cancel: first step landed on ${a.page.url()}`);
          check(/wirklich abmelden/.test(await a.page.getByRole('main').textContent()), 'series flow cancel: no warning on the confirm step');
          check((await regStatus(a.page)) === 'Platz sicher', 'series flow cancel: the first step already cancelled');
          check((await a.page.getByRole('main').getByRole('button', { name: 'Ja, abmelden' }).count()) === 1,
            'series flow cancel: no button "Ja, abmelden"');
          await keyboardActivate(a.page, 'main form[action$="/cancel"] button[type="submit"]', 'series flow cancel');
          const st = await regStatus(a.page);
          check(st === 'Abgemeldet', `series flow cancel: A's status after cancelling is "${st}", want "Abgemeldet"`);
        } finally {
          await a.ctx.close();
        }
      });
    }

    // B has moved up.
    if (S.regB) {
      await step('series flow person B moved up', async () => {
        const b = await newContext(browser);
        try {
          await goto(b.page, S.regB);
          await setLanguage(b.page, 'de');
          const st = await regStatus(b.page);
          check(st === 'Platz sicher', `series flow moved up: B's status is "${st}", want "Platz sicher"`);
        } finally {
          await b.ctx.close();
        }
        const mail = await newestMailTo(page, personB.email);
        check(/nachgerückt/.test(mail.body), `series flow moved up: B's newest mail does not say they moved up: ${short(mail.body)}`);
      });
    }

    // Roll call: B present.
    await step('series flow roll call', async () => {
      await goto(page, S.manage);
      await clickLocAndWait(page, page.getByRole('main').getByRole('link', { name: `Anwesenheit ${moduleTitle}` }));
      const main = page.getByRole('main');
      const groupB = main.getByRole('group', { name: personB.name });
      check((await groupB.count()) === 1, `series flow roll call: no group for "${personB.name}"`);
      check((await main.getByRole('group', { name: personA.name }).count()) === 0,
        'series flow roll call: A (cancelled) is still on the roll');
      await groupB.getByLabel('anwesend').check();
      await clickLocAndWait(page, main.getByRole('button', { name: 'Anwesenheit speichern' }));
      check(/gespeichert/.test(await bannerText(page)), `series flow roll call: no success banner ("${await bannerText(page)}")`);
      check(await page.getByRole('main').getByRole('group', { name: personB.name }).getByLabel('anwesend').isChecked(),
        'series flow roll call: "anwesend" is not kept for B');
    });

    // Certificates: B completed; staff issues them; the code is on the page.
    await step('series flow certificates', async () => {
      await goto(page, S.manage);
      await clickLocAndWait(page, page.getByRole('main').getByRole('link', { name: 'Abschluss und Bescheinigungen' }));
      S.certificates = new URL(page.url()).pathname;
      const main = page.getByRole('main');
      const row = main.locator('table tbody tr', { hasText: 'Haddad' });
      check((await row.count()) === 1, 'series flow certificates: B is not in the table');
      check(/^ja$/i.test(((await row.locator('td').nth(3).textContent()) || '').trim()),
        `series flow certificates: B not completed ("${((await row.locator('td').nth(3).textContent()) || '').trim()}")`);
      await main.getByLabel('Sprache der Bescheinigung').selectOption('de');
      await main.getByLabel('Ort', { exact: true }).fill('Magdeburg');
      await clickLocAndWait(page, main.getByRole('button', { name: /Bescheinigungen ausstellen/ }));
      check(/ausgestellt/.test(await bannerText(page)), `series flow certificates: no success banner ("${await bannerText(page)}")`);
      const a = page.getByRole('main').locator('table tbody tr', { hasText: 'Haddad' }).locator('a[href^="/certificates/"]');
      S.certCode = ((await a.textContent()) || '').trim();
      check(/^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/.test(S.certCode), `series flow certificates: code "${S.certCode}" looks wrong`);
      const pdf = await page.request.get(BASE + (await a.getAttribute('href')));
      check(pdf.status() === 200 && /^application\/pdf/.test(pdf.headers()['content-type'] || ''),
        `series flow certificates: staff PDF answered ${pdf.status()} ${pdf.headers()['content-type']}`);
    });

    // B downloads the certificate from their personal page.
    if (S.regB) {
      await step('series flow certificate download', async () => {
        const b = await newContext(browser);
        try {
          await goto(b.page, S.regB);
          await setLanguage(b.page, 'de');
          const link = b.page.getByRole('main').getByRole('link', { name: /Bescheinigung herunterladen/ });
          check((await link.count()) === 1, 'series flow: B\'s personal page offers no certificate download');
          const href = await link.getAttribute('href');
          const res = await b.ctx.request.get(BASE + href);
          const type = res.headers()['content-type'] || '';
          check(res.status() === 200 && /^application\/pdf/.test(type),
            `series flow certificate download ${href}: ${res.status()} ${type}, want application/pdf`);
          const body = await res.body();
          check(body.subarray(0, 5).toString('latin1') === '%PDF-', 'series flow certificate download: body is not a PDF');
        } finally {
          await b.ctx.close();
        }
      });
    }

    // Anyone can verify the code: by the form (keyboard) and by the link; then in Arabic.
    if (S.certCode) {
      await step('series flow verify', async () => {
        const v = await newContext(browser);
        try {
          await goto(v.page, '/verify');
          await setLanguage(v.page, 'de');
          await v.page.getByRole('main').getByLabel('Prüfcode').fill(S.certCode.toLowerCase());
          await pressAndWait(v.page, 'Enter');
          const status = () => v.page.getByRole('main').getByRole('status').allTextContents().then((t) => t.join(' '));
          check(/gültig/.test(await status()), `series flow verify (form): "${await status()}", want "gültig"`);
          const res = await goto(v.page, `/verify/${S.certCode}`);
          check(res.status() === 200, `series flow verify: /verify/${S.certCode} answered ${res.status()}`);
          check(/gültig/.test(await status()), `series flow verify: "${await status()}", want "gültig"`);
          check(((await v.page.getByRole('main').textContent()) || '').includes(personB.name),
            'series flow verify: the page does not name B');
          await setLanguage(v.page, 'ar');
          check(new URL(v.page.url()).pathname === `/verify/${S.certCode}`,
            `series flow verify: the language switch left the page (${v.page.url()})`);
          await audit(v.page, 'ar', 'flow-verify-ar');
        } finally {
          await v.ctx.close();
        }
      });
    }
  } finally {
    await ctx.close();
  }
  return ids;
}

// ---------------------------------------------------------------- series pages

// Series pages anyone can open (catalogue, public page, personal links, verification).
async function seriesPagesAnonymous(page, L, ids) {
  const S = ids.series || {};
  await visit(page, L, 'series-catalogue', '/series');
  // the filter form, used as a person would: all four filters set so that the
  // flow's series (volunteers, Saxony-Anhalt, its module's month, German) matches
  await step(`[${L}] series-catalogue-filtered (/series)`, async () => {
    await goto(page, '/series');
    const form = 'main form[action="/series"]';
    const want = S.filter || {};
    for (const name of ['group', 'region', 'month', 'lang']) {
      const value = want[name] || await page.$eval(`${form} select[name="${name}"]`,
        (s) => (Array.from(s.options).find((o) => o.value) || {}).value || '');
      await page.selectOption(`${form} select[name="${name}"]`, value);
    }
    const res = await clickAndWait(page, `${form} button[type="submit"]`);
    check(/[?&]group=[^&]+.*&region=[^&]+.*&month=[^&]+.*&lang=[^&]+/.test(page.url()),
      `[${L}] series-catalogue-filtered: the filters are not in the address (${page.url()})`);
    if (S.publicPath) {
      check((await page.locator(`main .cards a[href="${S.publicPath}"]`).count()) === 1,
        `[${L}] series-catalogue-filtered: ${S.publicPath} is not among the results of ${page.url().replace(BASE, '')}`);
    }
    await audit(page, L, 'series-catalogue-filtered', { res });
  });
  const demoPublic = (S.demo && S.demo.publicPath) || S.catalogueSeries;
  if (demoPublic) {
    await visit(page, L, 'series-show', demoPublic);
    await submitAndAudit(page, L, 'series-register-error', demoPublic,
      'main form[action$="/register"] button[type="submit"]', { status: 422, errorState: true });
  } else fail(`[${L}] series-show: no series found`);
  if (S.id) {
    await visit(page, L, 'series-show-full', S.publicPath);
    await visit(page, L, 'series-check-mail', `/series/${S.id}/check-mail`);
  } else fail(`[${L}] series pages of the flow series: the flow did not create a series`);
  if (S.regB) {
    await visit(page, L, 'registration-certificate', S.regB);
    await visit(page, L, 'registration-cancel', `${S.regB}/cancel`);
  } else fail(`[${L}] registration: no personal link of B`);
  if (S.regA) await visit(page, L, 'registration-cancelled', S.regA);
  else fail(`[${L}] registration-cancelled: no personal link of A`);
  if (S.regC) await visit(page, L, 'registration-unconfirmed', S.regC);
  else fail(`[${L}] registration-unconfirmed: no personal link of C`);
  if (S.speakerRequest) await visit(page, L, 'speaker-request-confirmed', S.speakerRequest);
  else fail(`[${L}] speaker-request-confirmed: no speaker request link`);
  if (S.openSpeakerRequest) await visit(page, L, 'speaker-request-open', S.openSpeakerRequest);
  else fail(`[${L}] speaker-request-open: no open speaker request (reminder mail) in the demo outbox`);
  if (S.feedbackForm) {
    await visit(page, L, 'feedback-form', S.feedbackForm);
    await submitAndAudit(page, L, 'feedback-form-error', S.feedbackForm, 'main form button[type="submit"]',
      { status: 422, errorState: true });
  }
  await visit(page, L, 'verify', '/verify');
  if (S.certCode) await visit(page, L, 'verify-valid', `/verify/${S.certCode}`);
  else fail(`[${L}] verify-valid: no certificate code`);
  await visit(page, L, 'verify-unknown', '/verify?code=ZZZZ-ZZZZ-ZZZZ', { status: 404 });
}

// Staff pages of series (the demo admin administers the organisation that owns them).
async function seriesPagesStaff(page, L, ids) {
  const S = ids.series || {};
  const D = S.demo || {};
  const need = (name, path) => {
    if (!path) fail(`[${L}] ${name}: no link found`);
    return !!path;
  };
  const submit = (action) => `main form[action="${action}"] button[type="submit"]`;
  const clear = (...sels) => async (p) => {
    for (const s of sels) await p.fill(s, '');
  };
  if (need('org-series', S.orgSeriesPath)) await visit(page, L, 'org-series', S.orgSeriesPath);
  if (need('org-series-new', S.orgSeriesNew)) {
    await visit(page, L, 'org-series-new', S.orgSeriesNew);
    await submitAndAudit(page, L, 'org-series-new-error', S.orgSeriesNew, submit(S.orgSeriesNew),
      { status: 422, errorState: true });
  }
  if (need('org-planning', S.planningPath)) await visit(page, L, 'org-planning', S.planningPath);
  if (need('org-speakers', S.speakersPath)) {
    await visit(page, L, 'org-speakers', S.speakersPath);
    await submitAndAudit(page, L, 'org-speakers-error', S.speakersPath, submit(S.speakersPath),
      { status: 422, errorState: true });
  }
  if (need('speaker-edit', S.speakerEdit)) await visit(page, L, 'speaker-edit', S.speakerEdit);
  if (need('series-manage', D.manage)) await visit(page, L, 'series-manage', D.manage);
  if (need('series-edit', D.edit)) {
    await visit(page, L, 'series-edit', D.edit);
    await submitAndAudit(page, L, 'series-edit-error', D.edit, submit(D.edit),
      { status: 422, errorState: true, fill: clear('main #f-title_de') });
  }
  if (need('series-copy', D.copy)) {
    await visit(page, L, 'series-copy', D.copy);
    await submitAndAudit(page, L, 'series-copy-error', D.copy, submit(D.copy),
      { status: 422, errorState: true, fill: clear('main #f-starts') });
  }
  if (need('module-new', D.moduleNew)) {
    await visit(page, L, 'module-new', D.moduleNew);
    await submitAndAudit(page, L, 'module-new-error', D.moduleNew, submit(D.moduleNew),
      { status: 422, errorState: true });
  }
  if (need('series-participants', D.participants)) {
    await visit(page, L, 'series-participants', D.participants);
    await submitAndAudit(page, L, 'series-participants-error', D.participants,
      submit(`${D.participants}/add`), { status: 422, errorState: true });
  }
  // the flow's series: a certificate with its revoke form
  const certs = S.certificates || D.certificates;
  if (need('series-certificates', certs)) {
    await visit(page, L, 'series-certificates', certs);
    await submitAndAudit(page, L, 'series-certificates-error', certs, submit(`${certs}/issue`),
      { status: 422, errorState: true, fill: clear('main #f-place') });
  }
  if (D.certificates && D.certificates !== certs) await visit(page, L, 'series-certificates-demo', D.certificates);
  // figures: only where the page exists (work in progress)
  const figures = D.figures || (D.id && `/series/${D.id}/figures`);
  if (figures) {
    const probe = await page.request.get(BASE + figures);
    if (probe.status() !== 404) await visit(page, L, 'series-figures', figures);
  }
  if (need('module-edit', D.moduleEdit)) {
    await visit(page, L, 'module-edit', D.moduleEdit);
    await submitAndAudit(page, L, 'module-edit-error', D.moduleEdit, submit(D.moduleEdit),
      { status: 422, errorState: true, fill: clear('main #f-title') });
  }
  // GET only: the confirm step, never the POST
  if (need('module-cancel', D.moduleCancel)) await visit(page, L, 'module-cancel', D.moduleCancel);
  if (need('module-speakers', D.moduleSpeakers)) {
    await visit(page, L, 'module-speakers', D.moduleSpeakers);
    await submitAndAudit(page, L, 'module-speakers-error', D.moduleSpeakers, submit(D.moduleSpeakers),
      { status: 422, errorState: true, fill: clear('main #f-deadline') });
  }
  if (need('module-attendance', D.moduleAttendance)) {
    await visit(page, L, 'module-attendance', D.moduleAttendance);
    // the scan upload without a file
    await submitAndAudit(page, L, 'module-attendance-error', D.moduleAttendance,
      'main form[action*="/attendance/scan"] button[type="submit"]', { status: 422, errorState: true });
  }
  if (S.moduleAttendance) await visit(page, L, 'module-attendance-flow', S.moduleAttendance);
  // any other page the manage page links to (e.g. feedback results)
  if (D.manage) {
    const known = new Set(Object.values(D).filter((v) => typeof v === 'string'));
    const more = await step(`[${L}] series-manage links`, async () => {
      await goto(page, D.manage);
      return hrefs(page, `main a[href^="/series/${D.id}/"]`);
    });
    for (const href of [...new Set(more || [])]) {
      if (!known.has(href) && !/\.(ics|csv|xlsx|pdf)$/.test(href)) {
        await visit(page, L, `series-${href.split('/').slice(3).join('-').replace(/[^a-z0-9]+/gi, '-')}`, href);
      }
    }
  }
  await visit(page, L, 'profile-calendar', '/profile/calendar');
  // any other page of the profile (e.g. the person's registrations)
  const profileLinks = await step(`[${L}] profile links`, async () => {
    await goto(page, '/profile');
    return hrefs(page, 'main a[href^="/profile/"]');
  });
  const knownProfile = new Set(['/profile/password', '/profile/delete', '/profile/calendar', '/profile/export']);
  for (const href of [...new Set(profileLinks || [])]) {
    if (!knownProfile.has(href)) await visit(page, L, href.slice(1).replace(/[^a-z0-9]+/gi, '-'), href);
  }
}

// ---------------------------------------------------------------- all pages in one locale

// ---------------------------------------------------------------- spaces

// The admin creates a space through the form, adds a demo person, starts a thread
// with Markdown; the person reads it in their own browser and replies; the admin
// is told by mail (they follow their thread), sees the reply as unread, reads it,
// and edits their post once (for the history page).
// An office of the demo data and one of its people.
const OFFICE = 'Koordinierungsstelle Integration Harz';
const OFFICE_EMAIL = 'mehmet.yilmaz@ikoe.example';
const OFFICE_NAME = 'Mehmet Yılmaz-Krause';
// A tiny but real PDF (as a browser would upload it).
const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

// The space flow: the admin makes a space and invites an office; the office
// posts a thread with a file; the admin replies and the office is told; the
// admin uploads a file; the Ideenwerkstatt is planned (host, meeting), the
// office proposes and votes a topic, the topic goes into the agenda beside a
// parallel session, the office registers through the series and chooses.
async function spacesFlow(browser, login, ids) {
  const P = (ids.spaces = {});
  const admin = await newContext(browser);
  const other = await newContext(browser);
  const name = 'Netzwerk E2E Koordinierungsstellen';
  const submit = (action) => `main form[action="${action}"] button[type="submit"]`;
  try {
    await logIn(admin.page, login);
    await step('spaces flow: create a space', async () => {
      await goto(admin.page, '/spaces');
      const res = await clickAndWait(admin.page, 'main a[href="/spaces/new"]');
      check(res && res.status() === 200, 'spaces flow: /spaces/new did not open');
      await admin.page.fill('#f-name', name);
      await admin.page.selectOption('#f-kind', 'network');
      await admin.page.fill('#f-description', 'Austausch zwischen den Treffen der Ideenwerkstatt.');
      await admin.page.check('#f-listed');
      await clickAndWait(admin.page, submit('/spaces/new'));
      const m = admin.page.url().match(/\/spaces\/(\d+)$/);
      check(!!m, `spaces flow: after creating, at ${admin.page.url()}`);
      P.home = `/spaces/${m[1]}`;
      P.members = `${P.home}/members`;
      P.edit = `${P.home}/edit`;
      P.threadNew = `${P.home}/threads/new`;
      P.files = `${P.home}/files`;
      P.trash = `${P.home}/trash`;
      P.search = `${P.home}/search?q=Ideenwerkstatt`;
      P.meetings = `${P.home}/meetings`;
      P.meetingNew = `${P.home}/meetings/new`;
    });
    if (!P.home) return;
    await step('spaces flow: invite an office', async () => {
      await goto(admin.page, P.members);
      await admin.page.fill('#f-org', OFFICE);
      await admin.page.selectOption('#f-role', 'member');
      await clickAndWait(admin.page, submit(`${P.members}/org`));
      const text = (await admin.page.locator('main table').textContent()) || '';
      check(text.includes(OFFICE), 'spaces flow: the invited office is not in the members table');
      const mail = await newestMailTo(admin.page, OFFICE_EMAIL);
      check((mail.body || '').includes(P.home), `spaces flow: the office's admin was not told: ${short(mail.body)}`);
    });
    await step('spaces flow: the office posts a thread with a file', async () => {
      await logIn(other.page, { email: OFFICE_EMAIL, password: login.password });
      await setLanguage(other.page, 'de');
      await goto(other.page, '/spaces');
      await clickAndWait(other.page, `main a[href="${P.home}"]`);
      await clickAndWait(other.page, `main a[href="${P.threadNew}"]`);
      await other.page.fill('#f-title', 'Ideenwerkstatt im Frühjahr');
      await other.page.fill('#f-body', 'Wer **hostet** das nächste Treffen? <script>alert(1)</script>');
      await other.page.setInputFiles('#f-files', { name: 'Einladung Ideenwerkstatt.pdf', mimeType: 'application/pdf', buffer: PDF_BYTES });
      await clickAndWait(other.page, `main form[action^="${P.threadNew}"] button[type="submit"]`);
      const m = other.page.url().match(/\/threads\/(\d+)/);
      check(!!m, `spaces flow: after the thread, at ${other.page.url()}`);
      P.thread = `/threads/${m[1]}`;
      const html = await other.page.locator('main .prose').first().innerHTML();
      check(html.includes('<strong>hostet</strong>'), `spaces flow: Markdown not rendered: ${short(html)}`);
      check(!html.includes('<script'), 'spaces flow: a script element came through');
      const file = (await hrefs(other.page, 'main .attachments a[href$="/download"]'))[0];
      check(!!file, 'spaces flow: the attached file is not shown under the post');
      if (file) {
        const res = await other.page.request.get(new URL(file, BASE).toString());
        check(res.status() === 200 && (res.headers()['content-disposition'] || '').startsWith('attachment'),
          `spaces flow: downloading the attachment gave ${res.status()} ${res.headers()['content-disposition']}`);
        check(Buffer.compare(await res.body(), PDF_BYTES) === 0, 'spaces flow: the downloaded file differs');
      }
    });
    await step('spaces flow: the admin replies and the office is told', async () => {
      await goto(admin.page, P.thread);
      await admin.page.fill('#f-body', 'Wir in *Halberstadt* gern.');
      await clickAndWait(admin.page, `main form[action^="${P.thread}/reply"] button[type="submit"]`);
      const text = (await admin.page.locator('main').textContent()) || '';
      check(text.includes('Halberstadt'), 'spaces flow: the reply is not shown');
      const mail = await newestMailTo(admin.page, OFFICE_EMAIL);
      check((mail.body || '').includes('Halberstadt') && (mail.body || '').includes(P.thread),
        `spaces flow: the newest mail to the office is not the reply notice: ${short(mail.body)}`);
      await goto(admin.page, P.thread);
      P.postEdit = (await hrefs(admin.page, 'main a[href$="/edit"][href^="/posts/"]'))[0];
      check(!!P.postEdit, 'spaces flow: no edit link on the own reply');
    });
    await step('spaces flow: unread for the office, then read', async () => {
      await goto(other.page, P.home);
      const tag = (await other.page.locator(`main a[href="${P.thread}"] + .tag`).textContent().catch(() => '')) || '';
      check(tag.includes('1'), `spaces flow: no unread marker on the space home (${tag})`);
      await clickAndWait(other.page, `main a[href="${P.thread}"]`);
      await goto(other.page, P.home);
      check((await other.page.locator(`main a[href="${P.thread}"] + .tag`).count()) === 0,
        'spaces flow: still unread after reading');
    });
    await step('spaces flow: edit the own post', async () => {
      if (!P.postEdit) return;
      await goto(admin.page, P.postEdit);
      await admin.page.fill('#f-body', 'Wir in *Halberstadt* gern, im Mai.');
      await clickAndWait(admin.page, submit(P.postEdit));
      P.history = (await hrefs(admin.page, 'main a[href$="/history"]'))[0];
      check(!!P.history, 'spaces flow: no history link after editing');
    });
    await step('spaces flow: upload a file and find it', async () => {
      await goto(admin.page, P.home);
      await clickAndWait(admin.page, `main a[href="${P.files}"]`);
      // a file dropped onto the field (the enhancement) is uploaded like a chosen one
      await admin.page.evaluate(() => {
        const dt = new DataTransfer();
        dt.items.add(new File(['%PDF-1.4\n%%EOF\n'], 'Abgelegt.pdf', { type: 'application/pdf' }));
        const zone = document.querySelector('main [data-drop]');
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      });
      check(await admin.page.evaluate(() => document.getElementById('f-file').files.length) === 1,
        'spaces flow: dropping a file did not fill the file field');
      await clickAndWait(admin.page, `main form[action^="${P.files}"] button[type="submit"]`);
      const listed = (await admin.page.locator('main table').textContent().catch(() => '')) || '';
      check(listed.includes('Abgelegt.pdf'), 'spaces flow: the dropped file is not listed');
      await admin.page.setInputFiles('#f-file', { name: 'Protokoll Ideenwerkstatt.pdf', mimeType: 'application/pdf', buffer: PDF_BYTES });
      await clickAndWait(admin.page, `main form[action^="${P.files}"] button[type="submit"]`);
      P.file = (await hrefs(admin.page, 'main table a[href^="/files/"]'))[0];
      check(!!P.file, 'spaces flow: the uploaded file is not listed');
      await goto(admin.page, P.search);
      const text = (await admin.page.locator('main').textContent()) || '';
      check(text.includes('Protokoll Ideenwerkstatt.pdf') && text.includes('Ideenwerkstatt im Frühjahr'),
        `spaces flow: search did not find the file and the thread: ${short(text)}`);
    });
    await step('spaces flow: an outsider sees the listed space and may ask to join', async () => {
      const third = await newContext(browser);
      try {
        await logIn(third.page, { email: EXISTING_EMAIL, password: login.password });
        await setLanguage(third.page, 'de');
        await visit(third.page, 'de', 'space-outside', P.home);
        check((await third.page.locator(`main form[action="${P.home}/request"]`).count()) === 1,
          'spaces flow: no request form for an outsider of a listed space');
        check((await third.page.locator(`main a[href="${P.files}"]`).count()) === 0,
          'spaces flow: an outsider sees the link to the files');
        const res = await third.page.request.get(new URL(P.files, BASE).toString());
        // a listed space is known to exist: its files are forbidden, not unknown
        check(res.status() === 403, `spaces flow: an outsider opened the files (${res.status()})`);
      } finally {
        await third.ctx.close();
      }
    });
    await step('spaces flow: plan the Ideenwerkstatt', async () => {
      await goto(admin.page, P.home);
      await clickAndWait(admin.page, `main a[href="${P.meetings}"]`);
      await clickAndWait(admin.page, `main form[action="${P.home}/hosts"] button[type="submit"]`);
      const banner = (await admin.page.locator('section[aria-labelledby="hosts"] p.banner').textContent()) || '';
      check(banner.includes(OFFICE), `spaces flow: the office is not proposed as host: ${short(banner)}`);
      await clickAndWait(admin.page, `main a[href="${P.meetingNew}"]`);
      await admin.page.fill('#f-title', 'Ideenwerkstatt E2E');
      await admin.page.fill('#f-starts_at', isoDateTime(30, 10));
      await admin.page.fill('#f-ends_at', isoDateTime(31, 14));
      await admin.page.fill('#f-venue', 'Rathaus Halberstadt');
      const host = await admin.page.locator('#f-host option:checked').textContent();
      check((host || '').includes(OFFICE), `spaces flow: the proposed host is not preselected (${host})`);
      await admin.page.fill('#f-votes', '2');
      await clickAndWait(admin.page, submit(P.meetingNew));
      const m = admin.page.url().match(/\/meetings\/(\d+)/);
      check(!!m, `spaces flow: after planning, at ${admin.page.url()}`);
      P.meeting = `/meetings/${m[1]}`;
      P.register = (await hrefs(admin.page, 'main a[href^="/series/"]'))[0];
      check(!!P.register, 'spaces flow: no registration link on the meeting page');
    });
    if (!P.meeting) return;
    await step('spaces flow: the office proposes a topic and votes', async () => {
      await goto(other.page, P.meeting);
      await other.page.fill('#f-title', 'Mehrsprachige Formulare');
      await other.page.fill('#f-description', 'Welche Formulare zuerst?');
      await clickAndWait(other.page, submit(`${P.meeting}/topics`));
      // as a keyboard user, on the page opened afresh: Tab from <main> to the vote button, Enter
      await goto(other.page, P.meeting);
      await keyboardActivate(other.page, 'main form[action$="/vote"] button[type="submit"]', 'spaces flow vote');
      const text = (await other.page.locator('#topics').locator('..').textContent()) || '';
      check(text.includes('eine Stimme') && text.includes('Stimme zurücknehmen'),
        `spaces flow: the vote is not counted: ${short(text)}`);
    });
    await step('spaces flow: the topic goes into the agenda beside a parallel session', async () => {
      await goto(admin.page, P.meeting);
      await clickAndWait(admin.page, 'main a[href*="/sessions/new?topic="]');
      check((await admin.page.inputValue('#f-title')) === 'Mehrsprachige Formulare', 'spaces flow: the topic did not fill the form');
      await admin.page.selectOption('#f-format', 'workshop');
      await admin.page.fill('#f-starts_at', isoDateTime(30, 13));
      await admin.page.fill('#f-ends_at', isoDateTime(30, 15));
      await admin.page.fill('#f-track', 'A');
      await admin.page.fill('#f-capacity', '10');
      await clickAndWait(admin.page, `main form[action="${P.meeting}/sessions/new"] button[type="submit"]`);
      await clickAndWait(admin.page, `main a[href="${P.meeting}/sessions/new"]`);
      await admin.page.fill('#f-title', 'World Café: Vereine gewinnen');
      await admin.page.selectOption('#f-format', 'world_cafe');
      await admin.page.fill('#f-starts_at', isoDateTime(30, 13));
      await admin.page.fill('#f-ends_at', isoDateTime(30, 15));
      await admin.page.fill('#f-tables', '4');
      await clickAndWait(admin.page, `main form[action="${P.meeting}/sessions/new"] button[type="submit"]`);
      const text = (await admin.page.locator('#agenda').locator('..').textContent()) || '';
      check(text.includes('parallel') && text.includes('World Café: Vereine gewinnen'),
        `spaces flow: the agenda does not show the parallel sessions: ${short(text)}`);
      P.session = (await hrefs(admin.page, 'main a[href^="/sessions/"]'))[0];
      check(!!P.session, 'spaces flow: no session link in the agenda');
    });
    await step('spaces flow: the office registers and chooses a workshop', async () => {
      if (!P.register) return;
      await registerPerson(browser, admin.page, P.register,
        { name: OFFICE_NAME, email: OFFICE_EMAIL, group: 'Verwaltungsmitarbeitende' });
      await goto(other.page, P.meeting);
      const text = (await other.page.locator('main').textContent()) || '';
      check(text.includes('Sie sind angemeldet.'), 'spaces flow: the meeting page does not show the registration');
      await clickAndWait(other.page, 'main form[action$="/choose"] button[type="submit"]');
      const after = (await other.page.locator('#agenda').locator('..').textContent()) || '';
      check(after.includes('Ihre Wahl'), `spaces flow: the choice is not shown: ${short(after)}`);
    });
  } finally {
    await admin.ctx.close();
    await other.ctx.close();
  }
}

async function spacesPages(page, L, ids) {
  const P = ids.spaces || {};
  const submit = (action) => `main form[action="${action}"] button[type="submit"]`;
  const submitPrefix = (action) => `main form[action^="${action}?"] button[type="submit"]`;
  await visit(page, L, 'spaces', '/spaces');
  await visit(page, L, 'spaces-new', '/spaces/new');
  await submitAndAudit(page, L, 'spaces-new-error', '/spaces/new', submit('/spaces/new'),
    { status: 422, errorState: true });
  if (!P.home) {
    fail(`[${L}] spaces: the flow made no space`);
    return;
  }
  await visit(page, L, 'space-home', P.home);
  await visit(page, L, 'space-edit', P.edit);
  await visit(page, L, 'space-members', P.members);
  await submitAndAudit(page, L, 'space-members-error', P.members, submit(`${P.members}/org`),
    { status: 422, errorState: true });
  await visit(page, L, 'thread-new', P.threadNew);
  await submitAndAudit(page, L, 'thread-new-error', P.threadNew, submitPrefix(P.threadNew),
    { status: 422, errorState: true });
  if (P.thread) {
    await visit(page, L, 'thread', P.thread);
    await submitAndAudit(page, L, 'thread-reply-error', P.thread, submitPrefix(`${P.thread}/reply`),
      { status: 422, errorState: true });
  }
  if (P.postEdit) await visit(page, L, 'post-edit', P.postEdit);
  if (P.history) await visit(page, L, 'post-history', P.history);
  await visit(page, L, 'files', P.files);
  await submitAndAudit(page, L, 'files-upload-error', P.files, submitPrefix(P.files),
    { status: 422, errorState: true });
  await submitAndAudit(page, L, 'folder-new-error', P.files, submit(`${P.home}/folders`),
    { status: 422, errorState: true });
  if (P.file) await visit(page, L, 'file', P.file);
  await visit(page, L, 'trash', P.trash);
  await visit(page, L, 'search', P.search);
  await visit(page, L, 'meetings', P.meetings);
  await visit(page, L, 'meeting-new', P.meetingNew);
  await submitAndAudit(page, L, 'meeting-new-error', P.meetingNew, submit(P.meetingNew),
    { status: 422, errorState: true });
  if (P.meeting) {
    await visit(page, L, 'meeting', P.meeting);
    await visit(page, L, 'meeting-edit', `${P.meeting}/edit`);
    await submitAndAudit(page, L, 'meeting-topic-error', P.meeting, submit(`${P.meeting}/topics`),
      { status: 422, errorState: true });
    await visit(page, L, 'session-new', `${P.meeting}/sessions/new`);
  }
  if (P.session) {
    await visit(page, L, 'session', P.session);
    await visit(page, L, 'session-edit', `${P.session}/edit`);
  }
}

async function pagesAnonymous(browser, locale, ids) {
  const { ctx, page } = await newContext(browser);
  try {
    await goto(page, '/');
    await setLanguage(page, locale);
    const L = locale;
    const submit = (action) => `main form[action="${action}"] button[type="submit"]`;
    await visit(page, L, 'home-anonymous', '/');
    await visit(page, L, 'login', '/login');
    await submitAndAudit(page, L, 'login-error', '/login', submit('/login'), { status: 422, errorState: true });
    await visit(page, L, 'password-forgot', '/password/forgot');
    await submitAndAudit(page, L, 'password-forgot-error', '/password/forgot', submit('/password/forgot'), {
      status: 422,
      errorState: true,
    });
    await submitAndAudit(page, L, 'password-forgot-sent', '/password/forgot', submit('/password/forgot'), {
      fill: (p) => p.fill('main #f-email', `nobody.${L}@example.org`),
    });
    if (ids.resetToken) {
      const path = `/password/reset/${ids.resetToken}`;
      await visit(page, L, 'password-reset', path);
      await submitAndAudit(page, L, 'password-reset-error', path, 'main form button[type="submit"]', {
        status: 422,
        errorState: true,
      });
    } else fail(`[${L}] password-reset: no reset token`);
    if (ids.invitationToken) {
      const path = `/invitations/${ids.invitationToken}`;
      await visit(page, L, 'invitation', path);
      await submitAndAudit(page, L, 'invitation-error', path, 'main form button[type="submit"]', {
        status: 422,
        errorState: true,
      });
    } else fail(`[${L}] invitation: no invitation token`);
    await visit(page, L, 'invitation-unknown', '/invitations/unknown', { status: 410 });
    if (ids.usedInvitationToken) {
      await visit(page, L, 'invitation-used', `/invitations/${ids.usedInvitationToken}`, { status: 410 });
    }
    if (ids.existingInvitationToken) {
      const path = `/invitations/${ids.existingInvitationToken}`;
      await visit(page, L, 'invitation-sign-in', path);
    } else fail(`[${L}] invitation-sign-in: no invitation token for an existing account`);
    await visit(page, L, 'imprint', '/imprint');
    await visit(page, L, 'privacy', '/privacy');
    await visit(page, L, 'accessibility', '/accessibility');
    await visit(page, L, 'barrier-report', '/barrier-report');
    await submitAndAudit(page, L, 'barrier-report-error', '/barrier-report', submit('/barrier-report'), {
      status: 422,
      errorState: true,
    });
    await visit(page, L, 'not-found', '/no-such-page', { status: 404 });
    await seriesPagesAnonymous(page, L, ids);
    // the invited demo person, signed in, sees the one-button acceptance
    if (ids.existingInvitationToken && ids.password) {
      await logIn(page, { email: EXISTING_EMAIL, password: ids.password });
      await setLanguage(page, locale);
      await visit(page, L, 'invitation-join', `/invitations/${ids.existingInvitationToken}`);
    }
  } finally {
    await ctx.close();
  }
}

async function pagesSignedIn(browser, locale, ids, login) {
  const { ctx, page } = await newContext(browser);
  try {
    await logIn(page, login);
    await setLanguage(page, locale);
    const L = locale;
    await visit(page, L, 'home-signed-in', '/');
    await visit(page, L, 'profile', '/profile');
    await visit(page, L, 'profile-password', '/profile/password');
    await visit(page, L, 'profile-delete', '/profile/delete');
    await visit(page, L, 'orgs', '/orgs');
    await visit(page, L, 'orgs-filtered', '/orgs?q=x&kind=&region=DE-ST');
    if (ids.orgPath) await visit(page, L, 'org', ids.orgPath);
    else fail(`[${L}] org: no org link found`);
    if (ids.orgMembersPath) await visit(page, L, 'org-members', ids.orgMembersPath);
    else fail(`[${L}] org-members: no members link on ${ids.orgPath}`);
    if (ids.orgEditPath) await visit(page, L, 'org-edit', ids.orgEditPath);
    else fail(`[${L}] org-edit: no edit link on ${ids.orgPath}`);
    if (ids.membersPath) {
      await submitAndAudit(page, L, 'org-members-invite-error', ids.membersPath,
        'main form[action$="/members/invite"] button[type="submit"]', { status: 422, errorState: true });
    }
    await visit(page, L, 'admin-users', '/admin/users');
    await visit(page, L, 'admin-org-new', '/admin/orgs/new');
    await submitAndAudit(page, L, 'admin-org-new-error', '/admin/orgs/new',
      'main form[action="/admin/orgs/new"] button[type="submit"]', { status: 422, errorState: true });
    await visit(page, L, 'admin-audit', '/admin/audit');
    await visit(page, L, 'admin-outbox', '/admin/outbox');
    await step(`[${L}] admin-outbox-mail`, async () => {
      await goto(page, '/admin/outbox');
      const first = (await hrefs(page, 'main table a[href^="/admin/outbox/"]'))[0];
      if (!first) throw new Error('no mail link in /admin/outbox');
      const res = await clickAndWait(page, `main table a[href="${first}"]`);
      await audit(page, L, 'admin-outbox-mail', { res });
    });
    await visit(page, L, 'admin-barrier-reports', '/admin/barrier-reports');
    await visit(page, L, 'admin-texts', '/admin/texts');
    if (ids.imprintTextPath) await visit(page, L, 'admin-text-imprint', ids.imprintTextPath);
    await seriesPagesStaff(page, L, ids);
    await spacesPages(page, L, ids);
    // Any other admin section the side navigation links to.
    const known = new Set(['/admin/users', '/admin/orgs/new', '/admin/audit', '/admin/outbox',
      '/admin/barrier-reports', '/admin/texts']);
    const nav = await step(`[${L}] admin side navigation`, async () => {
      await goto(page, '/admin/users');
      return hrefs(page, 'nav.side-nav a[href^="/admin/"]');
    });
    for (const href of nav || []) {
      if (!known.has(href)) await visit(page, L, href.slice(1).replace(/[^a-z0-9]+/gi, '-'), href);
    }
  } finally {
    await ctx.close();
  }
}

// ---------------------------------------------------------------- main

// Seconds per part of the run, printed before the summary line.
const timings = [];
const started = Date.now();
async function timed(label, fn) {
  const t0 = Date.now();
  try {
    return await fn();
  } finally {
    timings.push(`${label} ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  let server;
  let browser;
  const cleanup = async () => {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop().catch(() => {});
  };
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, async () => {
      await cleanup();
      process.exit(130);
    });
  }
  try {
    server = await startServer();
    BASE = server.base;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const ids = await timed('flow', () => flow(browser, server.login));
    await timed('series flow', () => seriesFlow(browser, server.login, ids));
    await timed('spaces flow', () => spacesFlow(browser, server.login, ids));
    // Two lanes side by side (the 2-core machine renders one page per core): the
    // admin's pages (de, then ar: the language is stored on the account, so
    // these must not overlap) and the pages without the admin (de, then ar).
    await Promise.all([
      (async () => {
        for (const locale of LOCALES) {
          await timed(`pages ${locale} signed in`, () => pagesSignedIn(browser, locale, ids, server.login));
        }
      })(),
      (async () => {
        for (const locale of LOCALES) {
          await timed(`pages ${locale} anonymous`, () => pagesAnonymous(browser, locale, ids));
        }
      })(),
    ]);
  } catch (e) {
    fail(`run aborted: ${e && e.stack ? e.stack : e}`);
  } finally {
    await cleanup();
  }
  writeFileSync(join(OUT, 'axe-report.json'), `${JSON.stringify(axeReport, null, 2)}\n`);
  console.log(`time: ${timings.join(', ')}; total ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
