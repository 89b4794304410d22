package cn.jianfu.bench.dashboard;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The demo county as the demo data left it in the database: departments, townships, villages. */
public record County(List<Long> departments, List<Long> townships, List<Village> villages) {

    public record Village(long id, long township) {}

    public static County read(Connection c) throws SQLException {
        List<Long> departments = new ArrayList<>();
        List<Long> townships = new ArrayList<>();
        List<Village> villages = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, type, parent_id FROM org_unit ORDER BY id")) {
            while (r.next()) {
                switch (r.getString("type")) {
                    case "COUNTY_DEPT" -> departments.add(r.getLong("id"));
                    case "TOWNSHIP" -> townships.add(r.getLong("id"));
                    case "VILLAGE" -> villages.add(new Village(r.getLong("id"), r.getLong("parent_id")));
                    default -> {
                        // the office, the leadership, discipline inspection: no clues assigned, no items led
                    }
                }
            }
        }
        if (departments.isEmpty() || townships.isEmpty() || villages.isEmpty()) {
            throw new IllegalStateException("the demo county is missing: departments " + departments.size()
                    + ", townships " + townships.size() + ", villages " + villages.size());
        }
        return new County(List.copyOf(departments), List.copyOf(townships), List.copyOf(villages));
    }
}
