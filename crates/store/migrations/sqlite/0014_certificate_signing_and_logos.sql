-- Who signs a series' certificates and the funding notice printed on them
-- (issue 11.1; empty: the issuer's name is printed under the signature line,
-- no notice), and an organisation's logo, printed at the top of its
-- certificates and shown on its page. The logo is small (at most 1 MB, PNG or
-- JPEG as checked by decoding it) and kept in the database like attendance
-- scans: one row per organisation, written in the same transaction as its
-- audit entry (which names who uploaded it: the row itself names nobody),
-- backed up with the rest. Keep in step with ../postgres/0014_certificate_signing_and_logos.sql.
ALTER TABLE series ADD COLUMN signatory_name TEXT NOT NULL DEFAULT '';
ALTER TABLE series ADD COLUMN signatory_role TEXT NOT NULL DEFAULT '';
ALTER TABLE series ADD COLUMN funding_notice TEXT NOT NULL DEFAULT '';

CREATE TABLE org_logos (
    org_id       INTEGER PRIMARY KEY REFERENCES orgs(id) ON DELETE CASCADE,
    content_type TEXT NOT NULL,
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    data         BLOB NOT NULL,
    uploaded_at  INTEGER NOT NULL
);
