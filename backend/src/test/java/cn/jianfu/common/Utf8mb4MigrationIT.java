package cn.jianfu.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database created with the old three-byte utf8 default (as many MySQL installations still are)
 * ends up with every domain table in utf8mb4 after the migrations, and keeps a name with a
 * character outside the Basic Multilingual Plane as typed.
 */
class Utf8mb4MigrationIT {

    static final String HOST = env("JIANFU_TEST_DB_HOST", "127.0.0.1");
    static final String PORT = env("JIANFU_TEST_DB_PORT", "3306");
    static final String USER = env("JIANFU_TEST_DB_USER", "root");
    static final String PASSWORD = env("JIANFU_TEST_DB_PASSWORD", "");
    static final String SCHEMA = env("JIANFU_TEST_DB_NAME", "jianfu_test") + "_mb3";
    static final String OPTIONS = "sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&useSSL=false"
            + "&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";

    @BeforeEach
    void oldStyleDatabase() throws SQLException {
        try (Connection c = server();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + SCHEMA);
            s.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci");
        }
    }

    @AfterEach
    void dropIt() throws SQLException {
        try (Connection c = server();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + SCHEMA);
        }
    }

    @Test
    void everyDomainTableIsUtf8mb4AfterTheMigrations() throws SQLException {
        String url = "jdbc:mysql://" + HOST + ":" + PORT + "/" + SCHEMA + "?" + OPTIONS;
        Flyway.configure()
                .dataSource(url, USER, PASSWORD)
                .locations("classpath:db/migration")
                .table("jf_schema_history")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD);
                Statement s = c.createStatement()) {
            List<String> notMb4 = new ArrayList<>();
            try (ResultSet rs =
                    s.executeQuery("SELECT t.TABLE_NAME, c.CHARACTER_SET_NAME FROM information_schema.TABLES t "
                            + "JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY c "
                            + "ON c.COLLATION_NAME = t.TABLE_COLLATION WHERE t.TABLE_SCHEMA = DATABASE()")) {
                while (rs.next()) {
                    if (!"utf8mb4".equals(rs.getString(2))) {
                        notMb4.add(rs.getString(1) + "=" + rs.getString(2));
                    }
                }
            }
            assertThat(notMb4).isEmpty();
            s.execute("INSERT INTO org_unit (code, name, type, created_at) VALUES ('MB4', '𠀾村😀', 'VILLAGE', NOW())");
            try (ResultSet rs = s.executeQuery("SELECT name FROM org_unit WHERE code = 'MB4'")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("𠀾村😀");
            }
        }
    }

    @Test
    void theApplicationRefusesToStartOnSuchADatabaseAndSaysHowToCreateIt() throws SQLException {
        DriverManagerDataSource old = new DriverManagerDataSource(
                "jdbc:mysql://" + HOST + ":" + PORT + "/" + SCHEMA + "?" + OPTIONS, USER, PASSWORD);
        assertThatThrownBy(() -> Utf8mb4Guard.check(old))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("utf8mb3")
                .hasMessageContaining("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4");
        try (Connection c = server();
                Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Utf8mb4Guard.check(old);
    }

    private static Connection server() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + HOST + ":" + PORT + "/?" + OPTIONS, USER, PASSWORD);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
