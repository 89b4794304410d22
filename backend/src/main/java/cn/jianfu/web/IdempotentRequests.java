package cn.jianfu.web;

import cn.jianfu.common.ApiError;
import cn.jianfu.common.Clock;
import cn.jianfu.common.DatabaseOutage;
import cn.jianfu.common.FieldCipher;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes every state-changing call of a logged-in user idempotent when it carries an
 * {@code Idempotency-Key} header (the SPA sends one per action, and the same one when it tries the
 * action again). The first request claims the key in the database, so this holds across nodes:
 *
 * <ul>
 *   <li>a retry after the first request succeeded gets the first answer again, marked
 *       {@code Idempotent-Replayed: true}, and nothing runs a second time;
 *   <li>a retry while the first still runs (a double click, a second tab) gets 409;
 *   <li>the same key for a different request (another address or body) gets 422;
 *   <li>a request that was refused or failed gives its key back, so trying again runs again.
 * </ul>
 *
 * Runs after Spring Security, so only authenticated, authorised requests with a valid CSRF token
 * get here. The portal's anonymous reports have their own receipts ({@code PortalReceipts}), and
 * sign-in and sign-out need none; a new application draft keeps its key with the draft.
 */
@Component
class IdempotentRequests extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String IN_PROGRESS = "同一操作正在处理，请稍候刷新页面查看结果";
    static final String OTHER_REQUEST = "该请求标识已用于另一项操作，请刷新页面后重试";
    static final String BAD_KEY = "请求标识（Idempotency-Key）应为16至64个字母、数字、-或_";
    /** Answers larger than this are sent but not kept: a retry of such a request gets 409. */
    static final int MAX_KEPT_BODY = 1 << 20;
    /** Request bodies are read in full to fingerprint them; JSON bodies of this app are far smaller. */
    static final int MAX_BODY = 8 << 20;

    private static final Logger log = LoggerFactory.getLogger(IdempotentRequests.class);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    /**
     * A new application draft keeps its key with the draft (ApplicationDrafts): every try of the same
     * form, edited since or not, gets the one draft, which the form then saves with its edits.
     */
    static final String ANSWERS_ITS_OWN_KEY = "/api/admission/applications";

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final IdempotentRequestMapper requests;
    private final FieldCipher cipher;
    private final ObjectMapper json;

    IdempotentRequests(IdempotentRequestMapper requests, FieldCipher cipher, ObjectMapper json) {
        this.requests = requests;
        this.cipher = cipher;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return SAFE.contains(request.getMethod())
                || request.getHeader(HEADER) == null
                || !path.startsWith("/api/")
                || path.startsWith("/api/public/")
                || path.startsWith("/api/auth/")
                || ANSWERS_ITS_OWN_KEY.equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER).strip();
        if (!KEY.matcher(key).matches()) {
            refuse(response, HttpStatus.BAD_REQUEST, ApiError.INVALID_INPUT, Map.of("idempotencyKey", BAD_KEY));
            return;
        }
        CachedBody body = CachedBody.of(request);
        if (body == null) {
            refuse(
                    response,
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    ErrorAnswers.message(HttpStatus.PAYLOAD_TOO_LARGE),
                    Map.of());
            return;
        }
        String keyHash = cipher.keyedHash("request-idempotency", auth.getName() + "\n" + key);
        String fingerprint = fingerprint(request, body.multipart ? new byte[0] : body.bytes);
        try {
            requests.claim(keyHash, fingerprint, Clock.now());
        } catch (DuplicateKeyException claimedBefore) {
            answerAgain(keyHash, fingerprint, response);
            return;
        }
        // a database outage while claiming leaves as 503 through DatabaseOutageFilter, around this one
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(body.wrap(request), answer);
            kept = keep(keyHash, answer);
        } finally {
            if (!kept) {
                release(keyHash);
            }
            answer.copyBodyToResponse();
        }
    }

    /** Keeps a successful answer for retries; false when it is not to be kept (not a success, or too large). */
    private boolean keep(String keyHash, ContentCachingResponseWrapper answer) {
        int status = answer.getStatus();
        if (status < 200 || status >= 300) {
            return false;
        }
        byte[] content = answer.getContentAsByteArray();
        if (content.length > MAX_KEPT_BODY) {
            // done, but too large to keep: the claim stays, so a retry gets 409 rather than a second run
            return true;
        }
        try {
            requests.answer(keyHash, status, answer.getContentType(), content, Clock.now());
        } catch (DataAccessException e) {
            // the action itself is done; the claim stays, so a retry gets 409 rather than a second run
            log.warn("could not keep the answer of an idempotent request: {}", DatabaseOutage.summary(e));
        }
        return true;
    }

    private void release(String keyHash) {
        try {
            requests.release(keyHash);
        } catch (DataAccessException e) {
            log.warn("could not give back an idempotency key: {}", DatabaseOutage.summary(e));
        }
    }

    private void answerAgain(String keyHash, String fingerprint, HttpServletResponse response) throws IOException {
        IdempotentRequestRow first = requests.find(keyHash);
        if (first == null) {
            // given back between our claim and this read: the first request was refused or failed
            refuse(response, HttpStatus.CONFLICT, IN_PROGRESS, Map.of());
        } else if (!first.fingerprint.equals(fingerprint)) {
            refuse(response, HttpStatus.UNPROCESSABLE_ENTITY, OTHER_REQUEST, Map.of());
        } else if (!first.answered()) {
            refuse(response, HttpStatus.CONFLICT, IN_PROGRESS, Map.of());
        } else {
            response.setStatus(first.status);
            response.setHeader(REPLAYED, "true");
            if (first.contentType != null) {
                response.setContentType(first.contentType);
            }
            if (first.body != null && first.body.length > 0) {
                response.getOutputStream().write(first.body);
            }
        }
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String message, Map<String, String> fields)
            throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), new ApiError(status.value(), message, fields));
    }

    static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getRequestURI() + "?"
                            + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The request's body read once, to fingerprint it and to hand it on. Multipart uploads are not
     * read here (their parts are parsed by the container; the browser draws a new boundary on every
     * try, so their bytes could not be compared anyway).
     */
    private record CachedBody(byte[] bytes, boolean multipart) {

        static CachedBody of(HttpServletRequest request) throws IOException {
            String type = request.getContentType();
            if (type != null && type.toLowerCase().startsWith("multipart/")) {
                return new CachedBody(new byte[0], true);
            }
            byte[] bytes = request.getInputStream().readNBytes(MAX_BODY + 1);
            return bytes.length > MAX_BODY ? null : new CachedBody(bytes, false);
        }

        HttpServletRequest wrap(HttpServletRequest request) {
            if (multipart) {
                return request;
            }
            return new HttpServletRequestWrapper(request) {
                @Override
                public ServletInputStream getInputStream() {
                    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
                    return new ServletInputStream() {
                        @Override
                        public int read() {
                            return in.read();
                        }

                        @Override
                        public int read(byte[] b, int off, int len) {
                            return in.read(b, off, len);
                        }

                        @Override
                        public boolean isFinished() {
                            return in.available() == 0;
                        }

                        @Override
                        public boolean isReady() {
                            return true;
                        }

                        @Override
                        public void setReadListener(ReadListener listener) {
                            throw new UnsupportedOperationException("not asynchronous");
                        }
                    };
                }

                @Override
                public BufferedReader getReader() {
                    String encoding = getCharacterEncoding();
                    return new BufferedReader(new InputStreamReader(
                            new ByteArrayInputStream(bytes),
                            encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
                }

                @Override
                public int getContentLength() {
                    return bytes.length;
                }

                @Override
                public long getContentLengthLong() {
                    return bytes.length;
                }
            };
        }
    }
}
