package cn.jianfu.clue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.FieldCipher;
import cn.jianfu.common.RateLimits;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The portal's limits on one node (the embedded database keeps the buckets in memory). */
class PortalThrottleTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY =
            Base64.getEncoder().encodeToString("another county's 32-byte key!!!!".getBytes());

    private static PortalThrottle throttle(String key) {
        RateLimits limits = new RateLimits(new DriverManagerDataSource("jdbc:h2:mem:throttle;MODE=MySQL"));
        assertThat(limits.shared()).isFalse();
        return new PortalThrottle(limits, new FieldCipher(key, "unused"), 2, 5, 3, 15, 2);
    }

    @Test
    void clientKeysAreOpaqueAndStableAndTheSameOnEveryNodeOfTheCounty() {
        PortalThrottle throttle = throttle(KEY);
        String key = throttle.client("198.51.100.7");
        assertThat(key)
                .isEqualTo(throttle.client("198.51.100.7"))
                // a keyed hash in hex: never the address (a fixed digit string like "198" may occur by chance)
                .matches("[0-9a-f]{32}")
                .doesNotContain("198.51.100.7");
        assertThat(key).isNotEqualTo(throttle.client("198.51.100.8"));
        // another node with the county's key counts the same client; without the key, nothing to look up
        assertThat(throttle(KEY).client("198.51.100.7")).isEqualTo(key);
        assertThat(throttle(OTHER_KEY).client("198.51.100.7")).isNotEqualTo(key);
    }

    @Test
    void limitsSubmissionsLookupsAndFailures() {
        PortalThrottle throttle = throttle(KEY);
        throttle.submission("a");
        throttle.submission("a");
        assertThatThrownBy(() -> throttle.submission("a"))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status().value()).isEqualTo(429));
        throttle.submission("b");

        // failures count per client only: others failing never lock anyone else out
        throttle.lookup("c");
        throttle.failed("c");
        throttle.failed("d");
        throttle.failed("d");
        throttle.lookup("e");
        throttle.failed("e");
        throttle.failed("e");
        throttle.failed("e");
        assertThatThrownBy(() -> throttle.lookup("e")).hasMessage(PortalThrottle.TOO_MANY);
        throttle.lookup("c");
        for (int i = 0; i < 5; i++) {
            throttle.lookup("f");
        }
        assertThatThrownBy(() -> throttle.lookup("f")).hasMessage(PortalThrottle.TOO_MANY);
    }

    @Test
    void limitsCategorySuggestionsPerClient() {
        PortalThrottle throttle = throttle(KEY);
        throttle.suggestion("g");
        throttle.suggestion("g");
        assertThatThrownBy(() -> throttle.suggestion("g"))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status().value()).isEqualTo(429));
        // another client, and the other limits of the same client, are untouched
        throttle.suggestion("h");
        throttle.submission("g");
    }
}
