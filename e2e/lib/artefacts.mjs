// Screenshot artefacts of the pages people see first and every day, each
// checked in the page for overflow and alignment (issue 11): out/artefacts/
// holds the PNGs and index.json (what was taken, at which width, what the
// checks found). The folder is not committed (out/ is ignored).

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DESKTOP, goto } from './browser.mjs';
import { OUT, check, short, step } from './results.mjs';

export const ARTEFACTS = join(OUT, 'artefacts');
export const PHONE = { width: 375, height: 667 };
export const WIDE = { width: 1440, height: 900 };

// Containers that may scroll sideways on their own (a wide table); what is
// inside them may be wider than the screen.
const SCROLLERS = '.table-wrap, .table-scroll';

const index = [];

// In the page: the document is no wider than the viewport, and no element
// reaches beyond it (except inside a declared scroll container, and text
// for screen readers only, clipped by .visually-hidden).
export async function overflow(page) {
  return page.evaluate((scrollers) => {
    const vw = window.innerWidth;
    const wide = Array.from(document.querySelectorAll('body *'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        if (r.right <= vw + 1 && r.left >= -1) return false;
        // text for screen readers only is clipped to a pixel: its box shows nothing
        if (el.closest('.visually-hidden')) return false;
        const sc = el.closest(scrollers);
        return !sc || sc === el;
      })
      .slice(0, 3)
      .map((el) => el.outerHTML.slice(0, 120));
    return { scrollWidth: document.scrollingElement.scrollWidth, innerWidth: vw, wide };
  }, SCROLLERS);
}

// In the page: every value of a summary list and every table cell that holds
// text of the other direction than the page (Latin in `ar`/`fa`, Arabic
// script in `de`) starts where the page's lines start: its text's right edge
// at the container's right edge on a right-to-left page, left on a
// left-to-right one (3 px tolerance). Returns the misaligned ones.
export async function alignment(page, selector = 'main .summary-list dd, main td:not(.num), main [dir]') {
  return page.evaluate((sel) => {
    const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
    const other = rtl ? /[A-Za-z]/ : /[\u0600-\u06FF]/;
    const bad = [];
    let checked = 0;
    for (const el of document.querySelectorAll(sel)) {
      // only blocks line up with the layout (a <bdi> or <span dir> in a sentence flows with it)
      const display = getComputedStyle(el).display;
      if (!/^(block|list-item|table-cell|flow-root)$/.test(display) || el.matches('input, textarea, select')) continue;
      // a cell with a form or a button lines up its controls, not text
      if (!other.test(el.textContent) || el.querySelector('form, button, input, select, textarea')) continue;
      const range = document.createRange();
      range.selectNodeContents(el);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      if (!rects.length) continue;
      const box = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      const startEdge = rtl
        ? box.right - parseFloat(cs.paddingRight) - parseFloat(cs.borderRightWidth)
        : box.left + parseFloat(cs.paddingLeft) + parseFloat(cs.borderLeftWidth);
      const textEdge = rtl ? Math.max(...rects.map((r) => r.right)) : Math.min(...rects.map((r) => r.left));
      checked += 1;
      if (Math.abs(textEdge - startEdge) > 3) {
        bad.push(`${el.outerHTML.slice(0, 100)} (text ${Math.round(textEdge)}, start ${Math.round(startEdge)})`);
      }
    }
    return { checked, bad };
  }, selector);
}

// Opens `path` (unless opts.here), sets the width, takes a full-page
// screenshot to out/artefacts/<name>.png and checks overflow; with
// opts.align also the alignment of mixed-direction values (and that there
// are some when opts.align is 'required').
export async function artefact(page, name, path, opts = {}) {
  const { viewport = PHONE, align = false } = opts;
  await step(`artefact ${name} (${path})`, async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    await page.setViewportSize(viewport);
    if (!opts.here) {
      const res = await goto(page, path);
      check(res.status() === 200, `artefact ${name}: ${path} answered ${res.status()}`);
    }
    const file = `${name}.png`;
    await page.screenshot({ path: join(ARTEFACTS, file), fullPage: true });
    const o = await overflow(page);
    check(o.scrollWidth <= o.innerWidth,
      `artefact ${name} overflow at ${viewport.width} px: scrollWidth ${o.scrollWidth} > ${o.innerWidth}; wide: ${o.wide.map((w) => short(w, 120)).join(' | ')}`);
    check(o.wide.length === 0, `artefact ${name} overflow at ${viewport.width} px: beyond the screen: ${o.wide.join(' | ')}`);
    const entry = { name, file, path, width: viewport.width, overflow: o };
    if (align) {
      const a = await alignment(page);
      if (align === 'required') {
        check(a.checked > 0, `artefact ${name} alignment: no mixed-direction value found to compare`);
      }
      check(a.bad.length === 0, `artefact ${name} alignment: values not at the line start: ${a.bad.join(' | ')}`);
      entry.alignment = a;
    }
    index.push(entry);
  });
  await page.setViewportSize(DESKTOP);
}

// A page on a phone and wide: <name>-<locale>-375 and <name>-<locale>-1440.
export async function bothWidths(page, name, locale, path) {
  await artefact(page, `${name}-${locale}-375`, path, { viewport: PHONE, align: true });
  await artefact(page, `${name}-${locale}-1440`, path, { viewport: WIDE, align: true });
}

// A PDF (fetched with the page's cookies, or given as its bytes) rendered to
// PNG, one file per page (poppler's pdftoppm, opts.resolution dpi, 60 by
// default): out/artefacts/<name>-<n>.png. Returns the page count.
export async function pdfArtefact(page, name, pathOrBytes, opts = {}) {
  const given = Buffer.isBuffer(pathOrBytes);
  const path = given ? '(bytes)' : pathOrBytes;
  return step(`artefact ${name} (${path})`, async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    let body = pathOrBytes;
    if (!given) {
      const res = await page.request.get(new URL(path, page.url()).href);
      check(res.status() === 200, `artefact ${name}: ${path} answered ${res.status()}`);
      body = await res.body();
    }
    const pdf = join(ARTEFACTS, `${name}.pdf`);
    writeFileSync(pdf, body);
    execFileSync('pdftoppm', ['-png', '-r', String(opts.resolution || 60), pdf, join(ARTEFACTS, name)]);
    const pngs = readdirSync(ARTEFACTS).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).sort();
    check(pngs.length > 0, `artefact ${name}: the PDF rendered to no PNG`);
    index.push({ name, file: pngs, path, pages: pngs.length });
    return pngs.length;
  });
}

// A download as a browser makes it (the page's cookies): status, content type, body.
export async function download(page, path) {
  const res = await page.request.get(new URL(path, page.url()).href);
  return { status: res.status(), type: res.headers()['content-type'] || '', body: await res.body() };
}

// The text of a PDF (poppler's pdftotext), as a person copying it would get it.
export function pdfText(body) {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: body }).toString();
}

export function writeArtefactIndex() {
  if (!index.length) return;
  mkdirSync(ARTEFACTS, { recursive: true });
  writeFileSync(join(ARTEFACTS, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
}
