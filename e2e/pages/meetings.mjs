// Meetings of the flow's space, as the demo admin: the list, the new-meeting
// form (also empty), the meeting and its edit page, the topic form (empty), the
// new-session form, a session and its edit page.

import { submitButton } from '../lib/browser.mjs';
import { submitInvalid, visit } from '../lib/audit.mjs';

export async function signedIn(page, L, ids) {
  const P = ids.spaces || {};
  if (!P.home) return; // said once by the spaces pages
  await visit(page, L, 'meetings', P.meetings);
  await visit(page, L, 'meeting-new', P.meetingNew);
  await submitInvalid(page, L, 'meeting-new-error', P.meetingNew, submitButton(P.meetingNew));
  if (P.meeting) {
    await visit(page, L, 'meeting', P.meeting);
    await visit(page, L, 'meeting-edit', `${P.meeting}/edit`);
    await submitInvalid(page, L, 'meeting-topic-error', P.meeting, submitButton(`${P.meeting}/topics`));
    await visit(page, L, 'session-new', `${P.meeting}/sessions/new`);
  }
  if (P.session) {
    await visit(page, L, 'session', P.session);
    await visit(page, L, 'session-edit', `${P.session}/edit`);
  }
}
