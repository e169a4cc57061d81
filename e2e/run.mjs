// Browser checks for ikoe (see README.md).
//
// Starts its own ikoe server (demo data, fresh SQLite database in a temp dir),
// then in headless Chromium runs the flows (flows/*.mjs: click-throughs that
// also make the data the pages need) and audits every page group (pages/*.mjs)
// in `de` and `ar` (lib/audit.mjs), in two lanes side by side: the admin's pages
// and the others. Prints one line per failure, the time per part and, as the
// last line, `N passed, N failed`; exit code 1 on any failure.
//
// E2E_ONLY=word[,word…] runs only the flows and page groups whose name holds
// one of the words (e.g. `E2E_ONLY=leitbild,planner`), for working on one part;
// without it (the default) everything runs.

import { mkdirSync, rmSync } from 'node:fs';
import { goto, launchBrowser, logIn, setLanguage, withContext } from './lib/browser.mjs';
import { ARTEFACTS, writeArtefactIndex } from './lib/artefacts.mjs';
import { OUT, anyFailed, fail, summary, writeAxeReport } from './lib/results.mjs';
import { startServer } from './lib/server.mjs';
import { accountsFlow } from './flows/accounts.mjs';
import { artefactsFlow } from './flows/artefacts.mjs';
import { seriesFlow } from './flows/series.mjs';
import { leitbildFlow } from './flows/leitbild.mjs';
import { leitbildArtefactsFlow } from './flows/leitbild-artefacts.mjs';
import { opennessFlow } from './flows/openness.mjs';
import { spacesFlow } from './flows/spaces.mjs';
import * as accounts from './pages/accounts.mjs';
import * as files from './pages/files.mjs';
import * as leitbild from './pages/leitbild.mjs';
import * as measures from './pages/measures.mjs';
import * as meetings from './pages/meetings.mjs';
import * as openness from './pages/openness.mjs';
import * as orgs from './pages/orgs.mjs';
import * as series from './pages/series.mjs';
import * as spaces from './pages/spaces.mjs';

const LOCALES = ['de', 'ar'];

// The page groups of each lane, in order, by name; each is called as group(page, locale, ids).
const SIGNED_IN = [
  ['accounts', accounts.signedIn], ['orgs', orgs.signedIn], ['series', series.signedIn],
  ['spaces', spaces.signedIn], ['files', files.signedIn], ['meetings', meetings.signedIn],
  ['leitbild', leitbild.signedIn], ['orgs admin', orgs.otherAdminSections], ['planner', measures.signedIn],
  ['leitbild adoption', leitbild.adoption], ['leitbild dashboard', leitbild.dashboard],
  ['openness', openness.signedIn],
];
const ANONYMOUS = [
  ['accounts', accounts.anonymous], ['series', series.anonymous], ['spaces', spaces.anonymous],
  ['accounts invited', accounts.invitedPerson], ['leitbild participant', leitbild.participant],
  ['leitbild adoption public', leitbild.adoptionPublic], ['openness rater', openness.rater],
];

const ONLY = (process.env.E2E_ONLY || '').split(',').map((w) => w.trim()).filter(Boolean);
const wanted = (name) => ONLY.length === 0 || ONLY.some((w) => name.includes(w));
const chosen = (groups) => groups.filter(([name]) => wanted(name)).map(([, group]) => group);

// Seconds per part of the run, printed before the summary line.
const timings = [];
const started = Date.now();
async function timed(label, fn) {
  const t0 = Date.now();
  try {
    return await fn();
  } finally {
    timings.push(`${label} ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
}

// One lane: for each locale, a browser of its own (signed in by `signIn`) goes
// through the groups.
async function lane(browser, ids, label, signIn, groups) {
  for (const locale of LOCALES) {
    await timed(`pages ${locale} ${label}`, () => withContext(browser, async ({ page }) => {
      await signIn(page);
      await setLanguage(page, locale);
      for (const group of groups) await group(page, locale, ids);
    }));
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  rmSync(ARTEFACTS, { recursive: true, force: true });
  let server;
  let browser;
  const cleanup = async () => {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop().catch(() => {});
  };
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, async () => {
      await cleanup();
      process.exit(130);
    });
  }
  try {
    server = await startServer();
    browser = await launchBrowser(server.base);
    const flow = (label, fn) => (wanted(label) ? timed(label, fn) : undefined);
    const ids = (await flow('flow accounts', () => accountsFlow(browser, server.login))) || {};
    await flow('series flow', () => seriesFlow(browser, server.login, ids));
    await flow('spaces flow', () => spacesFlow(browser, server.login, ids));
    ids.login = server.login;
    await flow('leitbild flow', () => leitbildFlow(browser, server.login, ids));
    await flow('openness flow', () => opennessFlow(browser, server.login, ids));
    await flow('artefacts', () => artefactsFlow(browser, server.login, ids));
    await flow('leitbild artefacts', () => leitbildArtefactsFlow(browser, server.login, ids));
    // Two lanes side by side (the 2-core machine renders one page per core): the
    // admin's pages (de, then ar: the language is stored on the account, so
    // these must not overlap) and the pages without the admin (de, then ar).
    await Promise.all([
      lane(browser, ids, 'signed in', (page) => logIn(page, server.login), chosen(SIGNED_IN)),
      lane(browser, ids, 'anonymous', (page) => goto(page, '/'), chosen(ANONYMOUS)),
    ]);
  } catch (e) {
    fail(`run aborted: ${e && e.stack ? e.stack : e}`);
  } finally {
    await cleanup();
  }
  writeAxeReport();
  writeArtefactIndex();
  console.log(`time: ${timings.join(', ')}; total ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(summary());
  process.exitCode = anyFailed() ? 1 : 0;
}

await main();
