package cn.jianfu.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are a lost write race that may simply run again, however they are wrapped. */
class WriteConflictTest {

    /** What Connector/J throws for a Galera certification failure (and an InnoDB deadlock). */
    static SQLException certificationFailure() {
        return new SQLTransactionRollbackException(
                "WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction",
                "40001",
                1213);
    }

    @Test
    void aCertificationFailureIsADeadlockWhereverItIsWrapped() {
        assertThat(WriteConflict.deadlock(certificationFailure())).isTrue();
        assertThat(WriteConflict.deadlock(new CannotAcquireLockException("update", certificationFailure())))
                .isTrue();
        assertThat(WriteConflict.deadlock(
                        new TransactionSystemException("Could not commit JDBC transaction", certificationFailure())))
                .isTrue();
        assertThat(WriteConflict.deadlock(new ProcessEngineException(
                        "ENGINE-03083 Exception while executing Batch Database Operations",
                        new RuntimeException(certificationFailure()))))
                .isTrue();
        assertThat(WriteConflict.retryable(certificationFailure())).isTrue();
    }

    @Test
    void theEnginesOptimisticLockIsRetryableButNoDeadlock() {
        var stale = new ProcessEngineException("wrapped", new OptimisticLockingException("ENGINE-03005 was updated"));
        assertThat(WriteConflict.retryable(stale)).isTrue();
        assertThat(WriteConflict.deadlock(stale)).isFalse();
    }

    @Test
    void otherFailuresAreNotConflicts() {
        SQLException lockWaitTimeout = new SQLException("Lock wait timeout exceeded", "HY000", 1205);
        SQLException duplicate = new SQLException("Duplicate entry", "23000", 1062);
        assertThat(WriteConflict.retryable(lockWaitTimeout)).isFalse();
        assertThat(WriteConflict.retryable(new CannotAcquireLockException("wait", lockWaitTimeout)))
                .isFalse();
        assertThat(WriteConflict.retryable(duplicate)).isFalse();
        assertThat(WriteConflict.retryable(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void theLogSaysWhereInOurCodeTheConflictWasMet() {
        var wrapped = new RuntimeException("outer", certificationFailure());
        assertThat(WriteConflict.where(wrapped))
                .startsWith("common.WriteConflictTest.theLogSaysWhereInOurCodeTheConflictWasMet");
    }
}
