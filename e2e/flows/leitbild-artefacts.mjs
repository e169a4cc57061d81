// Screenshot artefacts of the Leitbild pages (issue 12), in out/artefacts/,
// each checked for overflow (lib/artefacts.mjs) at 375 and 1440 px in `de`
// and `ar`: staff's page with an open round (the demo link) and with the
// survey form (the flow's), the round page, the evaluation, the adoption
// page, the public page, the workshops and the planner; the sign-off page is
// taken by the flow before signing. And the PDFs rendered to PNG: the QR link
// cards (from the demo process's setup page, confirmed), the flow's poster
// and wall calendar.

import { goto, logIn, setLanguage, withContext } from '../lib/browser.mjs';
import { bothWidths as both, pdfArtefact } from '../lib/artefacts.mjs';
import { check, step } from '../lib/results.mjs';

export async function leitbildArtefactsFlow(browser, login, ids) {
  const P = ids.leitbild || {};
  const demo = login.participate;
  // without an account: staff's pages and the public page
  await withContext(browser, async ({ page }) => {
    for (const locale of ['de', 'ar']) {
      await goto(page, '/');
      await setLanguage(page, locale);
      if (demo) await both(page, 'leitbild-participant', locale, demo);
      if (P.participate) await both(page, 'leitbild-survey-form', locale, P.participate);
      await both(page, 'leitbild-public', locale, locale === 'ar' ? '/l/1?lang=ar' : '/l/1');
    }
  });
  // the team's pages, as the demo admin
  await withContext(browser, async ({ page }) => {
    await logIn(page, login);
    for (const locale of ['de', 'ar']) {
      await goto(page, '/');
      await setLanguage(page, locale);
      if (P.round) await both(page, 'leitbild-round', locale, P.round);
      await both(page, 'leitbild-evaluation', locale, P.demoSurvey || '/leitbild/1/evaluation');
      await both(page, 'leitbild-adoption', locale, '/leitbild/1/adoption');
      await both(page, 'leitbild-workshops', locale, '/leitbild/1/workshops');
      await both(page, 'leitbild-planner', locale, '/leitbild/1/planner');
    }
    await goto(page, '/');
    await setLanguage(page, 'de');
    // the QR cards of the people without a mailbox: confirmed on the page that asks first
    await step('artefact leitbild-cards (POST /leitbild/1/links/cards)', async () => {
      await goto(page, '/leitbild/1/setup');
      await page.click('main form[action="/leitbild/1/links/cards"] button');
      await page.waitForLoadState('load');
      const form = await page.evaluate(() => {
        const f = document.querySelector('main form[action="/leitbild/1/links/cards"]');
        return f ? Object.fromEntries(new FormData(f)) : null;
      });
      check(!!form, 'artefact leitbild-cards: no confirmation form');
      const res = await page.request.post(new URL('/leitbild/1/links/cards', page.url()).href, { form: { ...form, confirmed: 'true' } });
      check(res.status() === 200 && (res.headers()['content-type'] || '').startsWith('application/pdf'),
        `artefact leitbild-cards: answered ${res.status()} ${res.headers()['content-type']}`);
      ids.leitbild.cardsPdf = await res.body();
    });
    if (P.poster) await pdfArtefact(page, 'leitbild-poster-pdf', P.poster, { resolution: 50 });
    if (P.planner) await pdfArtefact(page, 'leitbild-planner-pdf', `${P.planner}/calendar.pdf`, { resolution: 50 });
  });
  if (ids.leitbild && ids.leitbild.cardsPdf) await pdfArtefact(null, 'leitbild-cards-pdf', ids.leitbild.cardsPdf, { resolution: 50 });
}
