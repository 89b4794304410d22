package cn.jianfu.security;

import cn.jianfu.common.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's own REST API and the Camunda webapps may look, never act: tasks of the admission
 * and clue chains are decided only through the domain API, which checks role, organisation and
 * separation of duties and writes the audit trail. Reads pass (GET, and the POST queries the
 * engine offers for long filters); anything that completes, claims, sets variables, starts,
 * modifies, suspends or deletes is refused with 403 — for administrators too.
 */
class EngineReadOnly extends OncePerRequestFilter {

    static final String MESSAGE = "流程引擎接口只读：请在业务页面中办理";

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** Engine REST resources whose POST is a query (their actions all live on longer paths). */
    private static final Pattern QUERY = Pattern.compile("^/(task|process-instance|execution|variable-instance|job"
            + "|incident|external-task|event-subscription|batch|process-definition|deployment|decision-definition"
            + "|history/[a-z-]+)(/count)?/?$");

    private static final Pattern FILTER_QUERY = Pattern.compile("^/filter/[^/]+/(list|count|singleResult)/?$");

    /** Where the engine API sits: the REST app and the webapps' embedded copy of it. */
    private static final Pattern ENGINE_API = Pattern.compile("^(/engine-rest|/camunda/api/engine/engine/[^/]+)(/.*)$");

    private final ObjectMapper json;

    EngineReadOnly(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (allowed(request.getMethod(), path)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), new ApiError(403, MESSAGE, Map.of()));
    }

    static boolean allowed(String method, String path) {
        if (READ_METHODS.contains(method)) {
            return true;
        }
        if (!"POST".equals(method)) {
            return false;
        }
        if (path.startsWith("/camunda/api/cockpit/")) {
            return true; // Cockpit's own plugin API: searches and statistics
        }
        var engine = ENGINE_API.matcher(path);
        if (!engine.matches()) {
            return false; // admin setup, tasklist, login forms: not for this platform
        }
        String resource = engine.group(2);
        return QUERY.matcher(resource).matches()
                || FILTER_QUERY.matcher(resource).matches();
    }
}
