package cn.jianfu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoDataWantedTest {

    static final String H2 = "jdbc:h2:file:./data/jianfu;MODE=MySQL";
    static final String MARIADB = "jdbc:mysql://127.0.0.1:3306/jianfu";

    @Test
    void theEmbeddedDatabaseGetsTheDemoCountyUnlessToldOtherwise() {
        assertThat(DemoDataWanted.wanted(env(H2, null))).isTrue();
        assertThat(DemoDataWanted.wanted(env(H2, ""))).isTrue();
        assertThat(DemoDataWanted.wanted(env(H2, "false"))).isFalse();
    }

    @Test
    void aRealDatabaseGetsDemoDataOnlyWhenAsked() {
        assertThat(DemoDataWanted.wanted(env(MARIADB, null))).isFalse();
        assertThat(DemoDataWanted.wanted(env(MARIADB, ""))).isFalse();
        assertThat(DemoDataWanted.wanted(env(MARIADB, "true"))).isTrue();
    }

    @Test
    void theLogSaysPlainlyWhenItRunsOnTheDemoDatabase() {
        assertThat(DemoDatabaseWarning.message(env(H2, null)))
                .contains("DEMO database")
                .contains("SPRING_DATASOURCE_URL")
                .contains("演示数据库");
        assertThat(DemoDatabaseWarning.message(env(MARIADB, "true"))).isNull();
    }

    private static MockEnvironment env(String url, String demoData) {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", url);
        if (demoData != null) {
            env.setProperty(DemoDataWanted.PROPERTY, demoData);
        }
        return env;
    }
}
