// Mails, as the admin reads them in /admin/outbox (the demo server sends none).

import { clickAndWait, goto } from './browser.mjs';
import { short } from './results.mjs';

// Reads the newest mail to `to` from /admin/outbox as the admin and returns its body.
export async function newestMailTo(page, to) {
  await goto(page, '/admin/outbox');
  const href = await page.evaluate((addr) => {
    for (const tr of document.querySelectorAll('table tbody tr')) {
      if (tr.textContent.includes(addr)) {
        const a = tr.querySelector('a[href^="/admin/outbox/"]');
        if (a) return a.getAttribute('href');
      }
    }
    return null;
  }, to);
  if (!href) throw new Error(`no mail to ${to} in /admin/outbox`);
  await clickAndWait(page, `a[href="${href}"]`);
  return { href, body: await page.textContent('.mail pre') };
}

// The first link in an outbox mail body that matches `re`: its path (without
// the server's address) and its first group (the token).
export function linkIn(mail, re, what) {
  const m = mail.body.match(re);
  if (!m) throw new Error(`no ${what} link in mail ${mail.href}: ${short(mail.body)}`);
  return { path: m[0].replace(/^https?:\/\/[^/]+/, ''), token: m[1] };
}

// Looks through the first `maxPages` pages of /admin/outbox (as the admin) for a
// mail whose row matches `subject` and returns the path of the first match of
// `link` in its body.
export async function findMailLink(page, subject, link, maxPages = 3) {
  for (let n = 1; n <= maxPages; n++) {
    await goto(page, n === 1 ? '/admin/outbox' : `/admin/outbox?page=${n}`);
    const mails = await page.evaluate((src) => {
      const re = new RegExp(src);
      return Array.from(document.querySelectorAll('table tbody tr'))
        .filter((tr) => re.test(tr.textContent))
        .map((tr) => tr.querySelector('a[href^="/admin/outbox/"]'))
        .filter(Boolean)
        .map((a) => a.getAttribute('href'));
    }, subject.source);
    for (const href of mails.slice(0, 3)) {
      await goto(page, href);
      const m = ((await page.textContent('.mail pre')) || '').match(link);
      if (m) return m[0].replace(/^https?:\/\/[^/]+/, '');
    }
  }
  return null;
}
