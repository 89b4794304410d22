package cn.jianfu.security;

import cn.jianfu.common.ApiException;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final AuthenticationManager authenticationManager;
    private final SecurityContextRepository contextRepository;
    private final LoginThrottle throttle;
    private final CamundaUserSync camundaUsers;

    AuthController(
            AuthenticationManager authenticationManager,
            SecurityContextRepository contextRepository,
            LoginThrottle throttle,
            CamundaUserSync camundaUsers) {
        this.authenticationManager = authenticationManager;
        this.contextRepository = contextRepository;
        this.throttle = throttle;
        this.camundaUsers = camundaUsers;
    }

    record LoginRequest(
            @NotBlank(message = "请输入用户名") @Size(max = 50, message = "用户名过长") String username,
            @NotBlank(message = "请输入密码") @Size(max = 72, message = "密码过长") String password) {}

    record Me(String username, String displayName, long orgId, String orgName, OrgType orgType, List<Role> roles) {
        static Me of(CurrentUser u) {
            return new Me(
                    u.getUsername(),
                    u.displayName(),
                    u.orgId(),
                    u.orgName(),
                    u.orgType(),
                    u.roles().stream().sorted().toList());
        }
    }

    @GetMapping("/csrf")
    Map<String, String> csrf(CsrfToken token) {
        return Map.of("token", token.getToken(), "headerName", token.getHeaderName());
    }

    @PostMapping("/login")
    Me login(@Valid @RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
        String username = body.username().trim();
        String client = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitBeforeAttempt(client, username);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "登录失败次数较多，请" + readable(seconds) + "后再试");
        }
        Authentication auth;
        try {
            auth = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, body.password()));
        } catch (AuthenticationException e) {
            throttle.failed(client, username);
            throw new ApiException(HttpStatus.UNAUTHORIZED, "用户名或密码错误");
        }
        throttle.succeeded(client, username);
        CurrentUser user = (CurrentUser) auth.getPrincipal();
        camundaUsers.loggedIn(user);
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        return Me.of(user);
    }

    static String readable(long seconds) {
        return seconds < 60 ? seconds + "秒" : ((seconds + 59) / 60) + "分钟";
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler()
                .logout(request, response, SecurityContextHolder.getContext().getAuthentication());
    }

    @GetMapping("/me")
    Me me() {
        return Me.of(CurrentUser.get());
    }
}
