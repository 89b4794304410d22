package cn.jianfu.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per user name within a sliding window; once the limit is reached, further
 * attempts for that name are refused until the window has passed. Kept in memory: on two nodes
 * each node counts its own attempts, which still bounds guessing to a small multiple.
 */
@Component
class LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(
            @Value("${jianfu.login.max-failures:5}") int maxFailures,
            @Value("${jianfu.login.lock-minutes:15}") int lockMinutes) {
        this.maxFailures = maxFailures;
        this.window = Duration.ofMinutes(lockMinutes);
    }

    boolean isLocked(String username) {
        Deque<Instant> times = failures.get(key(username));
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times);
            return times.size() >= maxFailures;
        }
    }

    void failed(String username) {
        Deque<Instant> times = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(Instant.now());
        }
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    int lockMinutes() {
        return (int) window.toMinutes();
    }

    private void prune(Deque<Instant> times) {
        Instant cutoff = Instant.now().minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
            times.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
