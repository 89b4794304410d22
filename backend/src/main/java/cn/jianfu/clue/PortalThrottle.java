package cn.jianfu.clue;

import cn.jianfu.common.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Limits what one client may do on the public portal: submissions, query-code look-ups, failed
 * look-ups. Clients are told apart by a salted hash of their address, kept only in memory: the
 * address itself is neither stored nor logged, and the salt changes on every start.
 *
 * <p>Deliberately no limit per clue number: a query code is 20 random characters (about 100 bits),
 * so guessing one is hopeless even without it, while such a limit would let anyone who knows a
 * clue number lock its reporter out by failing a few times.
 */
@Component
class PortalThrottle {

    static final String TOO_MANY = "操作过于频繁，请稍后再试";

    private final byte[] salt = new byte[16];
    private final Window submissions;
    private final Window lookups;
    private final Window clientFailures;
    private final AtomicInteger calls = new AtomicInteger();

    PortalThrottle(
            @Value("${jianfu.clue.throttle.submissions-per-hour:10}") int submissionsPerHour,
            @Value("${jianfu.clue.throttle.lookups-per-10-minutes:60}") int lookupsPer10Minutes,
            @Value("${jianfu.clue.throttle.failures-per-client:10}") int failuresPerClient,
            @Value("${jianfu.clue.throttle.failure-window-minutes:15}") int failureWindowMinutes) {
        new SecureRandom().nextBytes(salt);
        this.submissions = new Window(submissionsPerHour, Duration.ofHours(1));
        this.lookups = new Window(lookupsPer10Minutes, Duration.ofMinutes(10));
        this.clientFailures = new Window(failuresPerClient, Duration.ofMinutes(failureWindowMinutes));
    }

    /** An opaque key for the client at {@code remoteAddress}; the address does not leave this method. */
    String client(String remoteAddress) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(String.valueOf(remoteAddress).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void submission(String client) {
        housekeeping();
        if (!submissions.tryAdd(client)) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "提交过于频繁，请一小时后再试");
        }
    }

    /** Before checking a query code: refuses when the client has looked up or failed too often. */
    void lookup(String client) {
        housekeeping();
        if (clientFailures.full(client) || !lookups.tryAdd(client)) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, TOO_MANY);
        }
    }

    void failed(String client) {
        clientFailures.add(client);
    }

    /** Now and then, forget keys whose window has passed, so the maps cannot grow without bound. */
    private void housekeeping() {
        if (calls.incrementAndGet() % 1000 == 0) {
            submissions.prune();
            lookups.prune();
            clientFailures.prune();
        }
    }

    private static final class Window {
        private final int limit;
        private final Duration length;
        private final Map<String, Deque<Instant>> hits = new ConcurrentHashMap<>();

        Window(int limit, Duration length) {
            this.limit = limit;
            this.length = length;
        }

        boolean full(String key) {
            Deque<Instant> times = hits.get(key);
            if (times == null) {
                return false;
            }
            synchronized (times) {
                drop(times);
                return times.size() >= limit;
            }
        }

        boolean tryAdd(String key) {
            Deque<Instant> times = hits.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                drop(times);
                if (times.size() >= limit) {
                    return false;
                }
                times.addLast(Instant.now());
                return true;
            }
        }

        void add(String key) {
            Deque<Instant> times = hits.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                drop(times);
                times.addLast(Instant.now());
            }
        }

        void prune() {
            hits.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    drop(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }

        private void drop(Deque<Instant> times) {
            Instant cutoff = Instant.now().minus(length);
            while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
                times.removeFirst();
            }
        }
    }
}
