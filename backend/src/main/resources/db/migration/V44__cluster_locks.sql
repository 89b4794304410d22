-- Locks that hold across the nodes of a Galera cluster. SELECT ... FOR UPDATE locks a row on the
-- database node where the transaction runs only; a transaction on another node neither waits for
-- it nor conflicts with it unless both write the same row. A check-then-write guarded by such a
-- lock (the last enabled administrator, at most 30 saved phrases, no feedback once a review's round
-- is over) therefore also writes its lock's row here (common/ClusterLocks): on one server that
-- waits like FOR UPDATE, on Galera two such transactions on two nodes conflict at commit and the
-- loser runs again (common/WriteConflictRetry), now seeing what the winner wrote.
CREATE TABLE cluster_lock (
    name   VARCHAR(100) NOT NULL PRIMARY KEY,
    taken  BIGINT       NOT NULL
);
