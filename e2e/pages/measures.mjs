// The annual planner (Jahresplaner) of the demo data's completed process
// (/leitbild/1/planner), as the demo admin, who is on its team: the list
// (plain, filtered by status, and a filter nothing matches), the new-measure
// form (also submitted empty), a measure's edit form (submitted without its
// owner) and status form ("done" without a note of evidence), the removal's
// confirmation page; the wall calendar PDF rendered to PNG in each language.

import { goto, hrefs, submitButton } from '../lib/browser.mjs';
import { submitAndAudit, submitInvalid, visit } from '../lib/audit.mjs';
import { pdfArtefact } from '../lib/artefacts.mjs';
import { check, fail, step } from '../lib/results.mjs';

const PLANNER = '/leitbild/1/planner';

export async function signedIn(page, L) {
  await visit(page, L, 'planner', PLANNER);
  await visit(page, L, 'planner-done', `${PLANNER}?status=done`);
  await visit(page, L, 'planner-nothing', `${PLANNER}?status=done&owner=Niemand`);
  await visit(page, L, 'planner-new', `${PLANNER}/new`);
  await submitInvalid(page, L, 'planner-new-error', `${PLANNER}/new`, submitButton(`${PLANNER}/new`));
  const edits = await step(`[${L}] planner: its measures`, async () => {
    await goto(page, PLANNER);
    return hrefs(page, 'main .measure__actions a[href$="/edit"]');
  });
  if (!edits || edits.length === 0) {
    fail(`[${L}] planner: the demo planner shows no measure to edit`);
    return;
  }
  const edit = edits[0];
  const status = edit.replace(/\/edit$/, '/status');
  const remove = edit.replace(/\/edit$/, '/remove');
  await visit(page, L, 'planner-edit', edit);
  await submitInvalid(page, L, 'planner-edit-error', edit, submitButton(edit), {
    fill: (page) => page.fill('#f-owner_name', ''),
  });
  await visit(page, L, 'planner-status', status);
  await submitInvalid(page, L, 'planner-status-error', status, submitButton(status), {
    fill: async (page) => {
      await page.selectOption('#f-status', 'done');
      await page.fill('#f-evidence', '');
    },
  });
  // removing asks on a page of its own first (nothing is removed here)
  await submitAndAudit(page, L, 'planner-remove-ask', PLANNER, `main form[action="${remove}"] button`);
  const pages = await pdfArtefact(page, `planner-${L}`, `${PLANNER}/calendar.pdf`);
  check(pages === 1, `[${L}] planner: the demo wall calendar takes ${pages} pages, not one`);
}
