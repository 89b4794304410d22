package cn.jianfu.bench.faults;

import cn.jianfu.bench.BenchFailure;
import cn.jianfu.bench.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every acknowledged write of a load checked against the database after the fault, straight over
 * JDBC: the domain tables and the engine's runtime and history tables.
 */
final class Reconciliation {

    private static final Pattern MARKER = Pattern.compile("\\[[^\\]\\s]+\\]");

    private final Database db;

    Reconciliation(Database db) {
        this.db = db;
    }

    /**
     * Portal: each receipt's clue is there exactly once, under the receipt's id and number, with a
     * running process instance or a finished one in history; the first {@code codesToCheck} query
     * codes open their clue on the portal; no clue exists for a form that never got a receipt; no
     * two clues share a number.
     */
    Counts portal(PortalLoad load, Client portal, int codesToCheck) {
        Counts c = new Counts();
        Map<String, List<ClueRow>> byMarker = new HashMap<>();
        try (Connection con = db.connect()) {
            try (PreparedStatement s = con.prepareStatement(
                    "SELECT id, clue_no, status, process_instance_id, description FROM clue WHERE description LIKE ?")) {
                s.setString(1, "%[" + load.tag() + "-%");
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Matcher m = MARKER.matcher(r.getString(5));
                        String marker = m.find() ? m.group() : "?";
                        byMarker.computeIfAbsent(marker, k -> new ArrayList<>())
                                .add(new ClueRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
                    }
                }
            }
            Set<String> known = new HashSet<>();
            for (PortalLoad.Receipt receipt : load.receipts()) {
                c.acknowledged++;
                known.add(receipt.marker());
                List<ClueRow> rows = byMarker.getOrDefault(receipt.marker(), List.of());
                if (rows.isEmpty()) {
                    c.lost("receipt " + receipt.clueNo() + " has no clue");
                    continue;
                }
                if (rows.size() > 1) {
                    c.duplicated(receipt.clueNo() + " stored " + rows.size() + " times", rows.size() - 1);
                }
                ClueRow row = rows.get(0);
                if (rows.stream()
                        .noneMatch(x -> x.id() == receipt.clueId() && x.clueNo().equals(receipt.clueNo()))) {
                    c.inconsistent("receipt " + receipt.clueNo() + "/" + receipt.clueId() + " but the form's clue is "
                            + row.clueNo() + "/" + row.id());
                }
                String process = processState(con, row.processInstanceId());
                boolean finished = "CLOSED".equals(row.status())
                        || "NOT_ACCEPTED".equals(row.status())
                        || "MERGED".equals(row.status());
                if (!(finished ? "ended" : "running").equals(process)) {
                    c.inconsistent(row.clueNo() + " is " + row.status() + " but its process is " + process);
                }
            }
            for (PortalLoad.Unanswered u : load.unanswered()) {
                List<ClueRow> rows = byMarker.getOrDefault(u.marker(), List.of());
                known.add(u.marker());
                if (!rows.isEmpty()) {
                    c.inconsistent("clue " + rows.get(0).clueNo() + " stored for a form that never got a receipt (last "
                            + u.lastStatus() + ")");
                }
            }
            for (String marker : byMarker.keySet()) {
                if (!known.contains(marker)) {
                    c.inconsistent("clue for form " + marker + " that the load never sent");
                }
            }
            duplicateNumbers(con, "SELECT clue_no, COUNT(*) FROM clue GROUP BY clue_no HAVING COUNT(*) > 1", c);
        } catch (SQLException e) {
            throw new BenchFailure("cannot reconcile the portal's receipts", e);
        }
        int checked = 0;
        for (PortalLoad.Receipt receipt : load.receipts()) {
            if (checked++ >= codesToCheck) {
                break;
            }
            Client.Answer a = portal.post(
                    "/api/public/clues/query",
                    JsonText.object("clueNo", receipt.clueNo(), "code", receipt.queryCode()),
                    null);
            if (a.status() != 200) {
                c.inconsistent("the query code of " + receipt.clueNo() + " answered " + a.status());
            }
        }
        return c;
    }

    /**
     * Chain: each acknowledged step's effect is there (a submitted application is at least in
     * review, an approved one admitted), each application once; every application of the load is
     * consistent with the engine (in review or approval: a running process with exactly that open
     * task; admitted: an ended process and exactly one list entry; a draft: no process, no entry);
     * no application stored for a draft that was never acknowledged; no two list entries share a
     * number.
     */
    Counts chain(ChainLoad load) {
        Counts c = new Counts();
        Map<String, List<AppRow>> byName = new HashMap<>();
        try (Connection con = db.connect()) {
            try (PreparedStatement s = con.prepareStatement("SELECT a.id, a.item_name, a.status, a.process_instance_id,"
                    + " (SELECT COUNT(*) FROM admission_item i WHERE i.application_id = a.id)"
                    + " FROM admission_application a WHERE a.item_name LIKE ?")) {
                s.setString(1, "演练事项" + load.tag() + "-%");
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        byName.computeIfAbsent(r.getString(2), k -> new ArrayList<>())
                                .add(new AppRow(
                                        r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5)));
                    }
                }
            }
            Set<String> known = new HashSet<>();
            for (ChainLoad.Chain chain : load.chains()) {
                known.add(chain.itemName());
                c.acknowledged += chain.acknowledged().ordinal() + 1;
                List<AppRow> rows = byName.getOrDefault(chain.itemName(), List.of());
                if (rows.isEmpty()) {
                    c.lost("application " + chain.applicationId() + " is not stored");
                    continue;
                }
                if (rows.size() > 1) {
                    c.duplicated(chain.itemName() + " stored " + rows.size() + " times", rows.size() - 1);
                }
                AppRow row = rows.stream()
                        .filter(x -> x.id() == chain.applicationId())
                        .findFirst()
                        .orElse(null);
                if (row == null) {
                    c.inconsistent("application " + chain.applicationId() + " answered, but the draft's row is "
                            + rows.get(0).id());
                    continue;
                }
                if (rank(row.status()) < chain.acknowledged().ordinal()) {
                    c.lost("application " + row.id() + " acknowledged " + chain.acknowledged() + " but is "
                            + row.status());
                }
            }
            for (List<AppRow> rows : byName.values()) {
                for (AppRow row : rows) {
                    if (!known.contains(row.itemName())) {
                        c.inconsistent("application " + row.id() + " stored for a draft never acknowledged");
                    }
                    consistent(con, row, c);
                }
            }
            duplicateNumbers(
                    con, "SELECT list_no, COUNT(*) FROM admission_item GROUP BY list_no HAVING COUNT(*) > 1", c);
        } catch (SQLException e) {
            throw new BenchFailure("cannot reconcile the admission chains", e);
        }
        return c;
    }

    private void consistent(Connection con, AppRow row, Counts c) throws SQLException {
        String process = row.processInstanceId() == null ? "none" : processState(con, row.processInstanceId());
        switch (row.status()) {
            case "DRAFT" -> {
                if (!"none".equals(process) || row.listEntries() != 0) {
                    c.inconsistent("draft " + row.id() + " has process " + process + " and " + row.listEntries()
                            + " list entries");
                }
            }
            case "IN_REVIEW", "IN_APPROVAL" -> {
                String task = "IN_REVIEW".equals(row.status()) ? "Task_Review" : "Task_Approve";
                int open = count(
                        con,
                        "SELECT COUNT(*) FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ? AND TASK_DEF_KEY_ = ?",
                        row.processInstanceId(),
                        task);
                if (!"running".equals(process) || open != 1 || row.listEntries() != 0) {
                    c.inconsistent(row.status() + " application " + row.id() + ": process " + process + ", " + open
                            + " open " + task + ", " + row.listEntries() + " list entries");
                }
            }
            case "ADMITTED" -> {
                if (!"ended".equals(process) || row.listEntries() != 1) {
                    c.inconsistent("admitted application " + row.id() + ": process " + process + ", "
                            + row.listEntries() + " list entries");
                }
            }
            default ->
                c.inconsistent("application " + row.id() + " is " + row.status() + ", which the load never asks for");
        }
    }

    /** "running", "ended", or "missing": the process instance in the engine's runtime or history. */
    static String processState(Connection con, String processInstanceId) throws SQLException {
        if (processInstanceId == null) {
            return "missing";
        }
        if (count(
                        con,
                        "SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE ID_ = ? AND PROC_INST_ID_ = ?",
                        processInstanceId,
                        processInstanceId)
                == 1) {
            return "running";
        }
        if (count(
                        con,
                        "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_INST_ID_ = ? AND END_TIME_ IS NOT NULL",
                        processInstanceId)
                == 1) {
            return "ended";
        }
        return "missing";
    }

    private static int rank(String status) {
        return switch (status) {
            case "DRAFT" -> 0;
            case "IN_REVIEW" -> 1;
            case "IN_APPROVAL" -> 2;
            case "ADMITTED" -> 3;
            default -> -1;
        };
    }

    private static void duplicateNumbers(Connection con, String sql, Counts c) throws SQLException {
        try (PreparedStatement s = con.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                c.duplicated("number " + r.getString(1) + " used " + r.getInt(2) + " times", r.getInt(2) - 1);
            }
        }
    }

    static int count(Connection con, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = con.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private record ClueRow(long id, String clueNo, String status, String processInstanceId) {}

    private record AppRow(long id, String itemName, String status, String processInstanceId, int listEntries) {}
}
