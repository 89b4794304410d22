package cn.jianfu.security;

import cn.jianfu.common.ApiException;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
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
    private final TwoFactor twoFactor;
    private final AccountDetailsService accounts;

    AuthController(
            AuthenticationManager authenticationManager,
            SecurityContextRepository contextRepository,
            LoginThrottle throttle,
            CamundaUserSync camundaUsers,
            TwoFactor twoFactor,
            AccountDetailsService accounts) {
        this.authenticationManager = authenticationManager;
        this.contextRepository = contextRepository;
        this.throttle = throttle;
        this.camundaUsers = camundaUsers;
        this.twoFactor = twoFactor;
        this.accounts = accounts;
    }

    record LoginRequest(
            @NotBlank(message = "请输入用户名") @Size(max = 50, message = "用户名过长") String username,
            @NotBlank(message = "请输入密码") @Size(max = 72, message = "密码过长") String password) {}

    /**
     * The signed-in user; {@code twoFactorSetupRequired} while their role needs a second factor
     * that is not set up yet (until then only setting it up is allowed).
     */
    record Me(
            String username,
            String displayName,
            long orgId,
            String orgName,
            OrgType orgType,
            List<Role> roles,
            boolean twoFactorSetupRequired) {
        static Me of(CurrentUser u, boolean setupRequired) {
            return new Me(
                    u.getUsername(),
                    u.displayName(),
                    u.orgId(),
                    u.orgName(),
                    u.orgType(),
                    u.roles().stream().sorted().toList(),
                    setupRequired);
        }
    }

    /** The password was right; the code from the authenticator app comes next. */
    record SecondFactorNeeded(boolean twoFactorRequired) {}

    record CodeRequest(@NotBlank(message = "请输入验证码") @Size(max = 40, message = "验证码过长") String code) {}

    @GetMapping("/csrf")
    Map<String, String> csrf(CsrfToken token) {
        return Map.of("token", token.getToken(), "headerName", token.getHeaderName());
    }

    @PostMapping("/login")
    Object login(@Valid @RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
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
        CurrentUser user = (CurrentUser) auth.getPrincipal();
        if (twoFactor.enabled(user.id())) {
            HttpSession session = freshSession(request);
            TwoFactorSession.awaitCode(session, user.getUsername());
            return new SecondFactorNeeded(true);
        }
        throttle.succeeded(client, username);
        return signIn(auth, false, request, response);
    }

    /** The second step: the code from the authenticator app (or a recovery code) for the pending user. */
    @PostMapping("/login/two-factor")
    Me secondFactor(@Valid @RequestBody CodeRequest body, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        String username = TwoFactorSession.pendingUser(session);
        if (username == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "登录已超时，请重新输入用户名和密码");
        }
        String client = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitBeforeAttempt(client, username);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "验证失败次数较多，请" + readable(seconds) + "后再试");
        }
        CurrentUser user = (CurrentUser) accounts.loadUserByUsername(username);
        if (!user.isEnabled() || !twoFactor.verify(user.id(), body.code())) {
            throttle.failed(client, username);
            throw new ApiException(HttpStatus.UNAUTHORIZED, "验证码不正确");
        }
        throttle.succeeded(client, username);
        TwoFactorSession.clearPending(session);
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        return signIn(auth, true, request, response);
    }

    private Me signIn(
            Authentication auth, boolean secondFactorGiven, HttpServletRequest request, HttpServletResponse response) {
        CurrentUser user = (CurrentUser) auth.getPrincipal();
        camundaUsers.loggedIn(user);
        HttpSession session = freshSession(request);
        if (secondFactorGiven) {
            TwoFactorSession.verified(session);
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        return Me.of(user, twoFactor.required(user) && !secondFactorGiven);
    }

    /** A session id nobody could have planted before the login. */
    private static HttpSession freshSession(HttpServletRequest request) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        SecurityContextHolder.clearContext();
        return request.getSession(true);
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
    Me me(HttpServletRequest request) {
        CurrentUser user = CurrentUser.get();
        return Me.of(user, twoFactor.required(user) && !TwoFactorSession.isVerified(request.getSession(false)));
    }
}
