-- Files of a space: folders, files with all their versions (the bytes live
-- in the file store under `object_key`), a trash kept for 30 days, and the
-- full-text index of threads, posts and file names.
-- Keep in step with ../postgres/0009_files.sql.

CREATE TABLE folders (
    id         INTEGER PRIMARY KEY,
    space_id   INTEGER NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    parent_id  INTEGER REFERENCES folders(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX folders_name ON folders(space_id, COALESCE(parent_id, 0), lower(name));

-- A file in a folder (folder_id NULL: the space's top level), or attached
-- to a post (post_id set; not in the folder tree).
CREATE TABLE files (
    id          INTEGER PRIMARY KEY,
    space_id    INTEGER NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    folder_id   INTEGER REFERENCES folders(id) ON DELETE CASCADE,
    post_id     INTEGER REFERENCES posts(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,   -- the current version's number
    created_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted_at  INTEGER,                      -- in the trash since
    deleted_by  INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX files_name ON files(space_id, COALESCE(folder_id, 0), lower(name))
    WHERE deleted_at IS NULL AND post_id IS NULL;
CREATE INDEX files_folder ON files(space_id, folder_id);
CREATE INDEX files_post ON files(post_id) WHERE post_id IS NOT NULL;
CREATE INDEX files_trash ON files(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE file_versions (
    id           INTEGER PRIMARY KEY,
    file_id      INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    space_id     INTEGER NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    version      INTEGER NOT NULL,
    object_key   TEXT NOT NULL UNIQUE,
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    content_type TEXT NOT NULL,
    uploaded_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at   INTEGER NOT NULL,
    UNIQUE (file_id, version)
);
CREATE INDEX file_versions_space ON file_versions(space_id);

-- "New since your last visit" counts new files too.
ALTER TABLE space_visits ADD COLUMN last_file_id INTEGER NOT NULL DEFAULT 0;

-- Full-text index: one row per thread title, post and file name. The rowid
-- is the object's id times 4 plus its kind (1 thread, 2 post, 3 file);
-- `space` holds "s" and the space's id, so a search stays in its space.
CREATE VIRTUAL TABLE search_fts USING fts5(
    space, title, body,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search_fts(rowid, space, title, body)
    SELECT id * 4 + 1, 's' || space_id, title, '' FROM threads;
INSERT INTO search_fts(rowid, space, title, body)
    SELECT id * 4 + 2, 's' || space_id, '', body FROM posts;
