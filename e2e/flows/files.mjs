// Files in a space (part of the spaces flow, with its browsers and paths `P`):
// the admin drops a file onto the upload field and uploads another, the space
// search finds the file and the thread; an outsider sees the listed space and
// may ask to join, but not its files.

import { BASE, clickAndWait, goto, hrefs, logIn, setLanguage, withContext } from '../lib/browser.mjs';
import { visit } from '../lib/audit.mjs';
import { EXISTING_EMAIL, PDF_BYTES } from '../lib/demo.mjs';
import { check, short, step } from '../lib/results.mjs';

export async function filesFlow({ browser, login, admin, P }) {
  await step('spaces flow: upload a file and find it', async () => {
    await goto(admin.page, P.home);
    await clickAndWait(admin.page, `main a[href="${P.files}"]`);
    // a file dropped onto the field (the enhancement) is uploaded like a chosen one
    await admin.page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['%PDF-1.4\n%%EOF\n'], 'Abgelegt.pdf', { type: 'application/pdf' }));
      const zone = document.querySelector('main [data-drop]');
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    check(await admin.page.evaluate(() => document.getElementById('f-file').files.length) === 1,
      'spaces flow: dropping a file did not fill the file field');
    await clickAndWait(admin.page, `main form[action^="${P.files}"] button[type="submit"]`);
    const listed = (await admin.page.locator('main table').textContent().catch(() => '')) || '';
    check(listed.includes('Abgelegt.pdf'), 'spaces flow: the dropped file is not listed');
    await admin.page.setInputFiles('#f-file', { name: 'Protokoll Ideenwerkstatt.pdf', mimeType: 'application/pdf', buffer: PDF_BYTES });
    await clickAndWait(admin.page, `main form[action^="${P.files}"] button[type="submit"]`);
    P.file = (await hrefs(admin.page, 'main table a[href^="/files/"]'))[0];
    check(!!P.file, 'spaces flow: the uploaded file is not listed');
    await goto(admin.page, P.search);
    const text = (await admin.page.locator('main').textContent()) || '';
    check(text.includes('Protokoll Ideenwerkstatt.pdf') && text.includes('Ideenwerkstatt im Frühjahr'),
      `spaces flow: search did not find the file and the thread: ${short(text)}`);
  });
  await step('spaces flow: an outsider sees the listed space and may ask to join', () => withContext(browser, async (third) => {
    await logIn(third.page, { email: EXISTING_EMAIL, password: login.password });
    await setLanguage(third.page, 'de');
    await visit(third.page, 'de', 'space-outside', P.home);
    check((await third.page.locator(`main form[action="${P.home}/request"]`).count()) === 1,
      'spaces flow: no request form for an outsider of a listed space');
    check((await third.page.locator(`main a[href="${P.files}"]`).count()) === 0,
      'spaces flow: an outsider sees the link to the files');
    const res = await third.page.request.get(new URL(P.files, BASE).toString());
    // a listed space is known to exist: its files are forbidden, not unknown
    check(res.status() === 403, `spaces flow: an outsider opened the files (${res.status()})`);
  }));
}
