package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locking an application locks that application only: its applicant's user row stays free, so the
 * department's other applications are not queued behind it (a lock over the join with app_user did).
 */
@JianfuTest
class ApplicationLockIT {

    @Autowired
    ApplicationMapper applications;

    @Autowired
    TestCounty counties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    private long application(County c) {
        ApplicationRow r = new ApplicationRow();
        r.itemName = "锁测试𠀀" + c.suffix();
        r.category = ItemCategory.NEW;
        r.workloadHoursPerMonth = new BigDecimal("1");
        r.status = ApplicationStatus.DRAFT;
        r.applicantUserId = c.applicantA().id();
        r.applicantOrgId = c.deptA().id();
        r.createdAt = LocalDateTime.now().withNano(0);
        r.updatedAt = r.createdAt;
        applications.insert(r);
        return r.id;
    }

    /** Whether another transaction could lock the row right now (NOWAIT: refused instead of waiting). */
    private boolean lockableElsewhere(String table, long id) throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            return other.submit(() -> {
                        try {
                            return tx.execute(s -> jdbc.queryForObject(
                                            "SELECT id FROM " + table + " WHERE id = ? FOR UPDATE NOWAIT",
                                            Long.class,
                                            id))
                                    == id;
                        } catch (DataAccessException locked) {
                            return false;
                        }
                    })
                    .get(30, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void lockingAnApplicationLeavesItsApplicantFree() throws Exception {
        County c = counties.create();
        long id = application(c);
        long applicant = c.applicantA().id();
        assertThat(lockableElsewhere("admission_application", id)).isTrue();

        tx.executeWithoutResult(s -> {
            ApplicationRow locked = applications.lockById(id).orElseThrow();
            assertThat(locked.applicantUsername).isEqualTo(c.applicantA().getUsername());
            try {
                assertThat(lockableElsewhere("app_user", applicant))
                        .as("the applicant's user row")
                        .isTrue();
                assertThat(lockableElsewhere("admission_application", id))
                        .as("the application's own row")
                        .isFalse();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(applications.lockById(-1)).isEmpty();
    }

    @Test
    void aLockReadsTheRowAsItIsNowNotAsTheTransactionFirstSawIt() {
        County c = counties.create();
        long id = application(c);
        tx.executeWithoutResult(s -> {
            assertThat(applications.findById(id).orElseThrow().itemName).startsWith("锁测试");
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                other.submit(() ->
                                jdbc.update("UPDATE admission_application SET item_name = ? WHERE id = ?", "改名😀", id))
                        .get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                other.shutdownNow();
            }
            assertThat(applications.lockById(id).orElseThrow().itemName).isEqualTo("改名😀");
        });
    }
}
