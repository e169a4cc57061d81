-- Where a measure came from: '' when it was written in the planner, or
-- 'openness:{wave}:{indicator code}' when a weak indicator of a
-- self-assessment wave was proposed as a measure (so it is proposed once).
-- Keep in step with ../postgres/0022_measure_sources.sql.

ALTER TABLE measures ADD COLUMN source TEXT NOT NULL DEFAULT '';
