package cn.jianfu.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/** What a caller gets when the database or the engine refuses: never a 500 for a race or a long text. */
class ApiExceptionHandlerTest {

    final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void aTextTooLongForItsColumnIsABadRequestOnThatField() {
        var answer = handler.integrity(new DataIntegrityViolationException(
                "x", new SQLException("Data truncation: Data too long for column 'display_name' at row 1")));
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().fieldErrors()).isEqualTo(Map.of("displayName", "内容过长"));
    }

    @Test
    void aDuplicateIsAConflict() {
        var answer = handler.integrity(new DuplicateKeyException("Duplicate entry 'x' for key 'uk'"));
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void racesInTheEngineOrTheDatabaseAreConflictsWithAClearMessage() {
        assertThat(handler.concurrent(new OptimisticLockingException("stale"))
                        .getStatusCode()
                        .value())
                .isEqualTo(409);
        assertThat(handler.concurrent(new CannotAcquireLockException("deadlock"))
                        .getStatusCode()
                        .value())
                .isEqualTo(409);
        assertThat(handler.claimed(new TaskAlreadyClaimedException("t", "someone"))
                        .getBody()
                        .message())
                .contains("已被他人签收");
        var gone = handler.engine(new ProcessEngineException("Cannot find task with id t"));
        assertThat(gone.getStatusCode().value()).isEqualTo(409);
        assertThat(gone.getBody().message()).isEqualTo("流程状态已变化，请刷新后查看");
    }

    @Test
    void aWriteConflictThatOutlastedItsRetriesIsA503ToSendAgain() {
        var deadlock = new CannotAcquireLockException("commit", WriteConflictTest.certificationFailure());
        var answer = handler.concurrent(deadlock);
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(answer.getBody().message()).isEqualTo(WriteConflict.MESSAGE);
        var inTheEngine = handler.engine(new ProcessEngineException("flush", WriteConflictTest.certificationFailure()));
        assertThat(inTheEngine.getStatusCode().value()).isEqualTo(503);
        var elsewhere = handler.unexpected(new RuntimeException(WriteConflictTest.certificationFailure()));
        assertThat(elsewhere.getStatusCode().value()).isEqualTo(503);
    }
}
