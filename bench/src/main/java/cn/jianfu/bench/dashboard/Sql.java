package cn.jianfu.bench.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The few JDBC helpers the seeding needs. */
final class Sql {

    private Sql() {}

    /** The first column of the first row, as text; null when there is none or it is NULL. */
    static String one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        String n = one(c, sql);
        return n == null ? 0 : Long.parseLong(n);
    }

    /** The highest id of {@code table}, 0 when empty: seeded rows take the ids after it. */
    static long maxId(Connection c, String table) throws SQLException {
        return count(c, "SELECT COALESCE(MAX(id), 0) FROM " + table);
    }

    /** Sets every parameter in order; null sets SQL NULL, java.time values go as they are. */
    static void set(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }
}
