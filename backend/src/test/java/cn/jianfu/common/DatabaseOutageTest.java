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
