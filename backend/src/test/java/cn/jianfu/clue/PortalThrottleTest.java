package cn.jianfu.clue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jianfu.common.ApiException;
import org.junit.jupiter.api.Test;

class PortalThrottleTest {

    @Test
    void clientKeysAreOpaqueAndStable() {
        PortalThrottle throttle = new PortalThrottle(2, 5, 3, 15);
        String key = throttle.client("198.51.100.7");
        assertThat(key)
                .isEqualTo(throttle.client("198.51.100.7"))
                // a salted hash in hex: never the address (a fixed digit string like "198" may occur by chance)
                .matches("[0-9a-f]{32}")
                .doesNotContain("198.51.100.7");
        assertThat(key).isNotEqualTo(throttle.client("198.51.100.8"));
        // salted per start: another instance cannot be used to look addresses up
        assertThat(new PortalThrottle(2, 5, 3, 15).client("198.51.100.7")).isNotEqualTo(key);
    }

    @Test
    void limitsSubmissionsLookupsAndFailures() {
        PortalThrottle throttle = new PortalThrottle(2, 5, 3, 15);
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
}
