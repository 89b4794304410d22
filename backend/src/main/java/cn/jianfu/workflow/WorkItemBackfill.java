package cn.jianfu.workflow;

import cn.jianfu.common.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Repairs the inbox's read model from the engine's tables at every start: open tasks without a
 * row, rows of tasks the engine no longer has, and done rows of tasks that ended in the last
 * {@link #LOOKBACK} (tasks moved by a node still running a build from before the read model during
 * a rolling upgrade, written by a bulk import, or of a case an administrator deleted from Cockpit
 * with "skip custom listeners", which the engine's task events to Spring honour). The full fill of a database from before the read
 * model is migration V43. One node at a time on a cluster (a ShedLock lock); every statement only
 * adds what is missing or drops what is gone, so a second node, or a start after a crash half-way,
 * does no harm.
 */
@Component
class WorkItemBackfill {

    static final Duration LOOKBACK = Duration.ofDays(7);

    private static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(WorkItemBackfill.class);

    private final WorkItemMapper mapper;
    private final LockProvider locks;
    private final TransactionTemplate transaction;

    WorkItemBackfill(WorkItemMapper mapper, LockProvider locks, TransactionTemplate transaction) {
        this.mapper = mapper;
        this.locks = locks;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        var lock = new LockConfiguration(Instant.now(), "work-item-backfill", Duration.ofMinutes(10), Duration.ZERO);
        new DefaultLockingTaskExecutor(locks).executeWithLock((Runnable) this::fill, lock);
    }

    /**
     * Rows of tasks the engine no longer has (a task that ended while the fill read it): READ
     * COMMITTED shows committed tasks only, and a row written by a task's listener is committed with
     * its task, so a row whose task is not there now is gone for good.
     */
    private int dropGone() {
        Set<String> rows = new HashSet<>(mapper.openTaskIds());
        rows.removeAll(new HashSet<>(mapper.engineTaskIds()));
        List<String> gone = List.copyOf(rows);
        for (int i = 0; i < gone.size(); i += BATCH) {
            List<String> batch = gone.subList(i, Math.min(gone.size(), i + BATCH));
            transaction.executeWithoutResult(s -> {
                mapper.dropGroupsOf(batch);
                mapper.dropAccessOf(batch);
                mapper.dropItems(batch);
            });
        }
        return gone.size();
    }

    void fill() {
        int open = transaction.execute(s -> {
            int added = mapper.fillOpen();
            mapper.fillGroups();
            mapper.fillAccessOfHeld();
            mapper.fillAccessOfUnclaimed();
            return added;
        });
        int gone = dropGone();
        int done = transaction.execute(s -> {
            int added = mapper.fillDone(Clock.now().minus(LOOKBACK));
            if (added > 0) {
                mapper.clearDoneCounts();
                mapper.recountDone();
            }
            return added;
        });
        if (open > 0 || gone > 0 || done > 0) {
            log.info(
                    "inbox read model repaired: {} open task(s) added, {} row(s) of ended tasks dropped,"
                            + " {} finished task(s) added to the done lists",
                    open,
                    gone,
                    done);
        }
    }
}
