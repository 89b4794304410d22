package cn.jianfu.common;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Tells a failure of the database itself (unreachable, not answering within its time limit, no
 * connection to be had from the pool) from every other failure, wherever it is wrapped: by Spring,
 * MyBatis or the process engine. Such a failure is answered 503 with Retry-After, not 500: the
 * request changed nothing and may be tried again shortly.
 */
final class DatabaseOutage {

    private DatabaseOutage() {}

    static boolean causedBy(Throwable failure) {
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
        }
        return false;
    }

    /** The innermost message, for one line in the log instead of a stack trace. */
    static String summary(Throwable failure) {
        Throwable root = failure;
        int depth = 0;
        while (root.getCause() != null && root.getCause() != root && depth++ < 20) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
