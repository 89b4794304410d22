package cn.jianfu.security;

import cn.jianfu.common.Clock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing without handing strangers a lockout button. Failures count in the
 * database, so every node sees the same numbers:
 * <ul>
 *   <li>per client and user name: after {@code free-failures} failures each further attempt waits
 *       twice as long as the one before (1 s, 2 s, 4 s … up to {@code max-delay-seconds}). A
 *       stranger failing somebody's login slows only their own client, never the owner's;
 *   <li>per client: more than {@code failures-per-client} failures within the window stop that
 *       client until the window ends, which bounds spraying passwords across user names.
 * </ul>
 * A client is the hash of its address, never the address itself.
 */
@Component
class LoginThrottle {

    private final LoginThrottleMapper failures;
    private final int freeFailures;
    private final Duration maxDelay;
    private final int failuresPerClient;
    private final Duration window;

    LoginThrottle(
            LoginThrottleMapper failures,
            @Value("${jianfu.login.free-failures:3}") int freeFailures,
            @Value("${jianfu.login.max-delay-seconds:900}") int maxDelaySeconds,
            @Value("${jianfu.login.failures-per-client:30}") int failuresPerClient,
            @Value("${jianfu.login.window-minutes:15}") int windowMinutes) {
        this.failures = failures;
        this.freeFailures = freeFailures;
        this.maxDelay = Duration.ofSeconds(maxDelaySeconds);
        this.failuresPerClient = failuresPerClient;
        this.window = Duration.ofMinutes(windowMinutes);
    }

    /** How long this client must still wait before trying this user name again; empty when it may try now. */
    Optional<Duration> waitBeforeAttempt(String client, String username) {
        LocalDateTime now = Clock.now();
        LocalDateTime windowStart = now.minus(window);
        LoginThrottleRow perClient = failures.find(clientKey(client), windowStart);
        if (perClient != null && perClient.failures() >= failuresPerClient) {
            return positive(Duration.between(now, perClient.lastFailureAt().plus(window)));
        }
        LoginThrottleRow pair = failures.find(pairKey(client, username), windowStart);
        if (pair == null || pair.failures() < freeFailures) {
            return Optional.empty();
        }
        return positive(Duration.between(now, pair.lastFailureAt().plus(delayAfter(pair.failures()))));
    }

    /** Recorded in its own transaction: a failed login counts even though the request fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String client, String username) {
        LocalDateTime now = Clock.now();
        LocalDateTime windowStart = now.minus(window);
        failures.recordFailure(pairKey(client, username), now, windowStart);
        failures.recordFailure(clientKey(client), now, windowStart);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String client, String username) {
        failures.clear(pairKey(client, username));
        failures.purge(Clock.now().minus(window.multipliedBy(4)));
    }

    Duration delayAfter(int failureCount) {
        int doublings = Math.min(failureCount - freeFailures, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private static Optional<Duration> positive(Duration d) {
        return d.isNegative() || d.isZero() ? Optional.empty() : Optional.of(d);
    }

    private static String clientKey(String client) {
        return "c:" + hash(client);
    }

    private static String pairKey(String client, String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return "u:" + hash(client + "\n" + name);
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
