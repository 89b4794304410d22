package cn.jianfu.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.CannotCreateTransactionException;

/** A database failure in the session filter (before or after the controller) is a 503 too, not Tomcat's 500. */
class DatabaseOutageFilterTest {

    private final DatabaseOutageFilter filter = new DatabaseOutageFilter(new ObjectMapper());

    @Test
    void aSessionLookupThatCannotReachTheDatabaseIs503WithRetryAfter() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("POST", "/api/public/clues"), response, (req, res) -> {
            res.getWriter().write("half an answer");
            throw new CannotCreateTransactionException(
                    "Could not open JDBC Connection for transaction",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains(ApiExceptionHandler.UNAVAILABLE).doesNotContain("half an answer");
    }

    @Test
    void otherFailuresPassThroughAndTheFilterWrapsTheSessionFilter() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThatThrownBy(
                        () -> filter.doFilter(new MockHttpServletRequest("GET", "/api/inbox"), response, (req, res) -> {
                            throw new IllegalStateException("bug");
                        }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(filter.getOrder()).isLessThan(SessionRepositoryFilter.DEFAULT_ORDER);
    }

    @Test
    void aWriteConflictSavingTheSessionIs503WithAShortRetryAfter() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("POST", "/api/inbox/claim"), response, (req, res) -> {
            throw new org.springframework.dao.CannotAcquireLockException(
                    "UPDATE SPRING_SESSION", WriteConflictTest.certificationFailure());
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(WriteConflict.MESSAGE);
    }
}
