package cn.jianfu.bench.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Running numbers per year (XS-2026-0001, ZR-2026-001): each year goes on after its counter row or
 * the highest number already in the table, and the counters are saved back, so that the app's next
 * clue or list entry gets the next number.
 */
final class Counters {

    private final Connection c;
    private final String counterTable;
    private final String table;
    private final String column;
    private final String prefix;
    private final Map<Integer, Integer> last = new TreeMap<>();

    Counters(Connection c, String counterTable, String table, String column, String prefix) {
        this.c = c;
        this.counterTable = counterTable;
        this.table = table;
        this.column = column;
        this.prefix = prefix;
    }

    int next(int year) throws SQLException {
        Integer n = last.get(year);
        if (n == null) {
            String p = prefix + year + "-";
            String counter = Sql.one(c, "SELECT MAX(last_no) FROM " + counterTable + " WHERE counter_year = " + year);
            String highest = Sql.one(
                    c,
                    "SELECT MAX(CAST(SUBSTRING(" + column + ", " + (p.length() + 1) + ") AS UNSIGNED)) FROM " + table
                            + " WHERE " + column + " LIKE '" + p + "%'");
            n = Math.max(parse(counter), parse(highest));
        }
        last.put(year, n + 1);
        return n + 1;
    }

    void save() throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + counterTable
                + " (counter_year, last_no) VALUES (?, ?) ON DUPLICATE KEY UPDATE last_no = VALUES(last_no)")) {
            for (Map.Entry<Integer, Integer> e : last.entrySet()) {
                s.setInt(1, e.getKey());
                s.setInt(2, e.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static int parse(String number) {
        return number == null ? 0 : Integer.parseInt(number);
    }
}
