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

    private static Map<String, Object> properties;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(new MapPropertySource("mariadb-test-database", properties()));
    }

    static synchronized Map<String, Object> properties() {
        if (properties == null) {
            String host = env("JIANFU_TEST_DB_HOST", "127.0.0.1");
            String port = env("JIANFU_TEST_DB_PORT", "3306");
            String user = env("JIANFU_TEST_DB_USER", "root");
            String password = env("JIANFU_TEST_DB_PASSWORD", "");
            String name = env("JIANFU_TEST_DB_NAME", "jianfu_test");
            if (!name.matches("[A-Za-z0-9_]+")) {
                throw new IllegalStateException("JIANFU_TEST_DB_NAME may contain letters, digits and _ only");
            }
            String options =
                    "sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";
            String server = "jdbc:mysql://" + host + ":" + port + "/?" + options;
            try (Connection c = DriverManager.getConnection(server, user, password);
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
                                .formatted(host, port, user, e.getMessage()),
                        e);
            }
            Map<String, Object> p = new HashMap<>();
            p.put("spring.datasource.url", "jdbc:mysql://" + host + ":" + port + "/" + name + "?" + options);
            p.put("spring.datasource.username", user);
            p.put("spring.datasource.password", password);
            p.put("spring.datasource.driver-class-name", "com.mysql.cj.jdbc.Driver");
            p.put("jianfu.demo-data", "false");
            p.put("camunda.bpm.job-execution.enabled", "false");
            p.put("jianfu.attachments.dir", "target/test-attachments");
            properties = Map.copyOf(p);
        }
        return properties;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
