// The openness self-assessment, as the demo admin (a platform admin): the demo
// city's overview (its new-wave form also sent with a threshold of 2), the
// running demo wave's page (the group form sent empty, a raters form with a line
// that is no address) and the flow's ended wave's page, the results of an ended
// demo wave (with the trend), of the running wave (no figures yet), of the
// flow's wave and of its second wave (a group below the threshold); the
// indicator sets, the default set, and of the flow's copy of it its page, an
// indicator's form (sent with a level left empty) and the new-indicator form
// (sent empty); the demo admin's own answer page in the running wave. Without
// an account: the demo rater link's page (the first dimension, also sent with a
// note but no choice) and its overview before submitting (?d=overview).

import { submitButton } from '../lib/browser.mjs';
import { submitInvalid, visit } from '../lib/audit.mjs';
import { fail } from '../lib/results.mjs';

export async function signedIn(page, L, ids) {
  const O = ids.openness || {};
  if (!O.overview) {
    fail(`[${L}] openness: the flow found no demo city`);
    return;
  }
  await visit(page, L, 'openness', O.overview);
  await submitInvalid(page, L, 'openness-new-error', O.overview, submitButton(O.overview), {
    fill: async (page) => {
      await page.fill('#f-title', 'Zu kleine Schwelle');
      await page.fill('#f-threshold', '2');
    },
  });
  if (O.running) {
    await visit(page, L, 'openness-wave', O.running);
    await submitInvalid(page, L, 'openness-group-error', O.running, submitButton(`${O.running}/groups`));
    await submitInvalid(page, L, 'openness-raters-error', O.running,
      'main details form[action$="/raters"] button[type="submit"] >> nth=0', {
        fill: async (page) => {
          await page.click('main details > summary >> nth=0');
          await page.fill('main details textarea[name="lines"] >> nth=0', 'Jana Beispiel, keine-adresse@');
        },
      });
    await visit(page, L, 'openness-results-running', `${O.running}/results`);
    await visit(page, L, 'openness-answer-account', `${O.running}/answer`);
  }
  if (O.wave) {
    await visit(page, L, 'openness-wave-ended', O.wave);
    await visit(page, L, 'openness-results-flow', `${O.wave}/results`);
  }
  if (O.smallWave) await visit(page, L, 'openness-results-below', `${O.smallWave}/results`);
  if (O.ended) await visit(page, L, 'openness-results-trend', `${O.ended}/results`);
  await visit(page, L, 'openness-sets', '/openness/sets');
  if (O.defaultSet) await visit(page, L, 'openness-set-default', O.defaultSet);
  if (!O.copy) {
    fail(`[${L}] openness: the flow made no copy of the default set`);
    return;
  }
  await visit(page, L, 'openness-set-copy', O.copy);
  if (O.copyIndicator) {
    await visit(page, L, 'openness-indicator', O.copyIndicator);
    // (the language switch above it is a form to the same address, sent with GET)
    await submitInvalid(page, L, 'openness-indicator-error', O.copyIndicator, `main form[method="post"][action="${O.copyIndicator}"] button[type="submit"]`, {
      fill: (page) => page.fill('#f-level1', ''),
    });
  }
  if (O.copyNew) {
    await visit(page, L, 'openness-indicator-new', O.copyNew);
    const action = O.copyNew.replace(/\/new$/, '/indicators');
    await submitInvalid(page, L, 'openness-indicator-new-error', O.copyNew, submitButton(action));
  }
}

// The demo wave's rater link, without an account.
export async function rater(page, L, ids) {
  const link = ids.login && ids.login.rate;
  if (!link) {
    fail(`[${L}] openness: the demo server printed no self-assessment link`);
    return;
  }
  await visit(page, L, 'openness-rate', link);
  await submitInvalid(page, L, 'openness-rate-error', link, 'main form.openness-answer button[value="next"]', {
    fill: (page) => page.fill('main form.openness-answer textarea >> nth=0', 'Eine Anmerkung ohne Antwort.'),
  });
  await visit(page, L, 'openness-rate-overview', `${link}?d=overview`);
}
