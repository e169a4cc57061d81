-- Signed attendance lists (scans) and certificates with their verification
-- codes. Keep in step with ../postgres/0005_certificates.sql.

CREATE TABLE attendance_scans (
    module_id    INTEGER PRIMARY KEY REFERENCES modules(id) ON DELETE CASCADE,
    filename     TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    data         BLOB NOT NULL,
    uploaded_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    uploaded_at  INTEGER NOT NULL
);

CREATE TABLE certificates (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,       -- printed on the certificate, in its QR code
    registration_id INTEGER NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    series_id       INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    locale          TEXT NOT NULL,
    participant     TEXT NOT NULL,              -- the name as printed
    content         TEXT NOT NULL,              -- JSON: what the certificate shows, as issued
    issued_at       INTEGER NOT NULL,
    issued_by       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    revoked_at      INTEGER,
    revoked_by      INTEGER REFERENCES users(id) ON DELETE SET NULL,
    revoke_reason   TEXT
);
CREATE INDEX certificates_series ON certificates(series_id);
CREATE UNIQUE INDEX certificates_valid ON certificates(registration_id) WHERE revoked_at IS NULL;
