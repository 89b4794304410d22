package cn.jianfu.common;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Tells a write that lost a race and changed nothing, so that the whole transaction can simply run
 * again, from every other failure, wherever it is wrapped (Spring, MyBatis, the process engine):
 *
 * <ul>
 *   <li>error 1213 / SQLState 40001: an InnoDB deadlock, and on a Galera cluster the certification
 *       failure of a transaction that wrote rows another node committed first ("WSREP detected
 *       deadlock/conflict"): Galera's {@code SELECT ... FOR UPDATE} locks only on its own node, so a
 *       conflict between nodes shows at commit instead of as a wait;
 *   <li>the engine's {@link OptimisticLockingException}: another transaction changed the same
 *       execution or task (a job, another node) since it was read.
 * </ul>
 *
 * A lock wait timeout (1205) is not one of them: it already waited long, and another try would
 * double that.
 */
public final class WriteConflict {

    /** What the user reads when the conflict persisted through every try: nothing saved, try again. */
    public static final String MESSAGE = "同时办理的操作较多，本次操作没有保存，请稍后重试";

    static final int ER_LOCK_DEADLOCK = 1213;
    static final String SERIALIZATION_FAILURE = "40001";

    private WriteConflict() {}

    /** A deadlock or certification failure: the transaction was rolled back and may run again. */
    public static boolean deadlock(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == ER_LOCK_DEADLOCK || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** A deadlock, a certification failure or the engine's optimistic lock: worth running the transaction again. */
    public static boolean retryable(Throwable failure) {
        if (deadlock(failure)) {
            return true;
        }
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }

    /** Where in our code the conflict was met: the first few frames of ours, for the log. */
    public static String where(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            List<String> ours = Arrays.stream(t.getStackTrace())
                    .filter(f -> f.getClassName().startsWith("cn.jianfu.")
                            && !f.getClassName().startsWith("cn.jianfu.common.ApiExceptionHandler"))
                    .limit(3)
                    .map(f -> f.getClassName().substring("cn.jianfu.".length()) + "." + f.getMethodName())
                    .toList();
            if (!ours.isEmpty()) {
                return String.join(" < ", ours);
            }
        }
        return "outside our code";
    }
}
