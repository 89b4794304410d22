package cn.jianfu.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jianfu.testing.JianfuTest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A cluster lock is a real write of its row: on one MariaDB server a second transaction cannot take
 * it while the first holds it (here it gives up after a one-second lock wait), and takes it once
 * the first committed — and Galera compares exactly such written rows between nodes at commit.
 */
@JianfuTest
class ClusterLocksIT {

    @Autowired
    ClusterLocks locks;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLockIsTakenInsideATransactionOnly() {
        assertThatThrownBy(() -> locks.take("probe", 0)).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void whileOneTransactionHoldsTheLockAnotherCannotTakeItAndCanOnceItCommitted() throws Exception {
        long id = System.nanoTime();
        long before = locks.taken("probe", id);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(s -> {
            locks.take("probe", id);
            held.countDown();
            await(release);
        }));
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        AtomicReference<Throwable> refused = new AtomicReference<>();
        CompletableFuture.runAsync(() -> {
                    try {
                        transactions.executeWithoutResult(s -> {
                            jdbc.execute("SET SESSION innodb_lock_wait_timeout = 1");
                            locks.take("probe", id);
                        });
                    } catch (RuntimeException e) {
                        refused.set(e);
                    }
                })
                .get(30, TimeUnit.SECONDS);
        assertThat(refused.get()).isInstanceOf(PessimisticLockingFailureException.class);
        release.countDown();
        first.get(30, TimeUnit.SECONDS);
        transactions.executeWithoutResult(s -> locks.take("probe", id));
        assertThat(locks.taken("probe", id)).isEqualTo(before + 2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
