package cn.jianfu.bench.volume;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A case the application itself brought to where it stands — an application waiting at review, a
 * clue at verification, a chain that ended — read back with every row it has in the engine's
 * tables and in ours: what {@link CaseCopier} multiplies. An open case brings its runtime rows
 * (executions, tasks, candidate groups, variables and their byte arrays); open and finished cases
 * their process and task history and the history of the tasks' units — the history the
 * application reads (ACT_HI_TASKINST is the only history table its own SQL and the inbox's engine
 * queries touch; the activity and variable history only feed the diagram and Cockpit, which are
 * not timed). Jobs and event subscriptions are left out: the copies are read, never moved on,
 * and their timers must not fire during the measurement.
 */
record CaseTemplate(
        String processInstanceId,
        String processKey,
        long businessId,
        boolean open,
        int openTasks,
        List<Rows> engine,
        List<Rows> domain,
        Set<String> engineIds) {

    private static final String BY_INSTANCE = "PROC_INST_ID_ = ?";

    static CaseTemplate read(Connection c, String processInstanceId, String processKey, long businessId, boolean open)
            throws SQLException {
        List<Rows> engine = new ArrayList<>();
        if (open) {
            engine.add(Rows.select(c, "ACT_RU_EXECUTION", BY_INSTANCE, processInstanceId));
            engine.add(Rows.select(c, "ACT_RU_TASK", BY_INSTANCE, processInstanceId));
            engine.add(Rows.select(
                    c,
                    "ACT_RU_IDENTITYLINK",
                    "TASK_ID_ IN (SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?)",
                    processInstanceId));
            engine.add(Rows.select(c, "ACT_RU_VARIABLE", BY_INSTANCE, processInstanceId));
        }
        if (open) {
            engine.add(Rows.select(
                    c,
                    "ACT_GE_BYTEARRAY",
                    "ID_ IN (SELECT BYTEARRAY_ID_ FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ = ?)",
                    processInstanceId));
        }
        engine.add(Rows.select(c, "ACT_HI_PROCINST", BY_INSTANCE, processInstanceId));
        engine.add(Rows.select(c, "ACT_HI_TASKINST", BY_INSTANCE, processInstanceId));
        // of the variable history only the tasks' units (the done list's unit filter reads them)
        engine.add(Rows.select(c, "ACT_HI_VARINST", BY_INSTANCE + " AND NAME_ = 'inboxUnitId'", processInstanceId));
        Set<String> ids = new HashSet<>();
        ids.add(processInstanceId);
        for (Rows rows : engine) {
            rows.column("ID_").forEach(id -> ids.add((String) id));
        }
        List<Rows> domain = new ArrayList<>();
        if ("admission".equals(processKey)) {
            domain.add(Rows.select(c, "admission_application", "id = ?", businessId));
        } else {
            domain.add(Rows.select(c, "clue", "id = ?", businessId));
            domain.add(Rows.select(c, "clue_unit", "clue_id = ?", businessId));
        }
        if (domain.get(0).isEmpty()) {
            throw new IllegalStateException(processKey + " " + businessId + " has no row of its own");
        }
        int tasks = open ? engine.get(1).values().size() : 0;
        return new CaseTemplate(processInstanceId, processKey, businessId, open, tasks, engine, domain, ids);
    }

    /** Every case of the database, open or ended, of the admission and clue chains. */
    static List<CaseTemplate> all(Connection c, boolean open) throws SQLException {
        Rows instances = Rows.select(
                c,
                "ACT_HI_PROCINST",
                "PROC_DEF_KEY_ IN ('admission', 'clue') AND BUSINESS_KEY_ IS NOT NULL AND END_TIME_ IS "
                        + (open ? "NULL" : "NOT NULL") + " ORDER BY START_TIME_");
        List<CaseTemplate> templates = new ArrayList<>();
        for (int i = 0; i < instances.values().size(); i++) {
            var row = instances.row(i);
            CaseTemplate t = read(
                    c,
                    (String) row.get("ID_"),
                    (String) row.get("PROC_DEF_KEY_"),
                    Long.parseLong((String) row.get("BUSINESS_KEY_")),
                    open);
            if (!open || t.openTasks() > 0) {
                templates.add(t);
            }
        }
        return templates;
    }
}
