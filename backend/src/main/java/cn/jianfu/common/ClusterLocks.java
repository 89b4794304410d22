package cn.jianfu.common;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lock that holds across the nodes of a Galera cluster, for a check-then-write that must not
 * interleave with another (two administrators disabling each other, two phrases saved at once, a
 * feedback while the round closes). {@code SELECT ... FOR UPDATE} keeps such transactions apart on
 * one database server but not on Galera, where a lock holds only on its own node and only rows
 * written are compared at commit. {@link #take} writes the lock's row of {@code cluster_lock}: on
 * one server the second transaction waits for the first, as with {@code FOR UPDATE}; on Galera the
 * two conflict at commit, and the loser is run again ({@link WriteConflictRetry}) and sees what
 * the winner wrote. Call it inside the transaction, before the check.
 */
@Component
public class ClusterLocks {

    private final ClusterLockMapper locks;

    ClusterLocks(ClusterLockMapper locks) {
        this.locks = locks;
    }

    /** Takes the lock {@code kind:id} until the current transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void take(String kind, Object id) {
        locks.take(kind + ":" + id);
    }

    /** How often the lock {@code kind:id} was taken (for tests). */
    long taken(String kind, Object id) {
        return locks.taken(kind + ":" + id);
    }
}
