package cn.jianfu.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** A database that cannot be reached is answered 503 with Retry-After, however the failure is wrapped. */
class DatabaseOutageTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void aPoolWithoutConnectionsIsAnOutageWhereverItIsWrapped() {
        SQLTransientConnectionException pool = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 5000ms");
        assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("no tx", pool)))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new ProcessEngineException("ENGINE-03004", new PersistenceException(pool))))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("no connection")))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(
                        new RuntimeException(new SQLRecoverableException("Communications link failure"))))
                .isTrue();
        assertThat(DatabaseOutage.summary(new ProcessEngineException("outer", new PersistenceException(pool))))
                .isEqualTo("SQLTransientConnectionException: " + pool.getMessage());
    }

    @Test
    void aRollbackThatFailsOnTheLostConnectionIsAnOutage() {
        // the database froze past the socket timeout: the statement failed, Hikari marked the
        // connection broken, and the rollback then failed with "Connection is closed" (SQLState 08003)
        TransactionSystemException rollback = new TransactionSystemException(
                "JDBC rollback failed", new SQLException("Connection is closed", "08003"));
        assertThat(DatabaseOutage.causedBy(rollback)).isTrue();
        // Hikari's closed proxy gives no SQLState, and a failed commit's rollback keeps no application
        // exception (AbstractPlatformTransactionManager.doRollbackOnCommitException)
        TransactionSystemException hikari =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        assertThat(DatabaseOutage.causedBy(hikari)).isTrue();
        TransactionSystemException overriding = new TransactionSystemException("JDBC rollback failed");
        overriding.initApplicationException(new ProcessEngineException(
                "ENGINE-03051", new PersistenceException(new SQLRecoverableException("Communications link failure"))));
        assertThat(DatabaseOutage.causedBy(overriding)).isTrue();
        assertThat(handler.unexpected(rollback).getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        // a failed commit for another reason is not
        assertThat(DatabaseOutage.causedBy(
                        new TransactionSystemException("commit failed", new SQLException("Deadlock", "40001"))))
                .isFalse();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseOutage.causedBy(new OptimisticLockingException("changed")))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(
                        new DataIntegrityViolationException("dup", new SQLException("Duplicate entry"))))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void theAnswerIs503WithRetryAfterAndAMessageForPeople() {
        ResponseEntity<ApiError> engine = handler.engine(new ProcessEngineException(
                "ENGINE-03004", new PersistenceException(new SQLTransientConnectionException("timed out"))));
        assertThat(engine.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(engine.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(engine.getBody().message()).contains("请稍后重试");

        ResponseEntity<ApiError> other = handler.unexpected(
                new CannotCreateTransactionException("no tx", new SQLTransientConnectionException()));
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        // a plain bug stays a 500, and a refused engine step a 409
        assertThat(handler.unexpected(new IllegalStateException("bug")).getStatusCode())
                .isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(handler.engine(new ProcessEngineException("task gone")).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }
}
