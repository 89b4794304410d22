package cn.jianfu.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The MariaDB/MySQL server the benchmarks use (the same environment variables as the backend's
 * integration tests and the e2e journeys: JIANFU_TEST_DB_HOST, _PORT, _USER, _PASSWORD) and the
 * database a benchmark owns: dropped and created anew at every run.
 */
public record Database(String host, String port, String user, String password, String name) {

    /** The options the application itself connects with (e2e/support/app.mjs). */
    private static final String APP_OPTIONS = "sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&useSSL=false"
            + "&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";

    public static Database fromEnvironment(String name) {
        return new Database(
                env("JIANFU_TEST_DB_HOST", "127.0.0.1"),
                env("JIANFU_TEST_DB_PORT", "3306"),
                env("JIANFU_TEST_DB_USER", "root"),
                env("JIANFU_TEST_DB_PASSWORD", ""),
                name);
    }

    /** The Connector/J options the application connects with, for URLs built elsewhere (a cluster's). */
    public static String appOptions() {
        return APP_OPTIONS;
    }

    /** The URL the application is started with. */
    public String appUrl() {
        return "jdbc:mysql://" + host + ":" + port + "/" + name + "?" + APP_OPTIONS;
    }

    /** Drops and creates the benchmark's database; says how to start MariaDB when it is not there. */
    public void recreate() {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new BenchFailure("not a plain database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(
                        "jdbc:mysql://" + host + ":" + port + "/?" + APP_OPTIONS, user, password);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new BenchFailure(
                    "MariaDB at " + host + ":" + port + " is not usable (" + e.getMessage() + "). Start it with: "
                            + "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd",
                    e);
        }
    }

    /** A connection for seeding: batched inserts are rewritten into multi-row statements. */
    public Connection connectForSeeding() throws SQLException {
        Connection c = DriverManager.getConnection(appUrl() + "&rewriteBatchedStatements=true", user, password);
        c.setAutoCommit(false);
        return c;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(appUrl(), user, password);
    }

    /** The server's version and InnoDB buffer pool, e.g. "10.11.19-MariaDB-0+deb12u1, buffer pool 128 MiB". */
    public String version() {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT VERSION(), @@innodb_buffer_pool_size")) {
            r.next();
            return r.getString(1) + ", buffer pool " + r.getLong(2) / (1024 * 1024) + " MiB";
        } catch (SQLException e) {
            throw new BenchFailure("cannot read the database version", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
