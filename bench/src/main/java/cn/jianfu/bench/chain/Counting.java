package cn.jianfu.bench.chain;

import cn.jianfu.bench.BenchFailure;
import cn.jianfu.bench.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A COUNT(*) straight from an application's database, to check what a run left behind. */
final class Counting {

    private Counting() {}

    static long count(Database db, String sql, Object... parameters) {
        try (Connection c = db.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new BenchFailure("cannot count in " + db.name() + ": " + e.getMessage(), e);
        }
    }
}
