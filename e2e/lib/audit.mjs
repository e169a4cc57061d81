// The page audit: axe-core (WCAG 2.0/2.1 A and AA), <html lang/dir>, one h1,
// no id twice, no unknown element, no script error, the error summary on error
// pages (focused, its links reach their fields), no horizontal scroll at 320 px and a
// header of one row there (the menu folded);
// screenshots (desktop and 320 px) to out/.

import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BASE, DESKTOP, clickAndWait, goto, hrefs } from './browser.mjs';
import { OUT, axeReport, check, fail, pass, short, step } from './results.mjs';

const AXE_SOURCE = createRequire(import.meta.url)('axe-core').source;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const NARROW = 320;

// Audits the page as it is. opts: res (the response; its status must be
// `status`, by default 200), errorState (the page shows form errors).
export async function audit(page, locale, name, opts = {}) {
  const where = `[${locale}] ${name} (${page.url().replace(BASE, '') || '/'})`;
  const t0 = Date.now();
  const { status = 200, res, errorState } = opts;

  if (res) check(res.status() === status, `${where} http-status: expected ${status}, got ${res.status()}`);

  const doc = await page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
    h1: Array.from(document.querySelectorAll('h1')).map((h) => h.textContent.trim()),
    activeIsSummary: !!(document.activeElement && document.activeElement.classList.contains('error-summary')),
    hasSummary: !!document.querySelector('.error-summary'),
    // error-summary links whose target is not on the page
    deadLinks: Array.from(document.querySelectorAll('.error-summary a[href^="#"]'))
      .filter((a) => !document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1))))
      .map((a) => a.getAttribute('href')),
    dupIds: Array.from(
      Array.from(document.querySelectorAll('[id]')).reduce((n, el) => n.set(el.id, (n.get(el.id) || 0) + 1), new Map()),
    ).filter(([, c]) => c > 1).map(([id, c]) => `#${id} ×${c}`),
    unknown: Array.from(document.querySelectorAll('body *'))
      .filter((el) => el instanceof HTMLUnknownElement)
      .slice(0, 3)
      .map((el) => el.outerHTML.slice(0, 120)),
  }));
  check(doc.lang === locale, `${where} html-lang: expected "${locale}", got "${doc.lang}"`);
  const wantDir = locale === 'ar' ? 'rtl' : 'ltr';
  check(doc.dir === wantDir, `${where} html-dir: expected "${wantDir}", got "${doc.dir}"`);
  check(doc.h1.length === 1, `${where} one-h1: found ${doc.h1.length} h1 ${JSON.stringify(doc.h1)}`);
  check(doc.dupIds.length === 0, `${where} duplicate-id: ids used more than once (labels and ARIA references break): ${doc.dupIds.join(', ')}`);
  check(doc.unknown.length === 0, `${where} unknown-element: not an HTML element: ${doc.unknown.join(' | ')}`);
  if (errorState) {
    check(doc.hasSummary, `${where} error-summary: error state shows no .error-summary`);
    check(doc.activeIsSummary, `${where} error-summary-focus: the error summary does not have focus`);
    check(doc.deadLinks.length === 0, `${where} error-summary-links: links to fields that are not on the page: ${doc.deadLinks.join(' ')}`);
  }

  // axe-core
  await page.addScriptTag({ content: AXE_SOURCE });
  const r = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations', 'incomplete'],
    });
    const needsReview = r.incomplete.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    const violations = r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })),
    }));
    return { violations, needsReview };
  }, AXE_TAGS);
  const entry = { locale, page: name, url: page.url().replace(BASE, ''), ...r };
  axeReport.push(entry);
  if (r.violations.length === 0) pass();
  for (const v of r.violations) {
    const targets = v.nodes.map((n) => n.target).join(' | ');
    const html = v.nodes.map((n) => short(n.html, 200)).join(' | ');
    fail(`${where} axe ${v.id} (${v.impact}): ${v.help} — targets: ${targets} — html: ${html}`);
  }

  check(page.jsErrors.length === 0, `${where} js-error: ${page.jsErrors.join(' / ')}`);
  page.jsErrors.length = 0;

  await page.screenshot({ path: join(OUT, `${locale}-${name}.png`), fullPage: true });

  // 320 px: no horizontal scroll of the page itself.
  await page.setViewportSize({ width: NARROW, height: 640 });
  const sw = await page.evaluate(() => ({
    sw: document.documentElement.scrollWidth,
    wide: Array.from(document.querySelectorAll('body *'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1);
      })
      // inside a scrolling .table-wrap only what escapes it (absolutely positioned) counts
      .filter((el) => !el.closest('.table-wrap') || el.classList.contains('table-wrap')
        || ['absolute', 'fixed'].includes(getComputedStyle(el).position))
      .slice(0, 3)
      .map((el) => el.outerHTML.slice(0, 100)),
  }));
  check(sw.sw <= NARROW + 1, `${where} reflow-320: scrollWidth ${sw.sw} > ${NARROW}; wide: ${sw.wide.join(' | ')}`);
  // the header folds navigation and languages behind the menu button: one row
  const header = await page.evaluate(() => document.querySelector('.site-header').getBoundingClientRect().height);
  check(header <= 80, `${where} header-320: the header is ${Math.round(header)} px high (menu not folded?)`);
  await page.screenshot({ path: join(OUT, `${locale}-${name}-320.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
  entry.ms = Date.now() - t0;
}

// Opens `path` and audits it.
export async function visit(page, locale, name, path, opts = {}) {
  await step(`[${locale}] ${name} (${path})`, async () => {
    const res = await goto(page, path);
    await audit(page, locale, name, { ...opts, res });
  });
}

// Submits the form in <main> that `selector` names, empty/as filled by
// opts.fill(page), and audits the result.
export async function submitAndAudit(page, locale, name, path, selector, opts = {}) {
  await step(`[${locale}] ${name} (${path})`, async () => {
    await goto(page, path);
    if (opts.fill) await opts.fill(page);
    const res = await clickAndWait(page, selector);
    await audit(page, locale, name, { ...opts, res });
  });
}

// Submits a form invalid (empty, or as opts.fill leaves it): 422 and the error summary.
export const submitInvalid = (page, locale, name, path, selector, opts = {}) =>
  submitAndAudit(page, locale, name, path, selector, { status: 422, errorState: true, ...opts });

// A page name made from a path: /admin/foo-bar → admin-foo-bar.
export const nameOf = (href) => href.slice(1).replace(/[^a-z0-9]+/gi, '-');

// Audits each page that `from` links to (the links `selector` finds) and that
// `skip(href)` does not pass over, named `name(href)`: pages the checks do not
// know by name are audited too.
export async function visitLinkedPages(page, locale, { label, from, selector, skip, name = nameOf }) {
  const links = await step(`[${locale}] ${label}`, async () => {
    await goto(page, from);
    return hrefs(page, selector);
  });
  for (const href of [...new Set(links || [])]) {
    if (!skip(href)) await visit(page, locale, name(href), href);
  }
}
