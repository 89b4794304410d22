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

/**
 * One logged-in user, the way the SPA logs in (SecurityConfig, AuthController): GET /api/auth/csrf
 * sets the XSRF-TOKEN cookie, POST /api/auth/login echoes it in X-XSRF-TOKEN, and the session
 * cookie (JSESSIONID) carries the login from then on. The JDK's HttpClient, HTTP/1.1, one
 * connection reused as a browser would.
 */
public final class ApiSession {

    /** A request's answer and how long it took, from sending to the last byte of the body. */
    public record Response(int status, String body, long nanos) {}

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
        return session;
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
            return new Response(r.statusCode(), r.body(), System.nanoTime() - start);
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

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
