package cn.jianfu.security;

import cn.jianfu.common.ApiError;
import cn.jianfu.org.SessionState;
import cn.jianfu.org.UserService;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session on its next request once its account was disabled, deleted, or changed (roles,
 * organisation, password): the account's session version is read from the database on every
 * request, so this holds on every node at once. One primary-key read per logged-in request.
 */
class SessionStillValid extends OncePerRequestFilter {

    static final String MESSAGE = "账号信息已变更，请重新登录";

    private final UserService users;
    private final ObjectMapper json;

    SessionStillValid(UserService users, ObjectMapper json) {
        this.users = users;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user && !stillValid(user)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(response.getOutputStream(), new ApiError(401, MESSAGE, Map.of()));
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(CurrentUser user) {
        SessionState state = users.sessionState(user.id());
        return state != null && state.enabled() && state.sessionVersion() == user.sessionVersion();
    }
}
