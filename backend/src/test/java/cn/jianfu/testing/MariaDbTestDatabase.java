package cn.jianfu.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Every test that touches a database runs on the real MariaDB (or MySQL) at 127.0.0.1:3306
 * through Connector/J, in a schema created afresh once per test run. When the server is not
 * there the tests fail with instructions, they are never skipped.
 *
 * <p>Override with {@code JIANFU_TEST_DB_HOST}, {@code JIANFU_TEST_DB_PORT}, {@code JIANFU_TEST_DB_USER},
 * {@code JIANFU_TEST_DB_PASSWORD} and {@code JIANFU_TEST_DB_NAME}.
 */
public class MariaDbTestDatabase implements EnvironmentPostProcessor {

    private static final String OPTIONS =
            "sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";

    private static Map<String, Object> properties;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(new MapPropertySource("mariadb-test-database", properties()));
    }

    static synchronized Map<String, Object> properties() {
        if (properties == null) {
            String name = applicationSchema();
            createFresh(name);
            Map<String, Object> p = new HashMap<>();
            p.put("spring.datasource.url", url(name));
            p.put("spring.datasource.username", user());
            p.put("spring.datasource.password", password());
            p.put("spring.datasource.driver-class-name", "com.mysql.cj.jdbc.Driver");
            p.put("jianfu.demo-data", "false");
            p.put("camunda.bpm.job-execution.enabled", "false");
            p.put("jianfu.attachments.dir", "target/test-attachments");
            properties = Map.copyOf(p);
        }
        return properties;
    }

    /**
     * The schema of the full-application tests, created afresh by this JVM if no test has used it
     * yet: whatever it holds was written by this test run.
     */
    public static String applicationSchemaOfThisRun() {
        properties();
        return applicationSchema();
    }

    /** The schema of the full-application tests: {@code JIANFU_TEST_DB_NAME}, {@code jianfu_test} by default. */
    public static String applicationSchema() {
        String name = env("JIANFU_TEST_DB_NAME", "jianfu_test");
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalStateException("JIANFU_TEST_DB_NAME may contain letters, digits and _ only");
        }
        return name;
    }

    /** The schema of the standalone engine the model-level process tests share. */
    public static String engineSchema() {
        return applicationSchema() + "_engine";
    }

    /** The Connector/J URL of {@code schema} on the test server. */
    public static String url(String schema) {
        return "jdbc:mysql://" + host() + ":" + port() + "/" + schema + "?" + OPTIONS;
    }

    public static String user() {
        return env("JIANFU_TEST_DB_USER", "root");
    }

    public static String password() {
        return env("JIANFU_TEST_DB_PASSWORD", "");
    }

    /** Drops {@code name} if it exists and creates it empty (utf8mb4), or fails saying how to get MariaDB. */
    static void createFresh(String name) {
        try (Connection c = DriverManager.getConnection(url(""), user(), password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    """
                    The tests need MariaDB (or MySQL) at %s:%s, user %s. It is not reachable: %s
                    Start it with:  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
                    or install it:  apt-get update && apt-get install -y mariadb-server
                    """
                            .formatted(host(), port(), user(), e.getMessage()),
                    e);
        }
    }

    private static String host() {
        return env("JIANFU_TEST_DB_HOST", "127.0.0.1");
    }

    private static String port() {
        return env("JIANFU_TEST_DB_PORT", "3306");
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
