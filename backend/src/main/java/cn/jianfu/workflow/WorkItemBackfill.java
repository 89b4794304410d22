package cn.jianfu.workflow;

import cn.jianfu.common.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * Fills the inbox's read model from the engine's tables for tasks from before it existed (a
 * database migrated to V42, or tasks written by a bulk import): at every start the open tasks
 * without a row (cheap: the open tasks of a county), once the finished tasks of the history for the
 * done lists. One node at a time on a cluster (a ShedLock lock); every statement only adds what is
 * missing, so a second node, or a start after a crash half-way, does no harm.
 */
@Component
class WorkItemBackfill {

    static final String DONE = "work_done";

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
        var lock = new LockConfiguration(Instant.now(), "work-item-backfill", Duration.ofMinutes(30), Duration.ZERO);
        new DefaultLockingTaskExecutor(locks).executeWithLock((Runnable) this::fill, lock);
    }

    void fill() {
        int open = transaction.execute(s -> {
            int added = mapper.fillOpen();
            mapper.fillGroups();
            return added;
        });
        // a task that ended while it was read above: its row goes (rows of committed tasks only)
        int gone = transaction.execute(s -> {
            int dropped = mapper.dropGone();
            mapper.dropGoneGroups();
            return dropped;
        });
        if (open > 0 || gone > 0) {
            log.info(
                    "inbox read model: {} open task(s) added from the engine, {} row(s) of ended tasks dropped",
                    open,
                    gone);
        }
        if (!mapper.filled(DONE)) {
            int done = transaction.execute(s -> {
                int n = mapper.fillDone();
                mapper.markFilled(DONE, Clock.now());
                return n;
            });
            log.info("inbox read model: {} finished task(s) added from the engine's history", done);
        }
    }
}
