// Qualification series. Anyone: the catalogue (plain and with all four
// filters), a series page, the check-mail page, personal registration links
// (unconfirmed, confirmed with certificate, the cancel step, cancelled), speaker
// requests (open and confirmed), the feedback form, /verify, the step before
// a participant deletes their data. As the demo admin:
// the organisation's series, planning board, speaker directory, a demo series'
// staff pages and its first module's, whatever else its manage page links to,
// /profile/calendar and the other profile pages. Every form also submitted invalid.

import { BASE, clickAndWait, goto, submitButton } from '../lib/browser.mjs';
import { audit, nameOf, submitInvalid, visit, visitLinkedPages } from '../lib/audit.mjs';
import { check, fail, step } from '../lib/results.mjs';

// Series pages anyone can open (catalogue, public page, personal links, verification).
export async function anonymous(page, L, ids) {
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
    const res = await clickAndWait(page, submitButton('/series'));
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
    await submitInvalid(page, L, 'series-register-error', demoPublic,
      'main form[action$="/register"] button[type="submit"]');
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
  if (S.regC) {
    await visit(page, L, 'registration-unconfirmed', S.regC);
    // the participant's own data: the deletion's confirmation step (GET only)
    await visit(page, L, 'registration-delete-data', `${S.regC}/delete`);
  } else fail(`[${L}] registration-unconfirmed: no personal link of C`);
  if (S.speakerRequest) await visit(page, L, 'speaker-request-confirmed', S.speakerRequest);
  else fail(`[${L}] speaker-request-confirmed: no speaker request link`);
  if (S.openSpeakerRequest) await visit(page, L, 'speaker-request-open', S.openSpeakerRequest);
  else fail(`[${L}] speaker-request-open: no open speaker request (reminder mail) in the demo outbox`);
  if (S.feedbackForm) {
    await visit(page, L, 'feedback-form', S.feedbackForm);
    await submitInvalid(page, L, 'feedback-form-error', S.feedbackForm, 'main form button[type="submit"]');
  }
  await visit(page, L, 'verify', '/verify');
  if (S.certCode) await visit(page, L, 'verify-valid', `/verify/${S.certCode}`);
  else fail(`[${L}] verify-valid: no certificate code`);
  await visit(page, L, 'verify-unknown', '/verify?code=ZZZZ-ZZZZ-ZZZZ', { status: 404 });
  // a certificate whose holder deleted their data: no name, a form to check the printed one
  if (S.anonymisedCert) {
    await visit(page, L, 'verify-anonymised', `/verify/${S.anonymisedCert}`);
    await visit(page, L, 'verify-anonymised-name', `/verify/${S.anonymisedCert}?name=Erika+Mustermann`);
  }
}

// Staff pages of series (the demo admin administers the organisation that owns them).
export async function signedIn(page, L, ids) {
  const S = ids.series || {};
  const D = S.demo || {};
  // Audits `path`; no path (the flow found no link) is a failure. Says whether it audited.
  const visitFound = async (name, path) => {
    if (!path) {
      fail(`[${L}] ${name}: no link found`);
      return false;
    }
    await visit(page, L, name, path);
    return true;
  };
  const clear = (...sels) => async (p) => {
    for (const s of sels) await p.fill(s, '');
  };
  await visitFound('org-series', S.orgSeriesPath);
  if (await visitFound('org-series-new', S.orgSeriesNew)) {
    await submitInvalid(page, L, 'org-series-new-error', S.orgSeriesNew, submitButton(S.orgSeriesNew));
  }
  await visitFound('org-planning', S.planningPath);
  if (await visitFound('org-speakers', S.speakersPath)) {
    await submitInvalid(page, L, 'org-speakers-error', S.speakersPath, submitButton(S.speakersPath));
  }
  await visitFound('speaker-edit', S.speakerEdit);
  await visitFound('series-manage', D.manage);
  if (await visitFound('series-edit', D.edit)) {
    await submitInvalid(page, L, 'series-edit-error', D.edit, submitButton(D.edit),
      { fill: clear('main #f-title_de') });
  }
  if (await visitFound('series-copy', D.copy)) {
    await submitInvalid(page, L, 'series-copy-error', D.copy, submitButton(D.copy),
      { fill: clear('main #f-starts') });
  }
  if (await visitFound('module-new', D.moduleNew)) {
    await submitInvalid(page, L, 'module-new-error', D.moduleNew, submitButton(D.moduleNew));
  }
  if (await visitFound('series-participants', D.participants)) {
    await submitInvalid(page, L, 'series-participants-error', D.participants,
      submitButton(`${D.participants}/add`));
  }
  // the flow's series: a certificate with its revoke form
  const certs = S.certificates || D.certificates;
  if (await visitFound('series-certificates', certs)) {
    await submitInvalid(page, L, 'series-certificates-error', certs, submitButton(`${certs}/issue`),
      { fill: clear('main #f-place') });
  }
  if (D.certificates && D.certificates !== certs) await visit(page, L, 'series-certificates-demo', D.certificates);
  // figures: only where the page exists (work in progress)
  const figures = D.figures || (D.id && `/series/${D.id}/figures`);
  if (figures) {
    const probe = await page.request.get(BASE + figures);
    if (probe.status() !== 404) await visit(page, L, 'series-figures', figures);
  }
  if (await visitFound('module-edit', D.moduleEdit)) {
    await submitInvalid(page, L, 'module-edit-error', D.moduleEdit, submitButton(D.moduleEdit),
      { fill: clear('main #f-title') });
  }
  // GET only: the confirm step, never the POST
  await visitFound('module-cancel', D.moduleCancel);
  if (await visitFound('module-speakers', D.moduleSpeakers)) {
    await submitInvalid(page, L, 'module-speakers-error', D.moduleSpeakers, submitButton(D.moduleSpeakers),
      { fill: clear('main #f-deadline') });
  }
  if (await visitFound('module-attendance', D.moduleAttendance)) {
    // the scan upload without a file
    await submitInvalid(page, L, 'module-attendance-error', D.moduleAttendance,
      'main form[action*="/attendance/scan"] button[type="submit"]');
  }
  if (S.moduleAttendance) await visit(page, L, 'module-attendance-flow', S.moduleAttendance);
  // any other page the manage page links to (e.g. feedback results)
  if (D.manage) {
    const known = new Set(Object.values(D).filter((v) => typeof v === 'string'));
    await visitLinkedPages(page, L, {
      label: 'series-manage links',
      from: D.manage,
      selector: `main a[href^="/series/${D.id}/"]`,
      skip: (href) => known.has(href) || /\.(ics|csv|xlsx|pdf)$/.test(href),
      name: (href) => `series-${nameOf(href.replace(/^\/series\/\d+/, ''))}`,
    });
  }
  await visit(page, L, 'profile-calendar', '/profile/calendar');
  // any other page of the profile (e.g. the person's registrations)
  const knownProfile = ['/profile/password', '/profile/delete', '/profile/calendar', '/profile/export'];
  await visitLinkedPages(page, L, {
    label: 'profile links',
    from: '/profile',
    selector: 'main a[href^="/profile/"]',
    skip: (href) => knownProfile.includes(href),
  });
}
