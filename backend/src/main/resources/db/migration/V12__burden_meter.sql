-- The burden meter (基层承载力): every admitted item keeps where it applies and what it costs a
-- village, so the load on each village can be summed by the database (the tables take the database's
-- utf8mb4 default, set by V9); villages may carry their own
-- capacity, and the county-wide one is a setting the office can change.

-- Where an item applies: ALL villages, or SELECTED ones (the chosen townships' villages and the chosen
-- villages, rows of admission_item_target), and its hours per village per month. They were read from
-- the admitted application; the item keeps its own from now on (a changed item will be a new version).
ALTER TABLE admission_item ADD COLUMN target_scope VARCHAR(20) NULL;
ALTER TABLE admission_item ADD COLUMN workload_hours_per_month DECIMAL(5,1) NULL;

UPDATE admission_item
   SET target_scope = (SELECT a.target_scope FROM admission_application a WHERE a.id = admission_item.application_id),
       workload_hours_per_month =
           (SELECT a.workload_hours_per_month FROM admission_application a WHERE a.id = admission_item.application_id)
 WHERE application_id IS NOT NULL;

CREATE TABLE admission_item_target (
    item_id BIGINT NOT NULL,
    org_id  BIGINT NOT NULL,
    PRIMARY KEY (item_id, org_id),
    CONSTRAINT fk_admission_item_target_item FOREIGN KEY (item_id) REFERENCES admission_item (id),
    CONSTRAINT fk_admission_item_target_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_admission_item_target_org ON admission_item_target (org_id);

INSERT INTO admission_item_target (item_id, org_id)
SELECT i.id, o.org_id
  FROM admission_item i
  JOIN admission_application_org o ON o.application_id = i.application_id AND o.relation = 'TOWNSHIP'
 WHERE i.target_scope = 'SELECTED';

CREATE INDEX ix_admission_item_validity ON admission_item (effective_date, expiry_date);

-- A village's own capacity in hours per month; NULL means the county-wide one.
ALTER TABLE org_unit ADD COLUMN capacity_hours_per_month DECIMAL(6,1) NULL;

-- County-wide settings the office can change at run time (the same on every node).
CREATE TABLE county_setting (
    setting_name  VARCHAR(60)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(200) NOT NULL,
    updated_at    DATETIME(3)  NOT NULL
);

-- Hours per month a village can carry when it has no capacity of its own (about three-quarters of one
-- full-time cadre's month); the office changes it on the burden page.
INSERT INTO county_setting (setting_name, setting_value, updated_at)
VALUES ('burden.capacity-hours-per-month', '120', CURRENT_TIMESTAMP(3));
