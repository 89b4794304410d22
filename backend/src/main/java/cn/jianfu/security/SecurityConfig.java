package cn.jianfu.security;

import cn.jianfu.common.ApiError;
import cn.jianfu.org.UserService;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

/**
 * Session login with CSRF protection for the React app (token in the {@code XSRF-TOKEN} cookie,
 * echoed in the {@code X-XSRF-TOKEN} header). Roles are checked on every endpoint by
 * {@code @PreAuthorize}; here only the coarse rules: public pages, logged-in API, and the Camunda
 * tools for administrators only.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /**
     * No inline or foreign script anywhere; styles may be inline (the component library and the
     * diagram viewer set them), images may be data/blob URLs (diagram export, previews).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";

    /** The camera is used for photo evidence from a phone; nothing else a page may ask for. */
    static final String PERMISSIONS_POLICY =
            "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return new ProviderManager(provider);
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SecurityFilterChain filterChain(
            HttpSecurity http,
            SecurityContextRepository contexts,
            ObjectMapper json,
            UserService users,
            TwoFactor twoFactor)
            throws Exception {
        RequestMatcher camundaWebapps = PathPatternRequestMatcher.withDefaults().matcher("/camunda/**");
        http.securityContext(c -> c.securityContextRepository(contexts))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
                        // the Camunda webapp has its own CSRF filter and cookie
                        .ignoringRequestMatchers("/camunda/**"))
                .headers(h -> h.frameOptions(f -> f.sameOrigin())
                        // the Camunda webapps send their own policy (with nonces); ours is for the rest
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(camundaWebapps),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/api/public/**",
                                "/api/auth/login",
                                "/api/auth/login/two-factor",
                                "/api/auth/csrf",
                                "/api/auth/me")
                        .permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers(
                                "/camunda/**",
                                "/engine-rest/**",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html")
                        .hasRole("ADMIN")
                        .requestMatchers("/api/**", "/actuator/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                                (req, res, ex) -> writeError(json, res, HttpStatus.UNAUTHORIZED, "请先登录"),
                                req -> !req.getRequestURI().startsWith(req.getContextPath() + "/camunda"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login?redirectTo=/camunda/app/"), req -> true)
                        .accessDeniedHandler(jsonAccessDenied(json)))
                .addFilterBefore(new SessionStillValid(users, json), AuthorizationFilter.class)
                .addFilterAfter(new TwoFactorGate(twoFactor, json), SessionStillValid.class)
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable());
        return http.build();
    }

    /** The Camunda webapps trust the Spring Security login instead of asking for a second one. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName()));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/camunda/*");
        return registration;
    }

    /** Runs after the login check, so only administrators reach it; they may read, not act. */
    @Bean
    FilterRegistrationBean<EngineReadOnly> engineReadOnly(ObjectMapper json) {
        FilterRegistrationBean<EngineReadOnly> registration = new FilterRegistrationBean<>(new EngineReadOnly(json));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        return registration;
    }

    /** Before anything reads a body. */
    @Bean
    FilterRegistrationBean<AnonymousBodyLimit> anonymousBodyLimit(ObjectMapper json) {
        FilterRegistrationBean<AnonymousBodyLimit> registration =
                new FilterRegistrationBean<>(new AnonymousBodyLimit(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/api/public/*", "/api/auth/*");
        return registration;
    }

    private static AccessDeniedHandler jsonAccessDenied(ObjectMapper json) {
        return (req, res, ex) -> {
            if (isCamundaPage(req)) {
                // a person who is not an administrator opened the engine's tools: a page, not JSON
                res.sendRedirect(req.getContextPath() + "/no-access?to=camunda");
                return;
            }
            String message =
                    ex instanceof org.springframework.security.web.csrf.CsrfException ? "页面已过期，请刷新后重试" : "没有权限执行此操作";
            writeError(json, res, HttpStatus.FORBIDDEN, message);
        };
    }

    private static boolean isCamundaPage(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        return "GET".equals(req.getMethod())
                && req.getRequestURI().startsWith(req.getContextPath() + "/camunda/app")
                && accept != null
                && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private static void writeError(ObjectMapper json, HttpServletResponse res, HttpStatus status, String message)
            throws IOException {
        res.setStatus(status.value());
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(res.getOutputStream(), new ApiError(status.value(), message, Map.of()));
    }

    /**
     * The SPA reads the raw token from the cookie and sends it back as a header; server-rendered
     * uses get the BREACH-safe masked token. (Spring Security reference, "JavaScript Applications".)
     */
    static final class SpaCsrfTokenRequestHandler implements CsrfTokenRequestHandler {
        private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();
        private final CsrfTokenRequestHandler xor = new XorCsrfTokenRequestAttributeHandler();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
            xor.handle(request, response, token);
            // render the token into the cookie on every response
            token.get();
        }

        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
            String header = request.getHeader(token.getHeaderName());
            return (StringUtils.hasText(header) ? plain : xor).resolveCsrfTokenValue(request, token);
        }
    }
}
