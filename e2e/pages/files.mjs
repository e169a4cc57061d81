// Files of the flow's space, as the demo admin: the file list (upload and new
// folder submitted empty), a file, the trash, the space search.

import { submitButton } from '../lib/browser.mjs';
import { submitInvalid, visit } from '../lib/audit.mjs';

export async function signedIn(page, L, ids) {
  const P = ids.spaces || {};
  if (!P.home) return; // said once by the spaces pages
  await visit(page, L, 'files', P.files);
  await submitInvalid(page, L, 'files-upload-error', P.files, submitButton(P.files));
  await submitInvalid(page, L, 'folder-new-error', P.files, submitButton(`${P.home}/folders`));
  if (P.file) await visit(page, L, 'file', P.file);
  await visit(page, L, 'trash', P.trash);
  await visit(page, L, 'search', P.search);
}
