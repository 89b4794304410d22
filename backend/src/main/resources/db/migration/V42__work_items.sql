-- The inbox's read model. The engine's task query, with candidate groups OR'd with the assignee,
-- joins its runtime tables on every request and grows with every open task of the county; these
-- narrow tables are shaped for the inbox's lists instead. They are written by the engine's task
-- events in the engine's own transaction (cn.jianfu.workflow.WorkItems); V43 fills them from the
-- engine's tables for the tasks of a database from before them.
-- Only ids, keys, dates and user names: no free text.

-- One row per open user task.
CREATE TABLE work_item (
    task_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64)  NOT NULL,
    process_key         VARCHAR(255) NOT NULL,
    task_key            VARCHAR(255) NOT NULL,
    task_name           VARCHAR(255),
    business_key        VARCHAR(255),
    unit_id             BIGINT,
    created_at          DATETIME(3)  NOT NULL,
    due_at              DATETIME(3),
    assignee            VARCHAR(255),
    group_task          BOOLEAN      NOT NULL
);

-- in the lists' order (newest first, then task id), so a page is read off the index
CREATE INDEX ix_work_item_assignee ON work_item (assignee, created_at DESC, task_id);
CREATE INDEX ix_work_item_due ON work_item (due_at);
CREATE INDEX ix_work_item_created ON work_item (created_at);
CREATE INDEX ix_work_item_process ON work_item (process_instance_id);

-- The candidate groups (role and organisation codes) of each open task: who may claim it.
CREATE TABLE work_item_group (
    group_id VARCHAR(255) NOT NULL,
    task_id  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (group_id, task_id)
);

CREATE INDEX ix_work_item_group_task ON work_item_group (task_id);

-- Who has each open task in their inbox (待办), one row per principal: the assignee ('u:' and the
-- user name) while someone holds the task, else each candidate group ('g:' and the code). A user's
-- inbox is then one index range per principal of theirs, whatever the county's other open tasks,
-- with the columns the inbox filters and sorts by, so a page and its count need no join.
CREATE TABLE work_item_access (
    principal   VARCHAR(255) NOT NULL,
    task_id     VARCHAR(64)  NOT NULL,
    process_key VARCHAR(255) NOT NULL,
    task_key    VARCHAR(255) NOT NULL,
    unit_id     BIGINT,
    created_at  DATETIME(3)  NOT NULL,
    due_at      DATETIME(3),
    PRIMARY KEY (principal, task_id)
);

CREATE INDEX ix_work_item_access_created ON work_item_access (principal, created_at DESC, task_id);
CREATE INDEX ix_work_item_access_task ON work_item_access (task_id);

-- One row per user task that ended while someone held it (completed, or cancelled in their hands):
-- the done list (已办) of that person.
CREATE TABLE work_done (
    task_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64)  NOT NULL,
    process_key         VARCHAR(255) NOT NULL,
    task_key            VARCHAR(255) NOT NULL,
    task_name           VARCHAR(255),
    business_key        VARCHAR(255),
    unit_id             BIGINT,
    started_at          DATETIME(3)  NOT NULL,
    ended_at            DATETIME(3)  NOT NULL,
    assignee            VARCHAR(255) NOT NULL
);

CREATE INDEX ix_work_done_assignee ON work_done (assignee, started_at DESC, task_id);

-- How many rows of work_done each person has: the done tab's count without a filter (the one every
-- inbox page shows) reads one row, not every task the person ever ended.
CREATE TABLE work_done_count (
    assignee VARCHAR(255) NOT NULL PRIMARY KEY,
    done     BIGINT       NOT NULL
);

-- The applications overview (GET /api/admission/applications) lists newest changes first: read in
-- that order off an index instead of sorting every application of the county on each page.
CREATE INDEX ix_admission_application_updated ON admission_application (updated_at, id);

-- The supervision dashboard's step figures and the overview's step filters find an application by
-- its process instance (from the engine's task tables).
CREATE INDEX ix_admission_application_process ON admission_application (process_instance_id);
