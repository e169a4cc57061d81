// Organisations and the admin section, as the demo admin.

import { clickAndWait, goto, hrefs, submitButton } from '../lib/browser.mjs';
import { audit, submitInvalid, visit, visitLinkedPages } from '../lib/audit.mjs';
import { fail, step } from '../lib/results.mjs';

const ADMIN_SECTIONS = ['/admin/users', '/admin/orgs/new', '/admin/audit', '/admin/outbox',
  '/admin/barrier-reports', '/admin/texts'];

export async function signedIn(page, L, ids) {
  await visit(page, L, 'orgs', '/orgs');
  await visit(page, L, 'orgs-filtered', '/orgs?q=x&kind=&region=DE-ST');
  if (ids.orgPath) await visit(page, L, 'org', ids.orgPath);
  else fail(`[${L}] org: no org link found`);
  if (ids.orgMembersPath) await visit(page, L, 'org-members', ids.orgMembersPath);
  else fail(`[${L}] org-members: no members link on ${ids.orgPath}`);
  if (ids.orgEditPath) {
    await visit(page, L, 'org-edit', ids.orgEditPath);
    // the logo form without a file: the message beside the field
    await submitInvalid(page, L, 'org-logo-error', ids.orgEditPath,
      'main form[action$="/logo"] button[type="submit"]');
  } else fail(`[${L}] org-edit: no edit link on ${ids.orgPath}`);
  if (ids.membersPath) {
    await submitInvalid(page, L, 'org-members-invite-error', ids.membersPath,
      'main form[action$="/members/invite"] button[type="submit"]');
  }
  await visit(page, L, 'admin-users', '/admin/users');
  await visit(page, L, 'admin-org-new', '/admin/orgs/new');
  await submitInvalid(page, L, 'admin-org-new-error', '/admin/orgs/new', submitButton('/admin/orgs/new'));
  await visit(page, L, 'admin-audit', '/admin/audit');
  await visit(page, L, 'admin-outbox', '/admin/outbox');
  await step(`[${L}] admin-outbox-mail`, async () => {
    await goto(page, '/admin/outbox');
    const first = (await hrefs(page, 'main table a[href^="/admin/outbox/"]'))[0];
    if (!first) throw new Error('no mail link in /admin/outbox');
    const res = await clickAndWait(page, `main table a[href="${first}"]`);
    await audit(page, L, 'admin-outbox-mail', { res });
  });
  await visit(page, L, 'admin-barrier-reports', '/admin/barrier-reports');
  await visit(page, L, 'admin-texts', '/admin/texts');
  if (ids.imprintTextPath) await visit(page, L, 'admin-text-imprint', ids.imprintTextPath);
}

// Any other admin section the side navigation links to (comes last in the admin's lane).
export async function otherAdminSections(page, L) {
  await visitLinkedPages(page, L, {
    label: 'admin side navigation',
    from: '/admin/users',
    selector: 'nav.side-nav a[href^="/admin/"]',
    skip: (href) => ADMIN_SECTIONS.includes(href),
  });
}
