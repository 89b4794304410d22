package cn.jianfu.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * MariaDB's global statement counters ({@code SHOW GLOBAL STATUS}): SELECT, INSERT, UPDATE and
 * DELETE statements and COMMITs, server-wide. Read before and after a timed run while only one
 * application works, their difference is what that run cost the database (plus whatever else ran
 * on the server meanwhile: the benchmark measures that idle background rate and reports it). A
 * statement run with autocommit on commits without a COMMIT and is not counted as one.
 */
public record ServerCounters(long selects, long inserts, long updates, long deletes, long commits) {

    public static ServerCounters read(Database db) {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN "
                        + "('Com_select', 'Com_insert', 'Com_update', 'Com_delete', 'Com_commit')")) {
            long select = 0;
            long insert = 0;
            long update = 0;
            long delete = 0;
            long commit = 0;
            while (r.next()) {
                long value = r.getLong(2);
                switch (r.getString(1).toLowerCase(Locale.ROOT)) {
                    case "com_select" -> select = value;
                    case "com_insert" -> insert = value;
                    case "com_update" -> update = value;
                    case "com_delete" -> delete = value;
                    case "com_commit" -> commit = value;
                    default -> {
                        // not asked for
                    }
                }
            }
            return new ServerCounters(select, insert, update, delete, commit);
        } catch (SQLException e) {
            throw new BenchFailure("cannot read the server's status counters", e);
        }
    }

    /** What happened between {@code earlier} and this reading. */
    public ServerCounters since(ServerCounters earlier) {
        return new ServerCounters(
                selects - earlier.selects,
                inserts - earlier.inserts,
                updates - earlier.updates,
                deletes - earlier.deletes,
                commits - earlier.commits);
    }

    /** SELECT + INSERT + UPDATE + DELETE. */
    public long statements() {
        return selects + inserts + updates + deletes;
    }
}
