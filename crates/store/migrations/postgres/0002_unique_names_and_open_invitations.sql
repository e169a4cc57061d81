-- Uniqueness the database enforces, so that two nodes racing (a double
-- submit) cannot create twins: organisation names (compared without case)
-- and one open invitation per e-mail address and organisation.
DROP INDEX orgs_name_search;
CREATE UNIQUE INDEX orgs_name_search_unique ON orgs(name_search);
CREATE UNIQUE INDEX invitations_open_unique ON invitations(email, COALESCE(org_id, 0)) WHERE used_at IS NULL;
