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
                    List<Role> roles) {
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
            description = "无需登录，须带 CSRF 令牌。用户名和密码正确时建立新会话（Cookie JSESSIONID）并返回当前用户；用户名或密码错误、"
                    + "账号已停用时 401。同一客户端和用户名连续失败后须等待，同一客户端短时间内失败过多时暂停登录，"
                    + "期间 429，并在 Retry-After 头中给出需等待的秒数。")
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
    @Operation(summary = "退出登录", description = "已登录用户，须带 CSRF 令牌。结束当前会话。")
    @ApiResponse(responseCode = "204", description = "已退出")
    void logout(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler()
                .logout(request, response, SecurityContextHolder.getContext().getAuthentication());
    }

    @GetMapping("/me")
    @Operation(summary = "当前用户", description = "返回当前登录用户的用户名、姓名、所属机构和角色；未登录或会话已失效时 401。")
    Me me() {
        return Me.of(CurrentUser.get());
    }
}
