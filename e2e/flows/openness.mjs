// The openness self-assessment flow: the admin (a platform admin) copies the
// default indicator set (the copy's forms are audited by pages/openness.mjs)
// and prepares a new wave for the demo city through the forms (default set,
// threshold 3, today to 14 days on), adds a staff group and three raters with
// e-mail addresses, and mails their links (read in the outbox). Rater 1, on a
// phone, answers the first dimension by keyboard and clicks, pauses ("Speichern
// und später weitermachen"), closes the browser, continues with the same link in
// a fresh one (3 of 30 answered) and submits; raters 2 and 3 answer everything.
// While the wave runs the results page shows no figures; the admin ends it
// (asked first) and the results show the group (3 submitted); the report PDF
// downloads (its text read, rendered to PNG). A second wave with a group of
// three and an outside view of only two: the outside view is below the
// threshold, named only in the "too few answers" sentence and in no figure.
// Screenshots of the answer, results and wave pages at 375 and 1440 px in `de`
// and `ar`. Adds `ids.openness` (paths of the demo city, its waves, the sets).

import {
  bannerText, clickAndWait, goto, isoDay, logIn, setLanguage, submitButton, tabTo, withContext,
} from '../lib/browser.mjs';
import { PHONE, bothWidths, download, pdfArtefact, pdfText } from '../lib/artefacts.mjs';
import { audit } from '../lib/audit.mjs';
import { linkIn, newestMailTo } from '../lib/outbox.mjs';
import { check, short, step } from '../lib/results.mjs';

const CITY = 'Stadtverwaltung Auenbrück (Demo)';
const WAVE = 'Selbstbewertung E2E';
const GROUP = 'Sozialamt E2E';
const RATERS = [
  ['Ayşe Demir E2E', 'ayse.openness@example.org'],
  ['Bruno Keller E2E', 'bruno.openness@example.org'],
  ['Clara Nowak E2E', 'clara.openness@example.org'],
];
const SMALL_WAVE = 'Kleine Welle E2E';
const BIG_GROUP = 'Team Nord E2E';
const SMALL_GROUP = 'Beirat Klein E2E';
const BIG_RATERS = ['nord1.openness@example.org', 'nord2.openness@example.org', 'nord3.openness@example.org'];
const SMALL_RATERS = ['beirat1.openness@example.org', 'beirat2.openness@example.org'];

const ANSWER_FORM = 'main form.openness-answer';
const LINK = /\/bewertung\/([A-Za-z0-9_-]{20,})/;

// A text without the isolation marks Fluent puts around arguments.
const plain = (s) => String(s || '').replace(/[\u2066-\u2069]/g, '');
// The text of <main>, on one line.
const mainText = async (page) => plain(short(await page.textContent('main'), 100_000));

// The radio groups (their names, "c<indicator id>") of the dimension on the page.
const radioGroups = (page) => page.$$eval(`${ANSWER_FORM} input[type="radio"]`,
  (els) => [...new Set(els.map((e) => e.name))]);

// Answers every dimension left, one page after the other (a choice per
// indicator, `pick(n)` for the n-th), then submits on the overview.
async function answerRest(page, link, pick) {
  await goto(page, link);
  let n = 0;
  for (let pages = 0; pages < 40 && (await page.locator(ANSWER_FORM).count()) > 0; pages++) {
    for (const name of await radioGroups(page)) {
      await page.check(`${ANSWER_FORM} input[name="${name}"][value="${pick(n)}"]`);
      n += 1;
    }
    await clickAndWait(page, `${ANSWER_FORM} button[value="next"]`);
  }
  check(page.url().endsWith('?d=overview'), `openness flow: after the last dimension, at ${page.url()}`);
  await clickAndWait(page, 'main button[name="action"][value="submit"]');
  const said = await bannerText(page);
  check(said.includes('Ihre Antworten sind abgeschickt'), `openness flow: after submitting, the page says "${short(said)}"`);
}

// Waves of the city's overview by title: title → id.
async function wavesByTitle(page, overview) {
  await goto(page, overview);
  return page.evaluate(() => Object.fromEntries(
    Array.from(document.querySelectorAll('main table tbody tr th a[href$="/results"]'))
      .map((a) => [a.textContent.trim(), a.getAttribute('href').split('/')[3]]),
  ));
}

// Starts a wave on the city's overview page through its form; returns its path.
async function newWave(page, O, title) {
  await goto(page, O.overview);
  await page.selectOption('#f-set_id', O.defaultSetId);
  await page.fill('#f-title', title);
  await page.fill('#f-opens', isoDay(0));
  await page.fill('#f-closes', isoDay(14));
  await page.fill('#f-threshold', '3');
  await clickAndWait(page, submitButton(O.overview));
  const m = page.url().match(/\/openness\/waves\/(\d+)$/);
  check(!!m, `openness flow: after starting "${title}", at ${page.url()}`);
  return m ? `/openness/waves/${m[1]}` : undefined;
}

// Adds a group on the wave's page and its raters (lines "Name, address" or
// addresses) through the group's form.
async function addGroup(page, wave, kind, name, lines) {
  await goto(page, wave);
  await page.selectOption('#f-kind', kind);
  await page.fill('#f-name', name);
  await clickAndWait(page, submitButton(`${wave}/groups`));
  check((await bannerText(page)).includes('Die Gruppe ist angelegt'), `openness flow: the group ${name} was not added`);
  const action = await page.evaluate((n) => {
    for (const s of document.querySelectorAll('main section.panel')) {
      if (s.querySelector('h3') && s.querySelector('h3').textContent.includes(n)) {
        const f = s.querySelector('form[action$="/raters"]');
        if (f) return f.getAttribute('action');
      }
    }
    return null;
  }, name);
  if (!action) throw new Error(`no raters form for ${name}`);
  const gid = action.split('/')[5];
  await page.click(`main section#group-${gid}-section details > summary`);
  await page.fill(`#f-lines-${gid}`, lines.join('\n'));
  await clickAndWait(page, submitButton(action));
  check((await bannerText(page)).includes('Die Bewertenden sind eingetragen'), `openness flow: the raters of ${name} were not added`);
  return gid;
}

// Mails the wave's links and reads each address's link in the outbox.
async function mailLinks(page, wave, emails) {
  await goto(page, wave);
  await clickAndWait(page, submitButton(`${wave}/links/mail`));
  const said = await bannerText(page);
  check(said.includes('Die Links sind verschickt'), `openness flow: after mailing the links, the page says "${short(said)}"`);
  const links = [];
  for (const email of emails) links.push(linkIn(await newestMailTo(page, email), LINK, 'self-assessment').path);
  return links;
}

// Ends a wave on its page: the button, then the page that asks first.
async function endWave(page, wave, auditIt) {
  await goto(page, wave);
  await clickAndWait(page, submitButton(`${wave}/close`));
  const h1 = await page.textContent('main h1');
  check(/jetzt beenden\?/.test(h1), `openness flow: ending the wave asks nothing first (h1 "${h1}")`);
  if (auditIt) await audit(page, 'de', 'openness-wave-close-ask');
  await clickAndWait(page, submitButton(`${wave}/close`));
  const said = await bannerText(page);
  check(said.includes('Die Welle ist beendet'), `openness flow: after ending the wave, the page says "${short(said)}"`);
}

export async function opennessFlow(browser, login, ids) {
  const O = (ids.openness = {});
  await withContext(browser, async ({ page }) => {
    await logIn(page, login);
    await setLanguage(page, 'de');
    await step('openness flow: the demo city and its waves', async () => {
      await goto(page, '/orgs?kind=administration');
      await clickAndWait(page, `main a:has-text("${CITY}")`);
      const m = page.url().match(/\/orgs\/(\d+)$/);
      if (!m) throw new Error(`the city's page is at ${page.url()}`);
      O.org = `/orgs/${m[1]}`;
      O.overview = `${O.org}/openness`;
      check((await page.locator(`main a[href="${O.overview}"]`).count()) > 0, 'openness flow: the city\'s page does not link to its self-assessment');
      const waves = await wavesByTitle(page, O.overview);
      // the demo's titles carry the year their wave began (the running one: this year)
      const running = Object.keys(waves).find((t) => t.startsWith('Zwischenstand '));
      const ended = Object.keys(waves).filter((t) => /^Selbstbewertung \d{4}$/.test(t)).sort().pop();
      O.running = running && `/openness/waves/${waves[running]}`;
      O.ended = ended && `/openness/waves/${waves[ended]}`;
      check(!!O.running && !!O.ended, `openness flow: the demo waves are not listed: ${JSON.stringify(waves)}`);
      O.defaultSetId = await page.inputValue('#f-set_id');
      O.defaultSet = `/openness/sets/${O.defaultSetId}`;
    });
    if (!O.overview) return;
    await step('openness flow: a copy of the default set', async () => {
      await goto(page, '/openness/sets');
      const owner = await page.evaluate((href) => {
        const a = document.querySelector(`main table a[href="${href}"]`);
        return a ? a.closest('tr').textContent : null;
      }, O.defaultSet);
      check(owner && owner.includes('mitgeliefert'), `openness flow: the set the wave form chooses is not the shipped one: ${short(owner)}`);
      await goto(page, O.defaultSet);
      await clickAndWait(page, submitButton(`${O.defaultSet}/copy`));
      const m = page.url().match(/\/openness\/sets\/(\d+)$/);
      if (!m || m[1] === O.defaultSetId) throw new Error(`after copying, at ${page.url()}`);
      O.copy = `/openness/sets/${m[1]}`;
      O.copyIndicator = await page.getAttribute(`main a[href^="${O.copy}/indicators/"]`, 'href');
      O.copyNew = await page.getAttribute(`main a[href^="${O.copy}/dimensions/"][href$="/new"]`, 'href');
    });
    await step('openness flow: a new wave through the forms', async () => {
      O.wave = await newWave(page, O, WAVE);
      if (!O.wave) return;
      check((await bannerText(page)).includes('Die Welle ist angelegt'), 'openness flow: no "wave created" message');
      const rows = await page.textContent('main .summary-list');
      check(rows.includes('3') && /Indikatorenset/.test(rows), `openness flow: the wave's summary: ${short(rows)}`);
      await addGroup(page, O.wave, 'staff', GROUP, RATERS.map(([n, e]) => `${n}, ${e}`));
      const text = await mainText(page);
      check(RATERS.every(([n]) => text.includes(n)), 'openness flow: the raters are not listed on the wave page');
      O.links = await mailLinks(page, O.wave, RATERS.map(([, e]) => e));
    });
    const links = O.links || [];
    if (links.length === 3) {
      await step('openness flow: rater 1 on a phone answers a dimension and pauses', async () => {
        await withContext(browser, async ({ page: phone }) => {
          await phone.setViewportSize(PHONE);
          await goto(phone, links[0]);
          const names = await radioGroups(phone);
          check(names.length === 3, `openness flow: the first dimension has ${names.length} indicators`);
          const [a, b, c] = names;
          // by keyboard: skip link into <main>, Tab to the first statement's levels, arrows
          await phone.keyboard.press('Tab');
          await phone.keyboard.press('Enter');
          check((await tabTo(phone, `${ANSWER_FORM} input[name="${a}"]`, 30)) > 0, 'openness flow keyboard: cannot Tab to the first statement\'s levels');
          await phone.keyboard.press('ArrowDown');
          await phone.keyboard.press('ArrowDown');
          check(await phone.isChecked(`${ANSWER_FORM} input[name="${a}"][value="2"]`), 'openness flow keyboard: two arrow presses did not choose level 2');
          check((await tabTo(phone, `#f-n${a.slice(1)}`, 3)) > 0, 'openness flow keyboard: cannot Tab from the levels to the note');
          await phone.keyboard.type('Das Bürgerbüro hat jetzt Sprechzeiten auf Arabisch.');
          // by clicks on the labels
          await phone.click(`label[for="f-${b}-3"]`);
          await phone.click(`label[for="f-${c}-unknown"]`);
          const pause = `${ANSWER_FORM} button[value="pause"]`;
          check((await phone.textContent(pause)).trim() === 'Speichern und später weitermachen', 'openness flow: the pause button is named otherwise');
          await clickAndWait(phone, pause);
          const said = await bannerText(phone);
          check(said.includes('mit demselben Link weitermachen'), `openness flow: after pausing, the page says "${short(said)}"`);
        });
      });
      await step('openness flow: rater 1 continues in a fresh browser and submits', async () => {
        await withContext(browser, async ({ page: phone }) => {
          await phone.setViewportSize(PHONE);
          await goto(phone, links[0]);
          const progress = plain(await phone.textContent('#f-answers'));
          check(/\b3 von 30\b/.test(progress), `openness flow: after continuing, the progress says "${short(progress)}"`);
          const current = plain(await phone.textContent(`${ANSWER_FORM} h2`));
          check(/Bereich 2 von/.test(current), `openness flow: continuing opens "${short(current)}", not the second dimension`);
          // the note of the first dimension is still there
          await goto(phone, `${links[0]}?d=0`);
          const notes = await phone.$$eval(`${ANSWER_FORM} textarea`, (ts) => ts.map((t) => t.value).join(' '));
          check(notes.includes('Sprechzeiten auf Arabisch'), 'openness flow: the note written before the pause is gone');
          await answerRest(phone, links[0], (n) => String((n + 1) % 4));
        });
      });
      await step('openness flow: raters 2 and 3 answer and submit', async () => {
        for (const [i, link] of links.slice(1).entries()) {
          await withContext(browser, async ({ page: p }) => answerRest(p, link, (n) => (n % 7 === 6 ? 'na' : String((n + i) % 4))));
        }
      });
    }
    if (O.wave) {
      await step('openness flow: no figures while the wave runs', async () => {
        await goto(page, `${O.wave}/results`);
        const text = await mainText(page);
        check(text.includes('nach dem Ende der Welle'), `openness flow: the running wave's results say: ${short(text, 200)}`);
        check(text.includes('Bisher 3 abgeschickte Antworten'), `openness flow: the running wave's results do not count 3: ${short(text, 200)}`);
        check((await page.locator('main table').count()) === 0, 'openness flow: the running wave\'s results show a table');
        const pdf = await download(page, `${O.wave}/report.pdf`);
        check(pdf.status === 404, `openness flow: the running wave's report answered ${pdf.status}`);
      });
      await step('openness flow: the admin ends the wave; the results show the group', async () => {
        await endWave(page, O.wave, true);
        await goto(page, `${O.wave}/results`);
        const text = await mainText(page);
        check(text.includes('3 Personen haben abgeschickt'), `openness flow: the results do not say 3 submitted: ${short(text, 200)}`);
        check(!text.includes('Zu wenige Antworten'), 'openness flow: the results hide a group that reached the threshold');
        const medians = await page.$$eval('main #ov-caption ~ tbody td.num', (tds) => tds.map((t) => t.textContent.trim()));
        check(medians.some((m) => /\d/.test(m)), `openness flow: the overview shows no figures: ${medians.join(' ')}`);
      });
      await step('openness flow: the report PDF', async () => {
        O.report = `${O.wave}/report.pdf`;
        const d = await download(page, O.report);
        check(d.status === 200 && d.type.startsWith('application/pdf'), `openness flow: the report answered ${d.status} ${d.type}`);
        check(d.body.subarray(0, 5).toString() === '%PDF-', 'openness flow: the report is no PDF');
        const text = pdfText(d.body).replace(/\s+/g, ' ');
        check(text.includes(WAVE) && text.includes(CITY) && text.includes('3 Personen haben abgeschickt'),
          `openness flow: the report's text lacks the wave, the city or the count: ${text.slice(0, 300)}`);
      });
      await pdfArtefact(page, 'openness-report-pdf', `${O.wave}/report.pdf`, { resolution: 50 });
    }
    await step('openness flow: a second wave with a group below the threshold', async () => {
      O.smallWave = await newWave(page, O, SMALL_WAVE);
      if (!O.smallWave) return;
      await addGroup(page, O.smallWave, 'staff', BIG_GROUP, BIG_RATERS);
      await addGroup(page, O.smallWave, 'outside', SMALL_GROUP, SMALL_RATERS);
      const small = await mailLinks(page, O.smallWave, [...BIG_RATERS, ...SMALL_RATERS]);
      for (const [i, link] of small.entries()) {
        await withContext(browser, async ({ page: p }) => answerRest(p, link, (n) => String((n * (i + 1)) % 4)));
      }
      await endWave(page, O.smallWave, false);
      await goto(page, `${O.smallWave}/results`);
      const text = await mainText(page);
      check(text.includes('3 Personen haben abgeschickt'), `openness flow: the second wave's results do not count 3: ${short(text, 200)}`);
      const hidden = await page.evaluate(() => {
        const p = Array.from(document.querySelectorAll('main p')).find((x) => x.textContent.includes('Zu wenige Antworten'));
        return p ? p.textContent : '';
      }).then(plain);
      check(hidden.includes(SMALL_GROUP), `openness flow: the small group is not named as below the threshold: "${short(hidden)}"`);
      const times = text.split(SMALL_GROUP).length - 1;
      check(times === 1, `openness flow: the small group is named ${times} times on its results page (only the "too few" sentence may)`);
      // the outside view is that group alone: no figure of it anywhere
      const outside = await page.evaluate(() => {
        const table = document.querySelector('main #ov-caption') && document.querySelector('main #ov-caption').closest('table');
        if (!table) return null;
        const col = Array.from(table.querySelectorAll('thead th')).findIndex((th) => th.textContent.trim() === 'Außensicht');
        return Array.from(table.querySelectorAll('tbody tr')).map((tr) => tr.children[col].textContent.trim());
      });
      check(outside && outside.length > 0 && outside.every((v) => v === '–'),
        `openness flow: the outside view of a group below the threshold shows figures: ${JSON.stringify(outside)}`);
    });
    // screenshots: the wave's page and its results, as the admin, in de and ar
    for (const locale of ['de', 'ar']) {
      await setLanguage(page, locale);
      if (O.wave) {
        await bothWidths(page, 'openness-wave', locale, O.wave);
        await bothWidths(page, 'openness-results', locale, `${O.wave}/results`);
      }
      if (O.ended) await bothWidths(page, 'openness-results-trend', locale, `${O.ended}/results`);
    }
    await setLanguage(page, 'de');
  });
  // the answer page through the demo link (no account), in de and ar
  if (login.rate) {
    O.rate = login.rate;
    await withContext(browser, async ({ page }) => {
      for (const locale of ['de', 'ar']) {
        await goto(page, '/');
        await setLanguage(page, locale);
        await bothWidths(page, 'openness-answer', locale, login.rate);
      }
    });
  } else {
    check(false, 'openness flow: the demo server printed no self-assessment link');
  }
}
