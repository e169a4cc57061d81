-- Deleting a person leaves anonymous rows behind so figures keep adding up
-- (issue 10.5): forgotten_at marks a registration or a speaker entry whose
-- person is gone (name, address and affiliation are cleared). A certificate
-- of a forgotten person keeps no name, only participant_hash: a salted hash
-- of the name as printed, so the verification page can confirm a name a
-- visitor types from the paper. Keep in step with ../postgres/0013_forgotten_people.sql.
ALTER TABLE registrations ADD COLUMN forgotten_at INTEGER;
ALTER TABLE speakers ADD COLUMN forgotten_at INTEGER;
ALTER TABLE certificates ADD COLUMN participant_hash TEXT;
