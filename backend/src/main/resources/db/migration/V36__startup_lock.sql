-- One row per start-up task that only one node may do at a time: the node that loads the demo data
-- holds its row (SELECT ... FOR UPDATE) until it has committed, so two nodes started together on an
-- empty database load it once, and the second finds it there.
CREATE TABLE startup_lock (
    name VARCHAR(40) NOT NULL PRIMARY KEY
);

INSERT INTO startup_lock (name) VALUES ('demo-data');
