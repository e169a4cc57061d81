// Spaces, as the demo admin: /spaces, the new-space form, and of the flow's
// space its home, edit and members pages, the new-thread form, the thread, the
// post's edit and history pages; every form also submitted empty. Anonymous:
// the invitation link of a person without an account, and an unknown link.

import { submitButton } from '../lib/browser.mjs';
import { submitInvalid, visit } from '../lib/audit.mjs';
import { fail } from '../lib/results.mjs';

export async function signedIn(page, L, ids) {
  const P = ids.spaces || {};
  await visit(page, L, 'spaces', '/spaces');
  await visit(page, L, 'spaces-new', '/spaces/new');
  await submitInvalid(page, L, 'spaces-new-error', '/spaces/new', submitButton('/spaces/new'));
  if (!P.home) {
    fail(`[${L}] spaces: the flow made no space`);
    return;
  }
  await visit(page, L, 'space-home', P.home);
  await visit(page, L, 'space-edit', P.edit);
  await visit(page, L, 'space-members', P.members);
  // the invitation link of someone else, as the signed-in admin sees it
  if (P.invitation) await visit(page, L, 'space-invitation-other', P.invitation);
  await submitInvalid(page, L, 'space-members-error', P.members, submitButton(`${P.members}/org`));
  await visit(page, L, 'thread-new', P.threadNew);
  await submitInvalid(page, L, 'thread-new-error', P.threadNew, submitButton(P.threadNew));
  if (P.thread) {
    await visit(page, L, 'thread', P.thread);
    await submitInvalid(page, L, 'thread-reply-error', P.thread, submitButton(`${P.thread}/reply`));
  }
  if (P.postEdit) await visit(page, L, 'post-edit', P.postEdit);
  if (P.history) await visit(page, L, 'post-history', P.history);
}

// The invitation link of a person without an account, as they see it; and an unknown link (410).
export async function anonymous(page, L, ids) {
  const P = ids.spaces || {};
  if (P.invitation) await visit(page, L, 'space-invitation', P.invitation);
  await visit(page, L, 'space-invitation-unknown', '/spaces/invitations/unknown', { status: 410 });
}
