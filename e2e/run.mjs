// Browser checks for ikoe (see README.md).
//
// Starts its own ikoe server (demo data, fresh SQLite database in a temp dir),
// then in headless Chromium:
//   1. visits every page in `de` and `ar` and checks: axe-core (WCAG 2.0/2.1
//      A/AA) reports no violations, <html lang/dir> are right, exactly one h1,
//      no horizontal page scroll at 320 px, no uncaught script error; error
//      states get focus on the error summary. Screenshots go to out/.
//   2. clicks through the main flow (log in by keyboard, invite a member,
//      read the mail in the outbox, accept the invitation in a new browser,
//      switch to Arabic).
// Prints one line per failure and, as the last line, `N passed, N failed`.

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
    unknown: Array.from(document.querySelectorAll('body *'))
      .filter((el) => el instanceof HTMLUnknownElement)
      .slice(0, 3)
      .map((el) => el.outerHTML.slice(0, 120)),
  }));
  check(doc.lang === locale, `${where} html-lang: expected "${locale}", got "${doc.lang}"`);
  const wantDir = locale === 'ar' ? 'rtl' : 'ltr';
  check(doc.dir === wantDir, `${where} html-dir: expected "${wantDir}", got "${doc.dir}"`);
  check(doc.h1.length === 1, `${where} one-h1: found ${doc.h1.length} h1 ${JSON.stringify(doc.h1)}`);
  check(doc.unknown.length === 0, `${where} unknown-element: not an HTML element: ${doc.unknown.join(' | ')}`);
  if (errorState) {
    check(doc.hasSummary, `${where} error-summary: error state shows no .error-summary`);
    check(doc.activeIsSummary, `${where} error-summary-focus: the error summary does not have focus`);
  }

  // axe-core
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async (tags) => {
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
    axeReport.push({ locale, page: name, url: page.url().replace(BASE, ''), ...r });
    return r.violations;
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
      .filter((el) => !el.closest('.table-wrap') || el.classList.contains('table-wrap'))
      .slice(0, 3)
      .map((el) => el.outerHTML.slice(0, 100)),
  }));
  check(sw.sw <= NARROW + 1, `${where} reflow-320: scrollWidth ${sw.sw} > ${NARROW}; wide: ${sw.wide.join(' | ')}`);
  await page.screenshot({ path: join(OUT, `${locale}-${name}-320.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
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

// ---------------------------------------------------------------- all pages in one locale

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
    const ids = await flow(browser, server.login);
    for (const locale of LOCALES) {
      await pagesAnonymous(browser, locale, ids);
      await pagesSignedIn(browser, locale, ids, server.login);
    }
  } catch (e) {
    fail(`run aborted: ${e && e.stack ? e.stack : e}`);
  } finally {
    await cleanup();
  }
  writeFileSync(join(OUT, 'axe-report.json'), `${JSON.stringify(axeReport, null, 2)}\n`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
