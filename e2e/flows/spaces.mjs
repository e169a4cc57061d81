// The spaces flow: the admin makes a listed network space through the form and
// invites an office, whose admin accepts on /spaces; invites a person without
// an account (their link's page is audited); a person of the office posts a thread with Markdown (bold is
// rendered, a <script> is shown as text) and a file; the admin replies and the
// office is told by mail; the space home shows the thread as unread until it is
// read; the admin edits the post (history). Then, with the same two browsers,
// the parts that happen inside the space: files (flows/files.mjs) and meetings
// (flows/meetings.mjs). Adds `ids.spaces` (the space's paths).

import { BASE, clickAndWait, goto, hrefs, logIn, setLanguage, submitButton, withContext } from '../lib/browser.mjs';
import { OFFICE, OFFICE_EMAIL, PDF_BYTES } from '../lib/demo.mjs';
import { linkIn, newestMailTo } from '../lib/outbox.mjs';
import { check, short, step } from '../lib/results.mjs';
import { filesFlow } from './files.mjs';
import { meetingsFlow } from './meetings.mjs';

export async function spacesFlow(browser, login, ids) {
  const P = (ids.spaces = {});
  const name = 'Netzwerk E2E Koordinierungsstellen';
  const INVITEE_EMAIL = 'e2e.eingeladen@example.org';
  // the admin, and a person of the office the admin invites
  await withContext(browser, (admin) => withContext(browser, async (other) => {
    await logIn(admin.page, login);
    await step('spaces flow: create a space', async () => {
      await goto(admin.page, '/spaces');
      const res = await clickAndWait(admin.page, 'main a[href="/spaces/new"]');
      check(res && res.status() === 200, 'spaces flow: /spaces/new did not open');
      await admin.page.fill('#f-name', name);
      await admin.page.selectOption('#f-kind', 'network');
      await admin.page.fill('#f-description', 'Austausch zwischen den Treffen der Ideenwerkstatt.');
      await admin.page.check('#f-listed');
      await clickAndWait(admin.page, submitButton('/spaces/new'));
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
    await step('spaces flow: invite an office; its admin accepts', async () => {
      await goto(admin.page, P.members);
      await admin.page.fill('#f-org', OFFICE);
      await admin.page.selectOption('#f-role', 'member');
      await clickAndWait(admin.page, submitButton(`${P.members}/org`));
      const pending = (await admin.page.locator('main #invitations-caption').locator('xpath=..').textContent()) || '';
      check(pending.includes(OFFICE), 'spaces flow: the invited office is not among the open invitations');
      const mail = await newestMailTo(admin.page, OFFICE_EMAIL);
      check((mail.body || '').includes('/spaces#invitations'), `spaces flow: the office's admin was not asked: ${short(mail.body)}`);
      // the office's admin accepts on /spaces
      await logIn(other.page, { email: OFFICE_EMAIL, password: login.password });
      await setLanguage(other.page, 'de');
      await goto(other.page, '/spaces');
      await clickAndWait(other.page, 'main #invitations ~ ul form[action$="/accept"] button[type="submit"]');
      check(other.page.url().endsWith(P.home), `spaces flow: after accepting, at ${other.page.url()}`);
      await goto(admin.page, P.members);
      const text = (await admin.page.locator('main table').first().textContent()) || '';
      check(text.includes(OFFICE), 'spaces flow: the office is not in the members table after accepting');
    });
    await step('spaces flow: invite a person without an account', async () => {
      await goto(admin.page, P.members);
      await admin.page.fill('#f-email', INVITEE_EMAIL);
      await clickAndWait(admin.page, submitButton(`${P.members}/person`));
      const mail = await newestMailTo(admin.page, INVITEE_EMAIL);
      P.invitation = linkIn(mail, /https?:\/\/[^\s]+\/spaces\/invitations\/([A-Za-z0-9_-]+)/, 'space invitation').path;
    });
    await step('spaces flow: the office posts a thread with a file', async () => {
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
      await clickAndWait(admin.page, submitButton(P.postEdit));
      P.history = (await hrefs(admin.page, 'main a[href$="/history"]'))[0];
      check(!!P.history, 'spaces flow: no history link after editing');
    });
    await filesFlow({ browser, login, admin, other, P });
    await meetingsFlow({ browser, login, admin, other, P });
  }));
}
