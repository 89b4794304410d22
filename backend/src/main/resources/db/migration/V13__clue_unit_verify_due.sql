-- The time limit of each assigned unit's verification (联合核查), copied from the step's due date when
-- the step is created, so that the response rate (响应率) is a plain comparison in SQL. Assignments
-- made before this column existed have no recorded limit and are left out of the response figures.
ALTER TABLE clue_unit ADD COLUMN verify_due_at DATETIME(3) NULL;
