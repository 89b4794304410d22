package cn.jianfu.bench.volume;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of one table read as they are and written back changed: the copying of a template case,
 * whatever columns the engine's or our tables have (read from the result set's metadata), so the
 * copies carry every column the application wrote and nothing made up.
 */
record Rows(String table, List<String> columns, List<Object[]> values) {

    static Rows select(Connection c, String table, String where, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table + " WHERE " + where)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i).toUpperCase(java.util.Locale.ROOT));
                }
                List<Object[]> values = new ArrayList<>();
                while (r.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = r.getObject(i + 1);
                    }
                    values.add(row);
                }
                return new Rows(table, List.copyOf(columns), values);
            }
        }
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** The values of {@code column}, one per row. */
    List<Object> column(String column) {
        int i = columns.indexOf(column);
        List<Object> result = new ArrayList<>();
        if (i >= 0) {
            values.forEach(v -> result.add(v[i]));
        }
        return result;
    }

    /** A column's value in a row as a map, for the copy's changes. */
    Map<String, Object> row(int index) {
        Map<String, Object> row = new LinkedHashMap<>();
        Object[] v = values.get(index);
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), v[i]);
        }
        return row;
    }

    /** The batched insert of this table's columns (the caller adds rows and executes). */
    PreparedStatement insert(Connection c) throws SQLException {
        String marks = String.join(",", java.util.Collections.nCopies(columns.size(), "?"));
        return c.prepareStatement(
                "INSERT INTO " + table + " (" + String.join(",", columns) + ") VALUES (" + marks + ")");
    }

    /** Adds one changed copy of every row to {@code insert}. */
    void addCopies(PreparedStatement insert, Change change) throws SQLException {
        for (Object[] v : values) {
            for (int i = 0; i < v.length; i++) {
                insert.setObject(i + 1, change.apply(columns.get(i), v[i], v, columns));
            }
            insert.addBatch();
        }
    }

    /** How a copy differs: the new value of a column, given the template's value and row. */
    interface Change {
        Object apply(String column, Object value, Object[] row, List<String> columns);
    }
}
