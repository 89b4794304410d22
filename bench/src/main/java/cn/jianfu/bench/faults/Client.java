package cn.jianfu.bench.faults;

import cn.jianfu.bench.BenchFailure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A browser's worth of HTTP in front of several nodes, as behind a load balancer without sticky
 * sessions: each request goes to the next live node in turn, and a request that cannot reach a node
 * (connection refused or reset) is counted and answered as status 0, for the caller to retry. The
 * cookies (CSRF token, session) are kept by name for every node, as the nodes share one host; the
 * session lives in the database, so any node serves it. Every request has a time limit, so a hang
 * shows as status -1 ("no answer within the limit") instead of blocking the load.
 */
final class Client {

    /** An answer: status (0 = no connection, -1 = no answer within the limit), body, milliseconds. */
    record Answer(int status, String body, long millis, String node) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** 503 with Retry-After is what the app answers while its database is unreachable. */
        boolean unavailable() {
            return status == 503;
        }
    }

    static final int NO_CONNECTION = 0;
    static final int NO_ANSWER = -1;

    private final Supplier<List<Node>> nodes;
    private final HttpClient http;
    private final Duration limit;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private final AtomicInteger turn = new AtomicInteger();

    Client(Supplier<List<Node>> nodes, Duration limit) {
        this.nodes = nodes;
        this.limit = limit;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3))
                .build();
    }

    /** Fetches the CSRF cookie (anonymous portal use); retried until some node answers. */
    Client csrf() {
        for (int i = 0; i < 60; i++) {
            if (get("/api/auth/csrf").ok() && cookies.containsKey("XSRF-TOKEN")) {
                return this;
            }
            Pause.millis(1000);
        }
        throw new BenchFailure("no node gave a CSRF token");
    }

    /** Logs in as the SPA does; retried while the demo data is still loading after a cold start. */
    Client login(String username, String password) {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        Answer last = null;
        while (System.nanoTime() < deadline) {
            csrf();
            last = post("/api/auth/login", JsonText.object("username", username, "password", password), null);
            if (last.ok() && !last.body().contains("twoFactorRequired")) {
                return this;
            }
            Pause.millis(1000);
        }
        throw new BenchFailure("login as " + username + " failed: " + last);
    }

    Answer get(String path) {
        return send("GET", path, null, null);
    }

    Answer post(String path, String json, String idempotencyKey) {
        return send("POST", path, json, idempotencyKey);
    }

    Answer send(String method, String path, String json, String idempotencyKey) {
        List<Node> live = nodes.get().stream().filter(Node::alive).toList();
        if (live.isEmpty()) {
            return new Answer(NO_CONNECTION, "no live node", 0, "-");
        }
        Node node = live.get(Math.floorMod(turn.getAndIncrement(), live.size()));
        HttpRequest.Builder request = HttpRequest.newBuilder(node.base().resolve(URI.create(path)))
                .timeout(limit)
                .header("Accept", "application/json");
        String cookieHeader = cookieHeader();
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        String token = cookies.get("XSRF-TOKEN");
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> r =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String set : r.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String value = pair.substring(eq + 1);
                    if (value.isEmpty()) {
                        cookies.remove(pair.substring(0, eq));
                    } else {
                        cookies.put(pair.substring(0, eq), value);
                    }
                }
            }
            return new Answer(r.statusCode(), r.body(), millisSince(start), node.name());
        } catch (java.net.http.HttpTimeoutException e) {
            return new Answer(NO_ANSWER, e.toString(), millisSince(start), node.name());
        } catch (IOException e) {
            return new Answer(NO_CONNECTION, e.toString(), millisSince(start), node.name());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        }
    }

    private String cookieHeader() {
        StringBuilder s = new StringBuilder();
        cookies.forEach((k, v) -> {
            if (!s.isEmpty()) {
                s.append("; ");
            }
            s.append(k).append('=').append(v);
        });
        return s.toString();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
