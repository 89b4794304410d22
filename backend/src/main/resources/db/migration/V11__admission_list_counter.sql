-- The running number of the admission list per year (ZR-2026-001), taken under a row lock so that
-- two approvals at the same moment never share a number (it used to be COUNT(*) + 1).
CREATE TABLE admission_list_counter (
    counter_year INT NOT NULL PRIMARY KEY,
    last_no      INT NOT NULL
);
