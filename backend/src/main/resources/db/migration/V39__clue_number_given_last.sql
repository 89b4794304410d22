-- A clue's running number is now given as the last step of its intake, so the year's counter row
-- stays locked only from then to the commit instead of for the whole submission (process start
-- included). Until that step, inside the submitting transaction, the row has no number yet; no
-- committed row is ever without one.
ALTER TABLE clue MODIFY clue_no VARCHAR(20) NULL;

-- Query codes are now kept as a keyed HMAC ("hmac1:" + 32 hex characters) instead of BCrypt; old
-- BCrypt hashes stay valid and are replaced on their next successful lookup. The column is wide
-- enough for both.
