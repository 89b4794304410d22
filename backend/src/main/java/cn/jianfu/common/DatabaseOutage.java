package cn.jianfu.common;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Tells a failure of the database itself (unreachable, not answering within its time limit, no
 * connection to be had from the pool) from every other failure, wherever it is wrapped: by Spring,
 * MyBatis or the process engine. Such a failure is answered 503 with Retry-After, not 500: the
 * request changed nothing and may be tried again shortly.
 */
public final class DatabaseOutage {

    /** What the user reads: nothing was saved, and trying again shortly is the thing to do. */
    public static final String MESSAGE = "系统暂时无法访问数据库，本次操作没有保存，请稍后重试";

    /** What a Hikari connection answers once the pool closed it (after a communications failure). */
    private static final String HIKARI_CLOSED = "Connection is closed";

    private DatabaseOutage() {}

    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException // Hikari: no connection within its timeout
                    || t instanceof SQLRecoverableException // Connector/J: communications link failure
                    || t instanceof SQLTimeoutException // a statement past its time limit
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof ConnectException
                    || t instanceof SocketTimeoutException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof QueryTimeoutException
                    || t instanceof TransactionTimedOutException
                    || t instanceof CannotCreateTransactionException) {
                return true;
            }
            // SQLState class 08 is "connection exception"; Hikari's closed proxy says "Connection is
            // closed" without a state, once the pool evicted the connection as broken
            if (t instanceof SQLException sql
                    && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                            || HIKARI_CLOSED.equals(sql.getMessage()))) {
                return true;
            }
            // the rollback after a lost connection fails too, and Spring reports that failure instead of
            // the original one (found by the fault suite with the database frozen)
            if (t instanceof TransactionSystemException tx
                    && tx.getApplicationException() != null
                    && tx.getApplicationException() != failure
                    && causedBy(tx.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, for one line in the log instead of a stack trace. */
    public static String summary(Throwable failure) {
        Throwable root = failure;
        int depth = 0;
        while (root.getCause() != null && root.getCause() != root && depth++ < 20) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
