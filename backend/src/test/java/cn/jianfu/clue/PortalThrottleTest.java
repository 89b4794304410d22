package cn.jianfu.clue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jianfu.common.ApiException;
import org.junit.jupiter.api.Test;

class PortalThrottleTest {

    @Test
    void clientKeysAreOpaqueAndStable() {
        PortalThrottle throttle = new PortalThrottle(2, 5, 3, 2, 15);
        String key = throttle.client("198.51.100.7");
        assertThat(key)
                .isEqualTo(throttle.client("198.51.100.7"))
                .doesNotContain("198")
                .hasSize(32);
        assertThat(key).isNotEqualTo(throttle.client("198.51.100.8"));
        // salted per start: another instance cannot be used to look addresses up
        assertThat(new PortalThrottle(2, 5, 3, 2, 15).client("198.51.100.7")).isNotEqualTo(key);
    }

    @Test
    void limitsSubmissionsLookupsAndFailures() {
        PortalThrottle throttle = new PortalThrottle(2, 5, 3, 2, 15);
        throttle.submission("a");
        throttle.submission("a");
        assertThatThrownBy(() -> throttle.submission("a"))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status().value()).isEqualTo(429));
        throttle.submission("b");

        throttle.lookup("c", "XS-1");
        throttle.failed("c", "XS-1");
        throttle.failed("d", "xs-1 ");
        assertThatThrownBy(() -> throttle.lookup("e", "XS-1")).hasMessageContaining("失败次数过多");
        throttle.lookup("e", "XS-2");
        throttle.failed("e", "XS-2");
        throttle.failed("e", "XS-3");
        throttle.failed("e", "XS-4");
        assertThatThrownBy(() -> throttle.lookup("e", "XS-5")).hasMessage(PortalThrottle.TOO_MANY);
        for (int i = 0; i < 5; i++) {
            throttle.lookup("f", "XS-9");
        }
        assertThatThrownBy(() -> throttle.lookup("f", "XS-9")).hasMessage(PortalThrottle.TOO_MANY);
    }
}
