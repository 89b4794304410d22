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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose role needs a second factor and who has not set one up may only set it up: every
 * other call (the API beyond sign-in, the engine's tools, the API docs) answers 403 until then.
 */
class TwoFactorGate extends OncePerRequestFilter {

    static final String MESSAGE = "您的账号须先启用两步验证后才能使用系统";

    private final TwoFactor twoFactor;
    private final ObjectMapper json;

    TwoFactorGate(TwoFactor twoFactor, ObjectMapper json) {
        this.twoFactor = twoFactor;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/auth/") || path.startsWith("/api/public/") || !isProtected(path);
    }

    private static boolean isProtected(String path) {
        return path.startsWith("/api/")
                || path.startsWith("/camunda/")
                || path.startsWith("/engine-rest")
                || path.startsWith("/v3/")
                || path.startsWith("/swagger-ui");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null
                && auth.getPrincipal() instanceof CurrentUser user
                && twoFactor.required(user)
                && !TwoFactorSession.isVerified(request.getSession(false))) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(response.getOutputStream(), new ApiError(403, MESSAGE, Map.of()));
            return;
        }
        chain.doFilter(request, response);
    }
}
