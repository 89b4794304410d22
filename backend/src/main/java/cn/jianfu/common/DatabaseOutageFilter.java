package cn.jianfu.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The same 503 with Retry-After as {@link ApiExceptionHandler} for a database failure outside the
 * controllers: the session filter reads and writes the session in the database before and after
 * every request, and its failure never reaches the handler (Tomcat answered 500 and logged two
 * stack traces; found by the fault suite with the database killed and frozen), and for a write
 * conflict there (two nodes of a Galera cluster writing the same session or idempotency row at
 * once: 503 with a short Retry-After). Wraps the session
 * filter, so it sees that failure; anything else passes through unchanged.
 */
@Component
class DatabaseOutageFilter extends OncePerRequestFilter implements Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final ObjectMapper json;

    DatabaseOutageFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public int getOrder() {
        return SessionRepositoryFilter.DEFAULT_ORDER - 1;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            boolean outage = DatabaseOutage.causedBy(e);
            if (!(outage || WriteConflict.deadlock(e)) || response.isCommitted()) {
                throw e;
            }
            log.warn(
                    outage ? "database unavailable: {}" : "write conflict: {} (at {})",
                    DatabaseOutage.summary(e),
                    WriteConflict.where(e));
            response.reset();
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(
                    HttpHeaders.RETRY_AFTER,
                    String.valueOf(
                            outage
                                    ? ApiExceptionHandler.RETRY_AFTER_SECONDS
                                    : ApiExceptionHandler.CONFLICT_RETRY_AFTER_SECONDS));
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(
                    response.getOutputStream(),
                    new ApiError(
                            HttpStatus.SERVICE_UNAVAILABLE.value(),
                            outage ? ApiExceptionHandler.UNAVAILABLE : WriteConflict.MESSAGE,
                            Map.of()));
        }
    }
}
