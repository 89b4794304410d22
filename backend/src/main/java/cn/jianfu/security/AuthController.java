package cn.jianfu.security;

import cn.jianfu.common.ApiException;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "登录", description = "CSRF 令牌、登录、退出登录和当前用户。登录后以会话 Cookie（JSESSIONID）识别用户。")
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

    @Schema(description = "登录请求")
    record LoginRequest(
            @Schema(description = "用户名，最多50个字符，首尾空白不计") @NotBlank(message = "请输入用户名") @Size(max = 50, message = "用户名过长")
                    String username,
            @Schema(description = "密码，最多72个字符") @NotBlank(message = "请输入密码") @Size(max = 72, message = "密码过长")
                    String password) {}

    @Schema(description = "当前登录的用户")
    record Me(
            @Schema(description = "用户名（登录名）") String username,
            @Schema(description = "姓名") String displayName,
            @Schema(description = "所属机构 id") long orgId,
            @Schema(description = "所属机构名称") String orgName,
            @Schema(description = "所属机构类型") OrgType orgType,
            @Schema(
                            description = "角色，按以下顺序排列：APPLICANT 部门经办人，REVIEWER 社会工作部审核人，APPROVER 县委县政府审批人，"
                                    + "OFFICE 减负办，VERIFIER 核查人员，GRASSROOTS 乡镇/村社区干部，ADMIN 系统管理员")
                    List<Role> roles,
            @Schema(description = "其角色须使用两步验证而尚未启用：启用前只能进行两步验证设置") boolean twoFactorSetupRequired) {
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

    @Schema(description = "密码正确，还须提交验证器应用中的验证码")
    record SecondFactorNeeded(@Schema(description = "总是 true") boolean twoFactorRequired) {}

    @Schema(description = "两步验证码")
    record CodeRequest(
            @Schema(description = "验证器应用显示的6位数字，或一个未用过的恢复码")
                    @NotBlank(message = "请输入验证码")
                    @Size(max = 40, message = "验证码过长")
                    String code) {}

    @GetMapping("/csrf")
    @Operation(
            summary = "获取 CSRF 令牌",
            description = "无需登录。确保设置了 Cookie XSRF-TOKEN（缺少该 Cookie 时调用）；除 GET 外的请求（包括登录）须在请求头 "
                    + "X-XSRF-TOKEN 中带上该 Cookie 的值。回答为 {token, headerName}，headerName 即该请求头的名称。")
    Map<String, String> csrf(@Parameter(hidden = true) CsrfToken token) {
        return Map.of("token", token.getToken(), "headerName", token.getHeaderName());
    }

    @PostMapping("/login")
    @Operation(
            summary = "登录",
            description = "无需登录，须带 CSRF 令牌。用户名和密码正确时建立新会话（Cookie JSESSIONID）并返回当前用户；"
                    + "已启用两步验证的用户则返回 {twoFactorRequired: true}，须再调用 /api/auth/login/two-factor 提交验证码。"
                    + "用户名或密码错误、账号已停用时 401。同一客户端和用户名连续失败后须等待，同一客户端短时间内失败过多时暂停登录，"
                    + "期间 429，并在 Retry-After 头中给出需等待的秒数。")
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
    @Operation(
            summary = "提交两步验证码完成登录",
            description = "在登录接口返回 twoFactorRequired 之后5分钟内，于同一会话中调用，须带 CSRF 令牌。验证码正确时建立新会话并返回当前用户；"
                    + "验证码错误 401（计入登录失败次数），超时 401，失败过多 429。每个验证码只能使用一次。")
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
    @Operation(summary = "退出登录", description = "已登录用户，须带 CSRF 令牌。结束当前会话。")
    @ApiResponse(responseCode = "204", description = "已退出")
    void logout(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler()
                .logout(request, response, SecurityContextHolder.getContext().getAuthentication());
    }

    @GetMapping("/me")
    @Operation(summary = "当前用户", description = "返回当前登录用户的用户名、姓名、所属机构、角色，以及是否须先启用两步验证；未登录或会话已失效时 401。")
    Me me(HttpServletRequest request) {
        CurrentUser user = CurrentUser.get();
        return Me.of(user, twoFactor.required(user) && !TwoFactorSession.isVerified(request.getSession(false)));
    }
}
