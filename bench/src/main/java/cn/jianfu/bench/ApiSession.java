package cn.jianfu.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One logged-in user, the way the SPA logs in (SecurityConfig, AuthController): GET /api/auth/csrf
 * sets the XSRF-TOKEN cookie, POST /api/auth/login echoes it in X-XSRF-TOKEN, and the session
 * cookie (JSESSIONID) carries the login from then on. The JDK's HttpClient, HTTP/1.1, one
 * connection reused as a browser would.
 */
public final class ApiSession {

    /** A request's answer and how long it took, from sending to the last byte of the body. */
    public record Response(int status, String body, long nanos, String retryAfter) {}

    private static final int MAX_RETRIES = 10;

    private final AtomicLong refusals = new AtomicLong();

    private final HttpClient client;
    private final CookieManager cookies;
    private final URI base;
    private final String username;

    private ApiSession(URI base, String username) {
        this.base = base;
        this.username = username;
        this.cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Logs {@code username} in; fails when the login is refused or asks for a second factor. */
    public static ApiSession login(URI base, String username, String password) {
        ApiSession session = new ApiSession(base, username);
        session.expect200("/api/auth/csrf", session.get("/api/auth/csrf"));
        String token = session.cookie("XSRF-TOKEN");
        HttpRequest login = HttpRequest.newBuilder(base.resolve("/api/auth/login"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":" + quote(username) + ",\"password\":" + quote(password) + "}"))
                .build();
        Response r = session.send(login);
        if (r.status() != 200 || r.body().contains("twoFactorRequired")) {
            throw new BenchFailure("login as " + username + " failed: " + r.status() + " " + r.body());
        }
        // the login replaces the CSRF token; the SPA asks for the new one before its next change
        session.expect200("/api/auth/csrf", session.get("/api/auth/csrf"));
        return session;
    }

    /** A visitor without an account (the public portal): only the CSRF cookie, as the SPA gets it. */
    public static ApiSession anonymous(URI base) {
        ApiSession session = new ApiSession(base, "anonymous");
        session.expect200("/api/auth/csrf", session.get("/api/auth/csrf"));
        return session;
    }

    /**
     * POST {@code json} to {@code path} with the CSRF header, as the SPA sends a change, plus
     * {@code headers} (name, value, name, value …); timed; any status is answered.
     */
    public Response post(String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /**
     * POST that must answer {@code status}; answers the response. A 503 (Jianfu's answer when it
     * cannot get a database connection in time: nothing was saved) is retried as a user would press
     * the button again, after the Retry-After it names (at most a second), the same request with the
     * same headers (so the same Idempotency-Key); up to ten times. The answer's time is from the
     * first try to the last answer; the retries are counted ({@link #refusals()}).
     */
    public Response postExpect(int status, String path, String json, String... headers) {
        long start = System.nanoTime();
        Response r = post(path, json, headers);
        for (int tries = 1; r.status() == 503 && tries <= MAX_RETRIES; tries++) {
            refusals.incrementAndGet();
            pause(Math.min(1000, retryAfterMillis(r)));
            r = post(path, json, headers);
        }
        if (r.status() != status) {
            throw new BenchFailure(
                    "POST " + path + " as " + username + " answered " + r.status() + " (expected " + status + "): "
                            + r.body().substring(0, Math.min(300, r.body().length())));
        }
        return new Response(r.status(), r.body(), System.nanoTime() - start, r.retryAfter());
    }

    /** How many 503 answers this session's POSTs have been given and retried. */
    public long refusals() {
        return refusals.get();
    }

    private static long retryAfterMillis(Response r) {
        try {
            return r.retryAfter() == null ? 1000 : Long.parseLong(r.retryAfter().trim()) * 1000;
        } catch (NumberFormatException e) {
            return 1000;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        }
    }

    /** A JSON string literal of {@code s}. */
    public static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public String username() {
        return username;
    }

    /** GET {@code pathAndQuery}, timed; any status is answered. */
    public Response get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json")
                .GET()
                .build());
    }

    /** GET that must answer 200; answers the body. */
    public String getOk(String pathAndQuery) {
        return expect200(pathAndQuery, get(pathAndQuery)).body();
    }

    public Response expect200(String pathAndQuery, Response r) {
        if (r.status() != 200) {
            throw new BenchFailure("GET " + pathAndQuery + " as " + username + " answered " + r.status() + ": "
                    + r.body().substring(0, Math.min(300, r.body().length())));
        }
        return r;
    }

    private Response send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(
                    r.statusCode(),
                    r.body(),
                    System.nanoTime() - start,
                    r.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new BenchFailure(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        }
    }

    private String cookie(String name) {
        return cookies.getCookieStore().get(base).stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new BenchFailure("no " + name + " cookie after GET /api/auth/csrf"));
    }
}
