-- The values a pre-check finding speaks of (hours, villages, the duplicate's list number…), as a
-- small JSON object, so that the UI can render the finding in the reader's language.
ALTER TABLE admission_precheck_finding ADD COLUMN params VARCHAR(2000) NULL;
