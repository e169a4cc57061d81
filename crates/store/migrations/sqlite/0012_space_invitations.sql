-- Joining a space is an invitation the person (or, for an organisation, its
-- admins) accepts or declines; until then nobody is a member and no name is
-- shown. Exactly one of email and org_id is set. A person's invitation has
-- a personal link (only its token's hash is kept). Keep in step with
-- ../postgres/0012_space_invitations.sql.
CREATE TABLE space_invitations (
    id          INTEGER PRIMARY KEY,
    space_id    INTEGER NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    email       TEXT,                        -- a person: the address the admin typed, normalised
    org_id      INTEGER REFERENCES orgs(id) ON DELETE CASCADE,
    role        TEXT NOT NULL,               -- admin | member | reader: the role offered
    invited_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    token_hash  TEXT,                        -- a person's link /spaces/invitations/{token}
    state       TEXT NOT NULL,               -- pending | accepted | declined | revoked | expired
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    answered_at INTEGER,                     -- accepted, declined or revoked then
    CHECK ((email IS NULL) <> (org_id IS NULL))
);
CREATE UNIQUE INDEX space_invitations_token ON space_invitations(token_hash) WHERE token_hash IS NOT NULL;
CREATE UNIQUE INDEX space_invitations_pending_email ON space_invitations(space_id, email)
    WHERE state = 'pending' AND email IS NOT NULL;
CREATE UNIQUE INDEX space_invitations_pending_org ON space_invitations(space_id, org_id)
    WHERE state = 'pending' AND org_id IS NOT NULL;
CREATE INDEX space_invitations_space ON space_invitations(space_id, created_at);
CREATE INDEX space_invitations_email ON space_invitations(email);
CREATE INDEX space_invitations_org ON space_invitations(org_id);
