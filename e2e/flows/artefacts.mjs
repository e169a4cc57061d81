// Screenshot artefacts (issue 11): the home, a series page, the certificate
// (its PDF rendered to PNG), roll call at 375 px and summary lists with
// mixed-direction text in `ar`, in out/artefacts/; each page checked for
// overflow (nothing wider than the screen outside a scrolling table) and
// for the alignment of values in the other direction (lib/artefacts.mjs).
// Runs after the series flow, whose series, registration and certificate it shows.

import { DESKTOP, goto, logIn, setLanguage, withContext } from '../lib/browser.mjs';
import { alignment, artefact, overflow, pdfArtefact } from '../lib/artefacts.mjs';
import { check, step } from '../lib/results.mjs';

export async function artefactsFlow(browser, login, ids) {
  const S = ids.series || {};
  check(!!S.publicPath && !!S.regB && !!S.moduleAttendance && !!S.certPdf,
    `artefacts: the series flow left no series, registration, roll call or certificate (${JSON.stringify(
      { publicPath: S.publicPath, regB: S.regB, moduleAttendance: S.moduleAttendance, certPdf: S.certPdf })})`);

  // What a visitor sees: the home and the series page, on a phone and wide,
  // in German and Arabic; the personal registration page (a summary list
  // with "Omar عمر Haddad" and an e-mail address) in Arabic and German.
  await withContext(browser, async ({ page }) => {
    await goto(page, '/');
    for (const locale of ['de', 'ar']) {
      await setLanguage(page, locale);
      await artefact(page, `home-${locale}-375`, '/', { align: true });
      await artefact(page, `home-${locale}-1280`, '/', { viewport: DESKTOP, align: true });
      if (S.publicPath) {
        await artefact(page, `series-${locale}-375`, S.publicPath, { align: true });
        // the organiser's German name sits in the Arabic summary list
        await artefact(page, `series-${locale}-1280`, S.publicPath,
          { viewport: DESKTOP, align: locale === 'ar' ? 'required' : true });
      }
      if (S.regB) {
        await artefact(page, `summary-list-${locale}-375`, S.regB, { align: 'required' });
        await artefact(page, `summary-list-${locale}-1280`, S.regB, { viewport: DESKTOP, align: 'required' });
      }
    }
    // the checks themselves see a fault: values pushed to the far side, a block wider than the screen
    if (S.regB) {
      await step('artefact checks see faults', async () => {
        await goto(page, S.regB);
        await page.addStyleTag({ content: '.summary-list dd { text-align: left !important; }' });
        check((await alignment(page)).bad.length > 0, 'artefacts: the alignment check misses left-aligned Latin values on an Arabic page');
        await page.evaluate(() => {
          const d = document.createElement('div');
          d.style.width = '2000px';
          d.textContent = 'x';
          document.querySelector('main').append(d);
        });
        const o = await overflow(page);
        check(o.scrollWidth > o.innerWidth && o.wide.length > 0, 'artefacts: the overflow check misses a block wider than the screen');
      });
    }
  });

  // Staff: roll call on a phone (de, ar), the certificate as a picture.
  await withContext(browser, async ({ page }) => {
    await logIn(page, login);
    for (const locale of ['de', 'ar']) {
      await setLanguage(page, locale);
      if (S.moduleAttendance) await artefact(page, `roll-call-${locale}-375`, S.moduleAttendance, { align: true });
      if (S.certificates) await artefact(page, `certificates-${locale}-375`, S.certificates, { align: true });
    }
    await setLanguage(page, 'de');
    if (S.certPdf) await pdfArtefact(page, 'certificate-de', S.certPdf);
  });
}
