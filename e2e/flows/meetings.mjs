// Meetings of a space (part of the spaces flow, with its browsers and paths `P`):
// the Ideenwerkstatt is planned (the office proposed as host, a meeting), the
// office proposes a topic and votes for it by keyboard, the topic goes into the
// agenda beside a parallel session, the office registers through the meeting's
// series and chooses a workshop.

import { clickAndWait, goto, hrefs, isoDateTime, keyboardActivate, submitButton } from '../lib/browser.mjs';
import { OFFICE, OFFICE_EMAIL, OFFICE_NAME } from '../lib/demo.mjs';
import { check, short, step } from '../lib/results.mjs';
import { registerPerson } from './series.mjs';

export async function meetingsFlow({ browser, admin, other, P }) {
  await step('spaces flow: plan the Ideenwerkstatt', async () => {
    await goto(admin.page, P.home);
    await clickAndWait(admin.page, `main a[href="${P.meetings}"]`);
    await clickAndWait(admin.page, submitButton(`${P.home}/hosts`));
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
    await clickAndWait(admin.page, submitButton(P.meetingNew));
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
    await clickAndWait(other.page, submitButton(`${P.meeting}/topics`));
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
    await clickAndWait(admin.page, submitButton(`${P.meeting}/sessions/new`));
    await clickAndWait(admin.page, `main a[href="${P.meeting}/sessions/new"]`);
    await admin.page.fill('#f-title', 'World Café: Vereine gewinnen');
    await admin.page.selectOption('#f-format', 'world_cafe');
    await admin.page.fill('#f-starts_at', isoDateTime(30, 13));
    await admin.page.fill('#f-ends_at', isoDateTime(30, 15));
    await admin.page.fill('#f-tables', '4');
    await clickAndWait(admin.page, submitButton(`${P.meeting}/sessions/new`));
    const text = (await admin.page.locator('#agenda').locator('..').textContent()) || '';
    check(text.includes('2 Programmpunkte gleichzeitig') && text.includes('World Café: Vereine gewinnen'),
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
}
