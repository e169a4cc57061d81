-- Names in one folder are unique by what they look like, not only by their
-- letters: name_key is the name in NFKC, lower case, without zero-width
-- non-joiners (domain::files::name_key), written by the application. Rows
-- from before get lower(name), which they were unique by until now.
ALTER TABLE files ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE folders ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
UPDATE files SET name_key = lower(name);
UPDATE folders SET name_key = lower(name);
DROP INDEX files_name;
CREATE UNIQUE INDEX files_name ON files(space_id, COALESCE(folder_id, 0), name_key)
    WHERE deleted_at IS NULL AND post_id IS NULL AND session_id IS NULL;
DROP INDEX folders_name;
CREATE UNIQUE INDEX folders_name ON folders(space_id, COALESCE(parent_id, 0), name_key);
