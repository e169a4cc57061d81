// Files of the flow's space, as the demo admin: the file list (upload and new
// folder submitted empty), a file and the confirmation its trash button asks for, the trash,
// the space search.

import { submitButton } from '../lib/browser.mjs';
import { submitAndAudit, submitInvalid, visit } from '../lib/audit.mjs';

export async function signedIn(page, L, ids) {
  const P = ids.spaces || {};
  if (!P.home) return; // said once by the spaces pages
  await visit(page, L, 'files', P.files);
  await submitInvalid(page, L, 'files-upload-error', P.files, submitButton(P.files));
  await submitInvalid(page, L, 'folder-new-error', P.files, submitButton(`${P.home}/folders`));
  if (P.file) {
    await visit(page, L, 'file', P.file);
    // trashing asks first, on a page of its own (nothing changes until confirmed)
    await submitAndAudit(page, L, 'file-trash-confirm', P.file, submitButton(`${P.file}/trash`));
  }
  await visit(page, L, 'trash', P.trash);
  await visit(page, L, 'search', P.search);
}
