// The Leitbild flow: the admin (a platform admin) starts a process for the
// demo district administration from its page in the directory, prepares it
// on its setup page (a department with its headcount, a person of the
// leadership), writes the first version of the text, changes a principle
// (the second version shows the change word by word) and moves the process
// to the vision phase. Then the adoption: the team offers version 3 for
// sign-off, the leader signs it off through her mailed link on a phone, by
// keyboard only (the sign-off page audited in `de` and `ar` before, also sent
// for a version that is not up), and the process is adopted; it is published,
// the poster downloads as a PDF with the slogan in its text; a plan year and a
// measure through the planner's forms, and its wall calendar (PDF) and iCalendar
// file download; an evaluation survey opens (on this process and on the demo
// data's adopted one) and the staff member answers it on the phone. The staff
// member's comment is given by keyboard only, too. Adds `ids.leitbild` (the
// process's paths).

import {
  bannerText, clickAndWait, goto, isoDay, keyboardActivate, logIn, pressAndWait, setLanguage, submitButton, tabTo,
  withContext,
} from '../lib/browser.mjs';
import { PHONE, bothWidths, download, pdfText } from '../lib/artefacts.mjs';
import { submitInvalid, visit } from '../lib/audit.mjs';
import { linkIn, newestMailTo } from '../lib/outbox.mjs';
import { check, step } from '../lib/results.mjs';

const STAFF_EMAIL = 'jonas.e2e@example.org';
const LEADER_EMAIL = 'henrike.e2e@example.org';
const SLOGAN = 'Offen für alle';
const MEASURE = 'Sprechstunde ohne Termin E2E';

// Presses the setup page's "send link" button in the row of `name` and
// returns the participation link mailed to `email` (read in the outbox).
async function mailLink(page, L, name, email) {
  await goto(page, L.setup);
  const action = await page.evaluate((who) => {
    for (const tr of document.querySelectorAll('main table tbody tr')) {
      if (tr.textContent.includes(who)) {
        const f = Array.from(tr.querySelectorAll('form')).find((f) => /\/people\/\d+\/link$/.test(f.getAttribute('action')));
        if (f) return f.getAttribute('action');
      }
    }
    return null;
  }, name);
  check(!!action, `leitbild flow: no "send link" button for ${name}`);
  await clickAndWait(page, `main form[action="${action}"] button`);
  const mail = await newestMailTo(page, email);
  return linkIn(mail, /\/mitmachen\/([A-Za-z0-9_-]{43})/, 'participation').path;
}

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
      await page.fill('#f-person_email', LEADER_EMAIL);
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
      L.participate = await mailLink(page, L, 'Jonas Becker E2E', STAFF_EMAIL);
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
    await step('leitbild flow: staff comment on a phone, keyboard only', async () => {
      await withContext(browser, async ({ page: phone }) => {
        await phone.setViewportSize(PHONE);
        await goto(phone, L.participate);
        // skip link into <main>, Tab to the slogan's support button, Space
        const support = `main form[action="${L.participate}/support"]:has(input[value="slogan"]) button`;
        await phone.keyboard.press('Tab');
        await phone.keyboard.press('Enter');
        check((await tabTo(phone, support, 30)) > 0, 'leitbild flow keyboard: cannot Tab to the slogan\'s support button');
        await pressAndWait(phone, 'Space');
        const pressed = await phone.getAttribute(support, 'aria-pressed');
        check(pressed === 'true', `leitbild flow: the support button says aria-pressed=${pressed}`);
        // on the page opened afresh: Tab to "comment on principle 1", Enter
        await goto(phone, L.participate);
        await keyboardActivate(phone, `main a[href="${L.participate}?zu=principle:1#comment"]`, 'leitbild flow comment link');
        check((await phone.inputValue('#f-target')) === 'principle:1', 'leitbild flow: the comment form is not about principle 1');
        // the page opens at the form: Tab through target, comment, proposal, send
        check((await tabTo(phone, '#f-body', 5)) > 0, 'leitbild flow keyboard: cannot Tab from the form\'s heading to #f-body');
        await phone.keyboard.type('Freundlich reicht nicht – wir brauchen auch Zeit.');
        check((await tabTo(phone, '#f-proposal', 3)) > 0, 'leitbild flow keyboard: cannot Tab from #f-body to #f-proposal');
        await phone.keyboard.type('Wir beraten freundlich und nehmen uns Zeit.');
        check((await tabTo(phone, submitButton(`${L.participate}/comment`), 3)) > 0, 'leitbild flow keyboard: cannot Tab to the send button');
        await pressAndWait(phone, 'Enter');
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
    await adoptionSteps(browser, page, L);
    await plannerSteps(page, L);
    await surveySteps(browser, page, L);
  });
}

// The team offers version 3, the leader signs it off on a phone by keyboard
// only, the process is adopted and published; the poster downloads.
async function adoptionSteps(browser, page, L) {
  L.adoption = `${L.overview}/adoption`;
  await step('leitbild flow: the leader\'s personal link', async () => {
    L.leader = await mailLink(page, L, 'Henrike Albers', LEADER_EMAIL);
    L.signoff = `${L.leader}/freigabe`;
  });
  await step('leitbild flow: version 3 offered for sign-off', async () => {
    await goto(page, L.adoption);
    await page.selectOption('#f-number', '3');
    await clickAndWait(page, submitButton(`${L.adoption}/offer`));
    const said = await bannerText(page);
    check(said.includes('steht jetzt zur Freigabe'), `leitbild flow: after offering, the page says "${said}"`);
  });
  if (!L.leader) return;
  await withContext(browser, async ({ page: phone }) => {
    // the sign-off page before signing, in German and Arabic, also sent for a version that is not up
    for (const locale of ['de', 'ar']) {
      await goto(phone, L.leader);
      await setLanguage(phone, locale);
      await visit(phone, locale, 'leitbild-signoff', L.signoff);
      await submitInvalid(phone, locale, 'leitbild-signoff-error', L.signoff, 'main form.signoff__form button[type="submit"]', {
        fill: (p) => p.evaluate(() => {
          document.querySelector('main form.signoff__form input[name="version"]').value = '2';
        }),
      });
      await bothWidths(phone, 'leitbild-signoff', locale, L.signoff);
    }
    await setLanguage(phone, 'de');
    await step('leitbild flow: the leader signs off on a phone, keyboard only', async () => {
      await phone.setViewportSize(PHONE);
      await goto(phone, L.leader);
      // her page links to the sign-off: skip link, Tab to it, Enter
      await keyboardActivate(phone, `main a[href="${L.signoff}"]`, 'leitbild flow sign-off link');
      check(phone.url().endsWith(L.signoff), `leitbild flow: the sign-off link led to ${phone.url()}`);
      const slogan = await phone.textContent('main article .leitbild-text__slogan');
      check(slogan && slogan.includes(SLOGAN), `leitbild flow: the sign-off page shows the slogan "${slogan}"`);
      const button = 'main form.signoff__form button[type="submit"]';
      await phone.keyboard.press('Tab');
      await phone.keyboard.press('Enter');
      check((await tabTo(phone, button, 20)) > 0, 'leitbild flow keyboard: cannot Tab to the sign-off button');
      await pressAndWait(phone, 'Space');
      const said = await bannerText(phone);
      check(said.includes('Das Leitbild ist beschlossen'), `leitbild flow: after signing off, the page says "${said}"`);
      check((await phone.locator('main .signoff .banner--success').count()) === 1, 'leitbild flow: the sign-off page does not say it was signed');
    });
  });
  await step('leitbild flow: adopted and published', async () => {
    await goto(page, L.adoption);
    const tag = await page.textContent('main .summary-list .tag--green').catch(() => '');
    check(/beschlossen/.test(tag || '') && (await page.textContent('main .summary-list')).includes('Fassung 3'),
      `leitbild flow: the adoption page does not show version 3 adopted (tag "${tag}")`);
    await page.check('#f-publication-public');
    await clickAndWait(page, submitButton(`${L.overview}/publication`));
    L.public = `/l/${L.overview.split('/').pop()}`;
    check((await goto(page, L.public)).status() === 200, `leitbild flow: the public page ${L.public} does not open`);
  });
  await step('leitbild flow: the poster', async () => {
    L.poster = `${L.overview}/poster.pdf`;
    const d = await download(page, L.poster);
    check(d.status === 200 && d.type.startsWith('application/pdf'), `leitbild flow: the poster answered ${d.status} ${d.type}`);
    check(d.body.subarray(0, 5).toString() === '%PDF-', 'leitbild flow: the poster is no PDF');
    const text = pdfText(d.body).replace(/\s+/g, ' ');
    check(text.includes(SLOGAN), `leitbild flow: the poster's text lacks the slogan: ${text.slice(0, 200)}`);
  });
}

// A plan year and a measure through the planner's forms; its wall calendar
// (PDF) and the iCalendar file.
async function plannerSteps(page, L) {
  L.planner = `${L.overview}/planner`;
  await step('leitbild flow: a plan year and a measure', async () => {
    await goto(page, L.planner);
    await page.fill('#f-start_month', isoDay(0).slice(0, 7));
    await clickAndWait(page, submitButton(`${L.planner}/plan`));
    await clickAndWait(page, `main a[href="${L.planner}/new"]`);
    await page.fill('#f-title', MEASURE);
    await page.fill('#f-owner_name', 'Henrike Albers');
    await page.selectOption('#f-month', { index: 2 });
    await page.selectOption('#f-principle', { index: 1 });
    await clickAndWait(page, submitButton(`${L.planner}/new`));
    check(page.url().includes(L.planner) && (await page.textContent('main')).includes(MEASURE),
      `leitbild flow: the new measure is not in the planner (${page.url()})`);
  });
  await step('leitbild flow: the wall calendar and the iCalendar file', async () => {
    const pdf = await download(page, `${L.planner}/calendar.pdf`);
    check(pdf.status === 200 && pdf.type.startsWith('application/pdf'), `leitbild flow: calendar.pdf answered ${pdf.status} ${pdf.type}`);
    check(pdf.body.subarray(0, 5).toString() === '%PDF-', 'leitbild flow: calendar.pdf is no PDF');
    const text = pdfText(pdf.body).replace(/\s+/g, ' ');
    check(text.includes('Sprechstunde ohne'), `leitbild flow: the wall calendar lacks the measure: ${text.slice(0, 200)}`);
    const ics = await download(page, `${L.planner}/calendar.ics`);
    check(ics.status === 200 && ics.type.startsWith('text/calendar'), `leitbild flow: calendar.ics answered ${ics.status} ${ics.type}`);
    const cal = ics.body.toString();
    check(cal.startsWith('BEGIN:VCALENDAR') && cal.replace(/\r?\n[ \t]/g, '').includes(MEASURE),
      `leitbild flow: calendar.ics is no calendar with the measure: ${cal.slice(0, 120)}`);
  });
}

// The team opens an evaluation survey (on this process, and on the demo
// data's adopted one for the page checks); the staff member answers on the phone.
async function surveySteps(browser, page, L) {
  L.evaluation = `${L.overview}/evaluation`;
  const open = async (evaluation) => {
    await goto(page, evaluation);
    await clickAndWait(page, submitButton(evaluation));
    const m = page.url().match(/\/evaluation\/(\d+)$/);
    check(!!m, `leitbild flow: after starting a survey, at ${page.url()}`);
    return m ? `${evaluation}/${m[1]}` : undefined;
  };
  await step('leitbild flow: a survey', async () => {
    L.survey = await open(L.evaluation);
    L.demoSurvey = await open('/leitbild/1/evaluation');
  });
  await step('leitbild flow: staff answer the survey on a phone', async () => {
    await withContext(browser, async ({ page: phone }) => {
      await phone.setViewportSize(PHONE);
      await goto(phone, L.participate);
      await phone.check('#f-rating-1-4');
      await phone.fill('#f-note-1', 'Meistens, wenn Zeit ist.');
      await clickAndWait(phone, submitButton(`${L.participate}/evaluation`));
      const said = await bannerText(phone);
      check(said.includes('Ihre Antworten sind gespeichert'), `leitbild flow: after answering the survey, the page says "${said}"`);
      check(await phone.isChecked('#f-rating-1-4'), 'leitbild flow: the survey form does not keep the answer');
    });
  });
}
