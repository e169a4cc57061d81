// The Leitbild flow: the admin (a platform admin) starts a process for the
// demo district administration from its page in the directory, prepares it
// on its setup page (a department with its headcount, a person of the
// leadership), writes the first version of the text, changes a principle
// (the second version shows the change word by word) and moves the process
// to the vision phase. Adds `ids.leitbild` (the process's paths).

import { clickAndWait, goto, logIn, submitButton, withContext } from '../lib/browser.mjs';
import { linkIn, newestMailTo } from '../lib/outbox.mjs';
import { check, step } from '../lib/results.mjs';

const STAFF_EMAIL = 'jonas.e2e@example.org';

export async function leitbildFlow(browser, login, ids) {
  const L = (ids.leitbild = {});
  await withContext(browser, async ({ page }) => {
    await logIn(page, login);
    await step('leitbild flow: start a process', async () => {
      // a platform admin starts it from the administration's page in the directory
      await goto(page, '/leitbild');
      await clickAndWait(page, 'main a[href="/orgs?kind=administration"]');
      await clickAndWait(page, 'main a:has-text("Kreisverwaltung Musterkreis (Demo)")');
      const start = await page.getAttribute('main a[href$="/leitbild/new"]', 'href');
      L.new = start;
      await clickAndWait(page, `main a[href="${start}"]`);
      await page.fill('#f-title', 'Leitbild E2E');
      await clickAndWait(page, submitButton(start));
      const m = page.url().match(/\/leitbild\/(\d+)\/setup$/);
      check(!!m, `leitbild flow: after starting, at ${page.url()}`);
      L.overview = `/leitbild/${m[1]}`;
      L.setup = `${L.overview}/setup`;
      L.edit = `${L.overview}/edit`;
      L.draft = `${L.overview}/draft`;
      L.draftEdit = `${L.overview}/draft/edit`;
    });
    if (!L.overview) return;
    await step('leitbild flow: a department and a leader', async () => {
      await page.fill('#f-dep_name', 'Ausländerbehörde E2E');
      await page.fill('#f-dep_headcount', '20');
      await clickAndWait(page, submitButton(`${L.overview}/departments`));
      const dep = await page.getAttribute(`main a[href^="${L.overview}/departments/"]`, 'href');
      check(!!dep, 'leitbild flow: the department is not listed');
      L.department = dep;
      await page.fill('#f-person_name', 'Henrike Albers');
      await page.fill('#f-person_function', 'Amtsleitung');
      await page.selectOption('#f-person_department', { label: 'Ausländerbehörde E2E' });
      await page.check('#f-person_leader');
      await clickAndWait(page, submitButton(`${L.overview}/people`));
      check((await page.textContent('main')).includes('Henrike Albers'), 'leitbild flow: the person is not listed');
    });
    await step('leitbild flow: two versions of the text', async () => {
      await goto(page, L.draftEdit);
      await page.fill('#f-slogan', 'Offen für alle');
      await page.fill('#f-principle-1', 'Wir beraten freundlich.');
      await page.fill('#f-goal-1', 'Niemand geht ohne Antwort.');
      await clickAndWait(page, submitButton(L.draftEdit));
      check(page.url().endsWith('/versions/1'), `leitbild flow: after the first save, at ${page.url()}`);
      await goto(page, L.draftEdit);
      await page.fill('#f-principle-1', 'Wir beraten freundlich und respektvoll.');
      await clickAndWait(page, submitButton(L.draftEdit));
      check(page.url().endsWith('/versions/2'), `leitbild flow: after the second save, at ${page.url()}`);
      L.version = `${L.overview}/versions/2`;
      const added = await page.textContent('main article ins.diff--added');
      check(added && added.includes('und respektvoll'), `leitbild flow: the comparison shows ${added}`);
    });
    await step('leitbild flow: a personal link by e-mail', async () => {
      await goto(page, L.setup);
      await page.fill('#f-person_name', 'Jonas Becker E2E');
      await page.fill('#f-person_email', STAFF_EMAIL);
      await page.selectOption('#f-person_department', { label: 'Ausländerbehörde E2E' });
      await clickAndWait(page, submitButton(`${L.overview}/people`));
      // the row's "send link" button
      const action = await page.evaluate(() => {
        for (const tr of document.querySelectorAll('main table tbody tr')) {
          if (tr.textContent.includes('Jonas Becker E2E')) {
            const f = Array.from(tr.querySelectorAll('form')).find((f) => /\/people\/\d+\/link$/.test(f.getAttribute('action')));
            if (f) return f.getAttribute('action');
          }
        }
        return null;
      });
      check(!!action, 'leitbild flow: no "send link" button for the person');
      await clickAndWait(page, `main form[action="${action}"] button`);
      const mail = await newestMailTo(page, STAFF_EMAIL);
      L.participate = linkIn(mail, /\/mitmachen\/([A-Za-z0-9_-]{43})/, 'participation').path;
    });
    await step('leitbild flow: a feedback round', async () => {
      L.rounds = `${L.overview}/rounds`;
      await goto(page, L.rounds);
      await page.fill('#f-questions', 'Was fehlt Ihnen?');
      await clickAndWait(page, submitButton(L.rounds));
      const m = page.url().match(/\/rounds\/(\d+)$/);
      check(!!m, `leitbild flow: after starting the round, at ${page.url()}`);
      L.round = `${L.rounds}/${m[1]}`;
    });
    await step('leitbild flow: staff comment on a phone', async () => {
      await withContext(browser, async ({ page: phone }) => {
        await phone.setViewportSize({ width: 375, height: 800 });
        await goto(phone, L.participate);
        await clickAndWait(phone, `main form[action="${L.participate}/support"]:has(input[value="slogan"]) button`);
        const pressed = await phone.getAttribute(`main form[action="${L.participate}/support"]:has(input[value="slogan"]) button`, 'aria-pressed');
        check(pressed === 'true', `leitbild flow: the support button says aria-pressed=${pressed}`);
        await clickAndWait(phone, `main a[href="${L.participate}?zu=principle:1#comment"]`);
        check((await phone.inputValue('#f-target')) === 'principle:1', 'leitbild flow: the comment form is not about principle 1');
        await phone.fill('#f-body', 'Freundlich reicht nicht – wir brauchen auch Zeit.');
        await phone.fill('#f-proposal', 'Wir beraten freundlich und nehmen uns Zeit.');
        await clickAndWait(phone, submitButton(`${L.participate}/comment`));
        const mine = await phone.textContent('main');
        check(mine.includes('wir brauchen auch Zeit') && mine.includes('Noch nicht beantwortet'), 'leitbild flow: the comment is not among the person\'s own');
      });
    });
    await step('leitbild flow: the team answers and closes the round', async () => {
      await goto(page, L.round);
      const form = await page.getAttribute('main form[action*="/comments/"]', 'action');
      check(!!form, 'leitbild flow: no answer form on the round page');
      await page.check(`main form[action="${form}"] input[value="changed"]`);
      await page.fill(`main form[action="${form}"] textarea[name="reason"]`, 'Die Zeit nehmen wir ins Ziel auf.');
      await clickAndWait(page, `main form[action="${form}"] button[type="submit"]`);
      check((await page.textContent('main')).includes('Verändert übernommen'), 'leitbild flow: the answer is not shown');
      await clickAndWait(page, submitButton(`${L.round}/close`));
      await clickAndWait(page, submitButton(`${L.round}/close`));
      check(page.url().endsWith(L.round), `leitbild flow: after closing, at ${page.url()}`);
    });
    await step('leitbild flow: the next version after the round', async () => {
      await goto(page, L.draftEdit);
      await page.fill('#f-goal-1', 'Niemand geht ohne Antwort, und wir nehmen uns Zeit.');
      await clickAndWait(page, submitButton(L.draftEdit));
      check(page.url().endsWith('/versions/3'), `leitbild flow: after the third save, at ${page.url()}`);
      await withContext(browser, async ({ page: phone }) => {
        await goto(phone, L.participate);
        const text = await phone.textContent('main');
        check(text.includes('Die Zeit nehmen wir ins Ziel auf.'), 'leitbild flow: the person does not see the answer');
      });
    });
    await step('leitbild flow: the vision phase', async () => {
      await goto(page, L.overview);
      await page.selectOption('#f-phase', 'vision');
      await clickAndWait(page, submitButton(`${L.overview}/phase`));
      const current = await page.textContent('main [aria-current="step"] .phases__name');
      check(current && current.includes('Vision'), `leitbild flow: the current phase is ${current}`);
    });
  });
}
