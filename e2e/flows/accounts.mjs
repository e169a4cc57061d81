// The accounts flow: the admin logs in by keyboard (skip link first), finds the
// organisation's pages, invites three people (the link comes from the outbox),
// asks for a password reset and sends a barrier report; the first invitee
// accepts in a fresh browser by keyboard and switches to Arabic.
// Returns `ids`: the paths and tokens the other flows and the page groups use.

import { join } from 'node:path';
import {
  activeInfo, clickAndWait, goto, hrefs, pressAndWait, setLanguage, submitButton, tabTo, withContext,
} from '../lib/browser.mjs';
import { EXISTING_EMAIL } from '../lib/demo.mjs';
import { linkIn, newestMailTo } from '../lib/outbox.mjs';
import { OUT, check, step } from '../lib/results.mjs';

const INVITEE_NAME = 'Amira أميرة Schulz';
const INVITEE_PASSWORD = 'Sonnenblume-Wüste-2026';

// Invites `email` into the org whose members page is `membersPath` (as the admin);
// returns the invitation's { path, token } from the mail.
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
  return linkIn(mail, /https?:\/\/\S+?\/invitations\/([A-Za-z0-9_\-]+)/, 'invitation');
}

export async function accountsFlow(browser, login) {
  const ids = { password: login.password };
  await withContext(browser, async ({ page }) => {
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
      const name = await page.locator('.account-menu__name').first().textContent().catch(() => null);
      check(!!name && !page.url().endsWith('/login'), `flow keyboard login: not logged in (url ${page.url()})`);
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
      await withContext(browser, async (anon) => {
        await goto(anon.page, '/password/forgot');
        await anon.page.fill('main #f-email', login.email);
        await clickAndWait(anon.page, submitButton('/password/forgot'));
      });
      const mail = await newestMailTo(page, login.email);
      ids.resetToken = linkIn(mail, /\/password\/reset\/([A-Za-z0-9_\-]+)/, 'reset').token;
    });

    // A barrier report, so the admin list is not empty.
    await step('flow barrier report', async () => {
      await goto(page, '/barrier-report?page=%2Forgs');
      await page.fill('main #f-description', 'Der Filter „Region“ lässt sich mit dem Screenreader schwer bedienen. الفلتر صعب.');
      await clickAndWait(page, submitButton('/barrier-report'));
      check((await page.locator('.banner--success').count()) > 0, `flow barrier report: no confirmation (url ${page.url()})`);
    });

    // The invitee accepts in a browser of their own, keyboard only.
    if (flowInv) {
      await step('flow invitee accepts', () => withContext(browser, async (inv) => {
        const res = await goto(inv.page, flowInv.path);
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
        const shown = (await inv.page.locator('.account-menu__name').first().textContent().catch(() => '')) || '';
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
      }));
    }
  });
  return ids;
}
