// The series flow: staff (the demo admin) creates a series with one seat and a
// module, books a speaker who confirms through the mailed link; two people
// register and confirm, the second on the waiting list moves up when the first
// cancels; roll call, certificates, the PDF download, the verification page in
// German and Arabic. Adds `ids.series` (paths, tokens, the certificate code).

import {
  BASE, asVisitor, bannerText, clickLocAndWait, goto, hrefs, isoDateTime, isoDay, keyboardActivate, logIn,
  pressAndWait, setLanguage, withContext,
} from '../lib/browser.mjs';
import { audit } from '../lib/audit.mjs';
import { findMailLink, linkIn, newestMailTo } from '../lib/outbox.mjs';
import { check, short, step } from '../lib/results.mjs';

// The text of the registration status (<dt>Stand</dt><dd>…</dd>) on a personal page.
async function regStatus(page) {
  return page.evaluate(() => {
    const rows = Array.from(document.querySelectorAll('main .summary-list__row'));
    const last = rows[rows.length - 1];
    return last ? last.querySelector('dd').textContent.trim() : '';
  });
}

// Someone registers for a series on its public page in a browser of their own,
// as a screen-reader and keyboard user would (labels, Space, Enter); the
// confirmation link comes from the outbox. Returns the personal path /r/{token}.
export async function registerPerson(browser, staffPage, seriesPath, person, { confirm = true } = {}) {
  return asVisitor(browser, seriesPath, async ({ page }) => {
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
  });
}

// Staff (the demo admin) creates a series with one seat and one future module,
// books a speaker through the mail link, two people register (the second on
// the waiting list), the first cancels, the second moves up, attends and gets
// a certificate that the verification page accepts.
export async function seriesFlow(browser, login, ids) {
  const S = {};
  ids.series = S;
  const stamp = Date.now().toString(36);
  const title = `Interkulturelle Kompetenz im Ehrenamt – Testjahrgang ${stamp}`;
  const moduleTitle = `Grundlagen der Verständigung ${stamp}`;
  const speaker = { name: 'Dr. Leila Özdemir-Brandt', email: `referentin.${stamp}@example.org` };
  const personA = { name: 'Jana Weiß', email: `jana.weiss.${stamp}@example.org`, group: 'Ehrenamtliche' };
  const personB = { name: 'Omar عمر Haddad', email: `omar.haddad.${stamp}@example.org`, group: 'Ehrenamtliche' };
  const personC = { name: 'Ewa Nowak', email: `ewa.nowak.${stamp}@example.org`, group: 'Ehrenamtliche' };
  await withContext(browser, async ({ page }) => {
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
      await goto(page, S.orgSeriesPath);
      S.orgSeriesNew = (await hrefs(page, 'main a[href$="/series/new"]'))[0];
      S.planningPath = (await hrefs(page, 'main a[href$="/planning"]'))[0];
      S.speakersPath = (await hrefs(page, 'main a[href$="/speakers"]'))[0];
      S.demoManage = (await hrefs(page, 'main table a[href$="/manage"]'))[0];
      // the previous demo cohort: one participant deleted their data, their certificate keeps no name
      const prevRow = page.getByRole('main').locator('table tbody tr', { hasText: '2024–2025' }).locator('a[href$="/manage"]');
      if (await prevRow.count()) {
        const prevCerts = (await prevRow.first().getAttribute('href')).replace(/\/manage$/, '/certificates');
        await goto(page, prevCerts);
        const code = page.getByRole('main').locator('table td span[dir="ltr"]');
        check((await code.count()) === 1, `series flow: ${prevCerts} shows no anonymised certificate`);
        if (await code.count()) S.anonymisedCert = ((await code.first().textContent()) || '').trim();
        await goto(page, S.orgSeriesPath);
      }
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
        await asVisitor(browser, S.speakerRequest, async (sp) => {
          check(sp.res.status() === 200, `series flow speaker: request link answered ${sp.res.status()}`);
          check(((await sp.page.getByRole('main').textContent()) || '').includes(moduleTitle),
            'series flow speaker: the request page does not name the module');
          check((await sp.page.getByRole('main').getByRole('button', { name: 'Ja, ich übernehme das Modul' }).count()) === 1,
            'series flow speaker: no button "Ja, ich übernehme das Modul"');
          await keyboardActivate(sp.page, 'main form button[name="answer"][value="confirm"]', 'series flow speaker');
          check(/Zusage/.test(await bannerText(sp.page)), `series flow speaker: no thanks after confirming ("${await bannerText(sp.page)}")`);
          const st = await regStatus(sp.page);
          check(st === 'zugesagt', `series flow speaker: status after confirming is "${st}", want "zugesagt"`);
        });
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
      // The series is in the public catalogue, with its name as the link.
      await asVisitor(browser, '/series', async (pub) => {
        const link = pub.page.getByRole('main').getByRole('link', { name: title });
        check((await link.count()) === 1, `series flow: "${title}" is not in the catalogue`);
      });
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
        await asVisitor(browser, S.regA, async (a) => {
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
        });
      });
    }

    // B has moved up.
    if (S.regB) {
      await step('series flow person B moved up', async () => {
        await asVisitor(browser, S.regB, async (b) => {
          const st = await regStatus(b.page);
          check(st === 'Platz sicher', `series flow moved up: B's status is "${st}", want "Platz sicher"`);
        });
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
      S.certPdf = await a.getAttribute('href');
      const pdf = await page.request.get(BASE + S.certPdf);
      check(pdf.status() === 200 && /^application\/pdf/.test(pdf.headers()['content-type'] || ''),
        `series flow certificates: staff PDF answered ${pdf.status()} ${pdf.headers()['content-type']}`);
    });

    // B downloads the certificate from their personal page.
    if (S.regB) {
      await step('series flow certificate download', async () => {
        await asVisitor(browser, S.regB, async (b) => {
          const link = b.page.getByRole('main').getByRole('link', { name: /Bescheinigung herunterladen/ });
          check((await link.count()) === 1, 'series flow: B\'s personal page offers no certificate download');
          const href = await link.getAttribute('href');
          const res = await b.ctx.request.get(BASE + href);
          const type = res.headers()['content-type'] || '';
          check(res.status() === 200 && /^application\/pdf/.test(type),
            `series flow certificate download ${href}: ${res.status()} ${type}, want application/pdf`);
          const body = await res.body();
          check(body.subarray(0, 5).toString('latin1') === '%PDF-', 'series flow certificate download: body is not a PDF');
        });
      });
    }

    // Anyone can verify the code: by the form (keyboard) and by the link; then in Arabic.
    if (S.certCode) {
      await step('series flow verify', async () => {
        await asVisitor(browser, '/verify', async (v) => {
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
        });
      });
    }
  });
  return ids;
}
