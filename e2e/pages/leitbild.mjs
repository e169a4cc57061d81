// Leitbild processes, as the demo admin: the list, the start form, and of the
// flow's process its overview, edit form, setup page, a department, the text,
// its form and a version with its comparison; the forms also submitted with
// mistakes. And the demo data's process, which has many departments and people.

import { submitButton } from '../lib/browser.mjs';
import { submitAndAudit, submitInvalid, visit } from '../lib/audit.mjs';
import { fail } from '../lib/results.mjs';

export async function signedIn(page, L, ids) {
  const P = ids.leitbild || {};
  await visit(page, L, 'leitbild', '/leitbild');
  if (!P.overview) {
    fail(`[${L}] leitbild: the flow made no process`);
    return;
  }
  await visit(page, L, 'leitbild-new', P.new);
  await submitInvalid(page, L, 'leitbild-new-error', P.new, submitButton(P.new));
  await visit(page, L, 'leitbild-overview', P.overview);
  await visit(page, L, 'leitbild-edit', P.edit);
  await submitInvalid(page, L, 'leitbild-edit-error', P.edit, submitButton(P.edit), {
    fill: (page) => page.fill('#f-title', ''),
  });
  await visit(page, L, 'leitbild-setup', P.setup);
  await submitInvalid(page, L, 'leitbild-setup-error', P.setup, submitButton(`${P.overview}/departments`), {
    fill: (page) => page.fill('#f-dep_headcount', '0'),
  });
  if (P.department) await visit(page, L, 'leitbild-department', P.department);
  await visit(page, L, 'leitbild-draft', P.draft);
  await visit(page, L, 'leitbild-draft-edit', P.draftEdit);
  await submitInvalid(page, L, 'leitbild-draft-edit-error', P.draftEdit, submitButton(P.draftEdit), {
    fill: (page) => page.fill('#f-slogan', ''),
  });
  if (P.version) await visit(page, L, 'leitbild-version', P.version);
  await visit(page, L, 'leitbild-demo-overview', '/leitbild/1');
  await visit(page, L, 'leitbild-demo-setup', '/leitbild/1/setup');
}

// The adoption of the demo process (adopted, published for everyone, translated into
// English – outdated – and Arabic), as the demo admin on its team: the team's page (its
// offer form also sent with a version that does not exist), the confirmation of
// withdrawing the publication, a translation form (also sent empty), an outdated one,
// the adopted text inside ikoe in German and in Arabic.
export async function adoption(page, L) {
  const P = '/leitbild/1';
  await visit(page, L, 'leitbild-adoption', `${P}/adoption`);
  await submitInvalid(page, L, 'leitbild-adoption-error', `${P}/adoption`, submitButton(`${P}/adoption/offer`), {
    fill: (page) => page.evaluate(() => {
      const select = document.querySelector('#f-number');
      select.options[0].value = '999';
      select.selectedIndex = 0;
    }),
  });
  await submitAndAudit(page, L, 'leitbild-publication-withdraw', `${P}/adoption`, submitButton(`${P}/publication/withdraw`));
  await visit(page, L, 'leitbild-translation-new', `${P}/translations/fa`);
  await submitInvalid(page, L, 'leitbild-translation-error', `${P}/translations/fa`, submitButton(`${P}/translations/fa`));
  await visit(page, L, 'leitbild-translation-outdated', `${P}/translations/en`);
  await visit(page, L, 'leitbild-text', `${P}/text`);
  await visit(page, L, 'leitbild-text-ar', `${P}/text?lang=ar`);
}

// Without an account: the public page of the demo process (its interface in the language
// of the text: German, or Arabic right to left), and the sign-off page of a link nobody
// has (404, a page of its own). The sign-off page of a valid leader's link needs a
// personal link, which the demo data does not print; the integration tests cover it.
export async function adoptionPublic(page, L) {
  await visit(page, L, 'leitbild-public', L === 'ar' ? '/l/1?lang=ar' : '/l/1');
  await visit(page, L, 'leitbild-signoff-unknown', '/mitmachen/no-such-link/freigabe', { status: 404 });
}
