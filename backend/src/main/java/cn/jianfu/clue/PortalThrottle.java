package cn.jianfu.clue;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.FieldCipher;
import cn.jianfu.common.RateLimits;
import io.github.bucket4j.Bandwidth;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Limits what one client may do on the public portal: submissions, query-code look-ups, failed
 * look-ups. Each limit is a token bucket ({@link RateLimits}) shared by every node, so a client
 * cannot multiply its allowance by the number of nodes. Clients are told apart by a keyed hash of
 * their address ({@link FieldCipher#keyedHash}): the address itself is neither stored nor logged,
 * and without the county's key the hash cannot be traced back.
 *
 * <p>Deliberately no limit per clue number: a query code is 20 random characters (about 100 bits),
 * so guessing one is hopeless even without it, while such a limit would let anyone who knows a
 * clue number lock its reporter out by failing a few times.
 */
@Component
class PortalThrottle {

    static final String TOO_MANY = "操作过于频繁，请稍后再试";

    private final RateLimits limits;
    private final FieldCipher cipher;
    private final Bandwidth submissions;
    private final Bandwidth lookups;
    private final Bandwidth failures;
    private final Bandwidth suggestions;

    PortalThrottle(
            RateLimits limits,
            FieldCipher cipher,
            @Value("${jianfu.clue.throttle.submissions-per-hour:10}") int submissionsPerHour,
            @Value("${jianfu.clue.throttle.lookups-per-10-minutes:60}") int lookupsPer10Minutes,
            @Value("${jianfu.clue.throttle.failures-per-client:10}") int failuresPerClient,
            @Value("${jianfu.clue.throttle.failure-window-minutes:15}") int failureWindowMinutes,
            @Value("${jianfu.clue.throttle.suggestions-per-10-minutes:200}") int suggestionsPer10Minutes) {
        this.limits = limits;
        this.cipher = cipher;
        this.submissions = limit(submissionsPerHour, Duration.ofHours(1));
        this.lookups = limit(lookupsPer10Minutes, Duration.ofMinutes(10));
        this.failures = limit(failuresPerClient, Duration.ofMinutes(failureWindowMinutes));
        this.suggestions = limit(suggestionsPer10Minutes, Duration.ofMinutes(10));
    }

    /** An opaque key for the client at {@code remoteAddress}; the address does not leave this method. */
    String client(String remoteAddress) {
        return cipher.keyedHash("portal-client", remoteAddress);
    }

    void submission(String client) {
        if (!limits.tryConsume("portal-submit:" + client, submissions, 1)) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "提交过于频繁，请一小时后再试");
        }
    }

    /** Before checking a query code: refuses when the client has looked up or failed too often. */
    void lookup(String client) {
        if (limits.availableTokens("portal-fail:" + client, failures) <= 0
                || !limits.tryConsume("portal-lookup:" + client, lookups, 1)) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, TOO_MANY);
        }
    }

    /** Before suggesting a category: the form asks while the reporter types, debounced, so the limit is generous. */
    void suggestion(String client) {
        if (!limits.tryConsume("portal-suggest:" + client, suggestions, 1)) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, TOO_MANY);
        }
    }

    void failed(String client) {
        limits.tryConsume("portal-fail:" + client, failures, 1);
    }

    /** {@code count} per {@code period}, refilled gradually: a client who waits gets its allowance back. */
    private static Bandwidth limit(int count, Duration period) {
        return Bandwidth.builder().capacity(count).refillGreedy(count, period).build();
    }
}
