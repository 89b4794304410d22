package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the inbox's read model (V42) from the engine's tables on a database from before it: a row
 * per open user task with its candidate groups, and a done row per finished task someone held — as
 * the task listener (cn.jianfu.workflow.WorkItems) writes them from now on. Flyway runs it once,
 * under its lock, before the application serves: two nodes started together fill it once, and
 * nobody sees an inbox without the older tasks. On a new database the engine's tables are empty or
 * not there yet (the engine creates them), and there is nothing to fill. Each statement adds only
 * the rows that are missing.
 */
public class V43__FillWorkItems extends BaseJavaMigration {

    private static final String OPEN = "INSERT INTO work_item (task_id, process_instance_id, process_key, task_key,"
            + " task_name, business_key, unit_id, created_at, due_at, assignee, group_task)"
            + " SELECT t.ID_, t.PROC_INST_ID_, d.KEY_, t.TASK_DEF_KEY_, t.NAME_, e.BUSINESS_KEY_, v.LONG_,"
            + " t.CREATE_TIME_, t.DUE_DATE_, t.ASSIGNEE_,"
            + " CASE WHEN EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK l WHERE l.TASK_ID_ = t.ID_"
            + " AND l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL) THEN TRUE ELSE FALSE END"
            + " FROM ACT_RU_TASK t JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_"
            + " LEFT JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_"
            + " LEFT JOIN ACT_RU_VARIABLE v ON v.TASK_ID_ = t.ID_ AND v.NAME_ = 'inboxUnitId'"
            + " WHERE NOT EXISTS (SELECT 1 FROM work_item x WHERE x.task_id = t.ID_)";

    private static final String GROUPS = "INSERT INTO work_item_group (group_id, task_id)"
            + " SELECT DISTINCT l.GROUP_ID_, l.TASK_ID_ FROM ACT_RU_IDENTITYLINK l"
            + " JOIN work_item w ON w.task_id = l.TASK_ID_"
            + " WHERE l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL AND NOT EXISTS (SELECT 1 FROM"
            + " work_item_group x WHERE x.task_id = l.TASK_ID_ AND x.group_id = l.GROUP_ID_)";

    // who has each task in their inbox: its holder, else each candidate group (see WorkItems)
    private static final String HELD = "INSERT INTO work_item_access (principal, task_id, process_key, task_key,"
            + " unit_id, created_at, due_at) SELECT CONCAT('u:', w.assignee), w.task_id, w.process_key, w.task_key,"
            + " w.unit_id, w.created_at, w.due_at FROM work_item w WHERE w.assignee IS NOT NULL"
            + " AND NOT EXISTS (SELECT 1 FROM work_item_access x WHERE x.task_id = w.task_id)";

    private static final String CLAIMABLE = "INSERT INTO work_item_access (principal, task_id, process_key,"
            + " task_key, unit_id, created_at, due_at) SELECT CONCAT('g:', g.group_id), w.task_id, w.process_key,"
            + " w.task_key, w.unit_id, w.created_at, w.due_at FROM work_item_group g"
            + " JOIN work_item w ON w.task_id = g.task_id WHERE w.assignee IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM work_item_access x WHERE x.task_id = w.task_id)";

    // the unit variable by instance and name: the engine indexes its variable history so
    private static final String DONE = "INSERT INTO work_done (task_id, process_instance_id, process_key, task_key,"
            + " task_name, business_key, unit_id, started_at, ended_at, assignee)"
            + " SELECT h.ID_, h.PROC_INST_ID_, h.PROC_DEF_KEY_, h.TASK_DEF_KEY_, h.NAME_, p.BUSINESS_KEY_, v.LONG_,"
            + " h.START_TIME_, h.END_TIME_, h.ASSIGNEE_"
            + " FROM ACT_HI_TASKINST h LEFT JOIN ACT_HI_PROCINST p ON p.ID_ = h.PROC_INST_ID_"
            + " LEFT JOIN ACT_HI_VARINST v ON v.PROC_INST_ID_ = h.PROC_INST_ID_ AND v.NAME_ = 'inboxUnitId'"
            + " AND v.TASK_ID_ = h.ID_"
            + " WHERE h.END_TIME_ IS NOT NULL AND h.ASSIGNEE_ IS NOT NULL AND h.PROC_DEF_KEY_ IS NOT NULL"
            + " AND NOT EXISTS (SELECT 1 FROM work_done x WHERE x.task_id = h.ID_)";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            if (!engineTablesExist(sql)) {
                return;
            }
            sql.executeUpdate(OPEN);
            sql.executeUpdate(GROUPS);
            sql.executeUpdate(HELD);
            sql.executeUpdate(CLAIMABLE);
            sql.executeUpdate(DONE);
            sql.executeUpdate("DELETE FROM work_done_count");
            sql.executeUpdate("INSERT INTO work_done_count (assignee, done)"
                    + " SELECT assignee, COUNT(*) FROM work_done GROUP BY assignee");
        }
    }

    /** Whether the engine's tables are there (they are not on a new database, where the engine creates them). */
    private static boolean engineTablesExist(Statement sql) {
        try {
            sql.executeQuery("SELECT COUNT(*) FROM ACT_RU_TASK WHERE 1 = 0").close();
            sql.executeQuery("SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
