// The Leitbild flow: the admin (a platform admin) starts a process for the
// demo district administration from its page in the directory, prepares it
// on its setup page (a department with its headcount, a person of the
// leadership), writes the first version of the text, changes a principle
// (the second version shows the change word by word) and moves the process
// to the vision phase. Adds `ids.leitbild` (the process's paths).

import { clickAndWait, goto, logIn, submitButton, withContext } from '../lib/browser.mjs';
import { check, step } from '../lib/results.mjs';

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
    await step('leitbild flow: the vision phase', async () => {
      await goto(page, L.overview);
      await page.selectOption('#f-phase', 'vision');
      await clickAndWait(page, submitButton(`${L.overview}/phase`));
      const current = await page.textContent('main [aria-current="step"] .phases__name');
      check(current && current.includes('Vision'), `leitbild flow: the current phase is ${current}`);
    });
  });
}
