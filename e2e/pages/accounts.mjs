// Pages of accounts and the public pages: home, log in, password reset,
// invitations, the legal pages, the barrier report, not found; as the admin the
// home and profile pages.

import { logIn, setLanguage, submitButton } from '../lib/browser.mjs';
import { submitAndAudit, submitInvalid, visit } from '../lib/audit.mjs';
import { EXISTING_EMAIL } from '../lib/demo.mjs';
import { fail } from '../lib/results.mjs';

export async function anonymous(page, L, ids) {
  await visit(page, L, 'home-anonymous', '/');
  await visit(page, L, 'login', '/login');
  await submitInvalid(page, L, 'login-error', '/login', submitButton('/login'));
  await visit(page, L, 'password-forgot', '/password/forgot');
  await submitInvalid(page, L, 'password-forgot-error', '/password/forgot', submitButton('/password/forgot'));
  await submitAndAudit(page, L, 'password-forgot-sent', '/password/forgot', submitButton('/password/forgot'), {
    fill: (p) => p.fill('main #f-email', `nobody.${L}@example.org`),
  });
  if (ids.resetToken) {
    const path = `/password/reset/${ids.resetToken}`;
    await visit(page, L, 'password-reset', path);
    await submitInvalid(page, L, 'password-reset-error', path, 'main form button[type="submit"]');
  } else fail(`[${L}] password-reset: no reset token`);
  if (ids.invitationToken) {
    const path = `/invitations/${ids.invitationToken}`;
    await visit(page, L, 'invitation', path);
    await submitInvalid(page, L, 'invitation-error', path, 'main form button[type="submit"]');
  } else fail(`[${L}] invitation: no invitation token`);
  await visit(page, L, 'invitation-unknown', '/invitations/unknown', { status: 410 });
  if (ids.usedInvitationToken) {
    await visit(page, L, 'invitation-used', `/invitations/${ids.usedInvitationToken}`, { status: 410 });
  }
  if (ids.existingInvitationToken) {
    await visit(page, L, 'invitation-sign-in', `/invitations/${ids.existingInvitationToken}`);
  } else fail(`[${L}] invitation-sign-in: no invitation token for an existing account`);
  await visit(page, L, 'imprint', '/imprint');
  await visit(page, L, 'privacy', '/privacy');
  await visit(page, L, 'accessibility', '/accessibility');
  await visit(page, L, 'barrier-report', '/barrier-report');
  await submitInvalid(page, L, 'barrier-report-error', '/barrier-report', submitButton('/barrier-report'));
  await visit(page, L, 'not-found', '/no-such-page', { status: 404 });
}

// The invited demo person, signed in, sees the one-button acceptance. This
// signs the lane's browser in: it comes last in the anonymous lane.
export async function invitedPerson(page, L, ids) {
  if (ids.existingInvitationToken && ids.password) {
    await logIn(page, { email: EXISTING_EMAIL, password: ids.password });
    await setLanguage(page, L);
    await visit(page, L, 'invitation-join', `/invitations/${ids.existingInvitationToken}`);
  }
}

export async function signedIn(page, L) {
  await visit(page, L, 'home-signed-in', '/');
  await visit(page, L, 'profile', '/profile');
  await visit(page, L, 'profile-password', '/profile/password');
  await visit(page, L, 'profile-delete', '/profile/delete');
}
