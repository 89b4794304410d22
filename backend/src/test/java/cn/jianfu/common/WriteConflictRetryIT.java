package cn.jianfu.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jianfu.testing.JianfuTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real write conflict on MariaDB: two transactions update two rows in opposite order, so InnoDB
 * kills one of them with error 1213 — the error a Galera cluster gives the loser of a certification
 * conflict between two nodes. With the application's advice chain (retry outside the transaction)
 * both transactions end up done, each exactly once; with the transaction advice alone the loser
 * fails. And the application's own transactional services carry the retry.
 */
@JianfuTest
class WriteConflictRetryIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void probeTable() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS conflict_probe (id BIGINT PRIMARY KEY, n INT NOT NULL)");
        jdbc.update("DELETE FROM conflict_probe");
        jdbc.update("INSERT INTO conflict_probe (id, n) VALUES (1, 0), (2, 0)");
    }

    @AfterEach
    void dropProbe() {
        jdbc.execute("DROP TABLE IF EXISTS conflict_probe");
    }

    @Test
    void theLoserOfADeadlockRunsAgainAndBothWritesAreDoneOnce() throws Exception {
        Probe probe = new Probe(jdbc);
        List<Throwable> failures = crossWrites(proxy(probe, true)::move);
        assertThat(failures).isEmpty();
        assertThat(jdbc.queryForList("SELECT n FROM conflict_probe ORDER BY id", Integer.class))
                .containsExactly(2, 2);
        // two transactions, one of which lost the deadlock once and ran again
        assertThat(probe.attempts.get()).isEqualTo(3);
    }

    @Test
    void withoutTheRetryTheLoserFailsWithTheDeadlock() throws Exception {
        Probe probe = new Probe(jdbc);
        List<Throwable> failures = crossWrites(proxy(probe, false)::move);
        assertThat(failures).hasSize(1);
        assertThat(WriteConflict.deadlock(failures.get(0))).isTrue();
        assertThat(jdbc.queryForList("SELECT n FROM conflict_probe ORDER BY id", Integer.class))
                .containsExactly(1, 1);
    }

    @Test
    void aTransactionRunThroughTheApplicationsTemplateRunsAgainToo() throws Exception {
        TransactionTemplate template = context.getBean(TransactionTemplate.class);
        Probe probe = new Probe(jdbc);
        List<Throwable> failures = crossWrites(
                (first, second, latch) -> template.executeWithoutResult(s -> probe.move(first, second, latch)));
        assertThat(failures).isEmpty();
        assertThat(jdbc.queryForList("SELECT n FROM conflict_probe ORDER BY id", Integer.class))
                .containsExactly(2, 2);
        assertThat(probe.attempts.get()).isEqualTo(3);
    }

    @Test
    void theApplicationsTransactionalServicesAreRetried() {
        Advisor retry = context.getBean("writeConflictRetryAdvisor", Advisor.class);
        Object decisions = context.getBean("decisions");
        assertThat(decisions).isInstanceOf(Advised.class);
        List<Advisor> chain = List.of(((Advised) decisions).getAdvisors());
        assertThat(chain).contains(retry);
        // outside the transaction: each try is a transaction of its own
        assertThat(chain.indexOf(retry))
                .isLessThan(chain.indexOf(context.getBean(
                        "org.springframework.transaction.config.internalTransactionAdvisor", Advisor.class)));
    }

    /** The probe behind the application's advisors: the transaction's, and the retry's when asked. */
    private Probe proxy(Probe probe, boolean withRetry) {
        ProxyFactory factory = new ProxyFactory(probe);
        factory.setProxyTargetClass(true);
        List<Advisor> advisors = new ArrayList<>();
        advisors.add(
                context.getBean("org.springframework.transaction.config.internalTransactionAdvisor", Advisor.class));
        if (withRetry) {
            advisors.add(context.getBean("writeConflictRetryAdvisor", Advisor.class));
        }
        AnnotationAwareOrderComparator.sort(advisors);
        advisors.forEach(factory::addAdvisor);
        return (Probe) factory.getProxy();
    }

    /** Row 1 then 2 in one transaction, row 2 then 1 in the other, both holding their first row. */
    private static List<Throwable> crossWrites(Mover probe) throws Exception {
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = pool.submit(() -> probe.move(1, 2, bothHoldOne));
            Future<?> b = pool.submit(() -> probe.move(2, 1, bothHoldOne));
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> f : List.of(a, b)) {
                try {
                    f.get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }

    interface Mover {
        void move(long first, long second, CountDownLatch bothHoldOne);
    }

    static class Probe {

        final JdbcTemplate jdbc;
        final AtomicInteger attempts = new AtomicInteger();

        Probe(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional
        public void move(long first, long second, CountDownLatch bothHoldOne) {
            attempts.incrementAndGet();
            jdbc.update("UPDATE conflict_probe SET n = n + 1 WHERE id = ?", first);
            bothHoldOne.countDown();
            try {
                bothHoldOne.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            jdbc.update("UPDATE conflict_probe SET n = n + 1 WHERE id = ?", second);
        }
    }
}
