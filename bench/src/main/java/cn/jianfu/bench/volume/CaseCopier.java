package cn.jianfu.bench.volume;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes copies of {@link CaseTemplate}s straight into the tables, batched: every engine id of the
 * template gets the copy's suffix (so executions, tasks, variables and history keep pointing at
 * each other), the business key and the variables holding it the copy's new id, every date moves
 * back by the copy's shift, and — to spread the copies over the county — people and units may be
 * swapped for others of the same kind (a unit's organisation id, its candidate group
 * {@code org:<code>}, the user holding its steps).
 */
final class CaseCopier implements AutoCloseable {

    /** How one copy differs from its template. */
    record Copy(
            String suffix,
            long businessId,
            String clueNo,
            long shiftMinutes,
            Map<String, String> users,
            Map<Long, Long> orgs,
            Map<String, String> groups) {}

    private static final int BATCH_ROWS = 5000;

    private final Connection c;
    private final Map<String, PreparedStatement> inserts = new HashMap<>();
    private final Map<String, Integer> pending = new HashMap<>();
    private long clueUnitId;
    private long rows;

    CaseCopier(Connection c, long lastClueUnitId) throws SQLException {
        this.c = c;
        this.clueUnitId = lastClueUnitId;
        // a bulk import: rows of a copy reference each other across batches of different tables
        try (var s = c.createStatement()) {
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
        }
    }

    long rows() {
        return rows;
    }

    void copy(CaseTemplate t, Copy copy) throws SQLException {
        String oldKey = String.valueOf(t.businessId());
        Map<String, String> units = new HashMap<>();
        for (Rows domain : t.domain()) {
            if (domain.table().equals("clue_unit")) {
                for (Object id : domain.column("ID")) {
                    units.put(String.valueOf(id), String.valueOf(++clueUnitId));
                }
            }
        }
        for (Rows engine : t.engine()) {
            add(engine, (column, value, row, columns) -> {
                if (value == null) {
                    return null;
                }
                Object moved = moved(value, copy.shiftMinutes());
                if (moved != null) {
                    return moved;
                }
                if (value instanceof String s) {
                    if (t.engineIds().contains(s)) {
                        return copiedId(s, copy.suffix());
                    }
                    switch (column) {
                        case "BUSINESS_KEY_":
                            return s.equals(oldKey) ? String.valueOf(copy.businessId()) : s;
                        case "ASSIGNEE_", "OWNER_", "USER_ID_", "START_USER_ID_":
                            return copy.users().getOrDefault(s, s);
                        case "GROUP_ID_":
                            return copy.groups().getOrDefault(s, s);
                        case "TEXT_":
                            return variable(name(row, columns), s, oldKey, copy, units);
                        default:
                            return s;
                    }
                }
                if (value instanceof Long l && column.equals("LONG_")) {
                    String v = variable(name(row, columns), String.valueOf(l), oldKey, copy, units);
                    return Long.parseLong(v);
                }
                return value;
            });
        }
        for (Rows domain : t.domain()) {
            boolean unit = domain.table().equals("clue_unit");
            add(domain, (column, value, row, columns) -> {
                if (value == null) {
                    return null;
                }
                Object moved = moved(value, copy.shiftMinutes());
                if (moved != null) {
                    return moved;
                }
                switch (column) {
                    case "ID":
                        return unit ? Long.parseLong(units.get(String.valueOf(value))) : copy.businessId();
                    case "CLUE_ID":
                        return copy.businessId();
                    case "CLUE_NO":
                        return copy.clueNo();
                    case "CLIENT_TOKEN":
                        return null;
                    case "ORG_ID":
                        return value instanceof Number n
                                ? copy.orgs().getOrDefault(n.longValue(), n.longValue())
                                : value;
                    default:
                        return value;
                }
            });
        }
    }

    /** Writes what is pending. */
    void flush() throws SQLException {
        for (String table : List.copyOf(inserts.keySet())) {
            execute(table);
        }
        c.commit();
    }

    private void execute(String table) throws SQLException {
        PreparedStatement s = inserts.get(table);
        if (s != null && pending.getOrDefault(table, 0) > 0) {
            s.executeBatch();
            pending.put(table, 0);
        }
    }

    private void add(Rows rows, Rows.Change change) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        PreparedStatement insert = inserts.get(rows.table());
        if (insert == null) {
            insert = rows.insert(c);
            inserts.put(rows.table(), insert);
        }
        rows.addCopies(insert, change);
        int n = pending.merge(rows.table(), rows.values().size(), Integer::sum);
        this.rows += rows.values().size();
        if (n >= BATCH_ROWS) {
            flush();
        }
    }

    /** The copy's id: the template's with the suffix, cut to fit the engine's 64 characters. */
    private static String copiedId(String id, String suffix) {
        return id.substring(0, Math.min(id.length(), 64 - suffix.length())) + suffix;
    }

    private static String name(Object[] row, List<String> columns) {
        int i = columns.indexOf("NAME_");
        return i < 0 ? null : (String) row[i];
    }

    /** A variable's value in the copy: the ids of the case, its units and organisations change. */
    private static String variable(String name, String value, String oldKey, Copy copy, Map<String, String> units) {
        if (name == null) {
            return value;
        }
        return switch (name) {
            case "applicationId", "clueId" -> value.equals(oldKey) ? String.valueOf(copy.businessId()) : value;
            case "unitKey" -> units.getOrDefault(value, value);
            case "inboxUnitId" ->
                String.valueOf(copy.orgs().getOrDefault(Long.parseLong(value), Long.parseLong(value)));
            default -> copy.groups().getOrDefault(value, copy.users().getOrDefault(value, value));
        };
    }

    /** A date or time moved back by {@code minutes}; null when the value is none. */
    private static Object moved(Object value, long minutes) {
        if (value instanceof LocalDateTime t) {
            return t.minusMinutes(minutes);
        }
        if (value instanceof Timestamp t) {
            return Timestamp.valueOf(t.toLocalDateTime().minusMinutes(minutes));
        }
        if (value instanceof LocalDate d) {
            return d.minusDays(minutes / (24 * 60));
        }
        if (value instanceof java.sql.Date d) {
            return java.sql.Date.valueOf(d.toLocalDate().minusDays(minutes / (24 * 60)));
        }
        return null;
    }

    @Override
    public void close() throws SQLException {
        flush();
        for (PreparedStatement s : inserts.values()) {
            s.close();
        }
        try (var s = c.createStatement()) {
            s.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
    }
}
