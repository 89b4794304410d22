package cn.jianfu.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets the engine start on a database written at another history level. The engine records its
 * level in {@code ACT_GE_PROPERTY} and refuses to start when the configuration says otherwise;
 * databases created before the change from {@code full} to {@code audit} say {@code full}. Before
 * the engine checks, this plugin writes the configured level there. Existing history stays; the
 * history cleanup removes it with its process instances, as before. A fresh database has no such
 * table yet: then there is nothing to change and the engine records the level itself.
 */
@Component
class HistoryLevelChange extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(HistoryLevelChange.class);

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        int level = configuration.getHistoryLevel().getId();
        String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
        int changed = record(configuration.getDataSource(), prefix, level);
        if (changed > 0) {
            log.info("Process history level recorded in the database changed to {}", configuration.getHistory());
        }
    }

    static int record(DataSource dataSource, String tablePrefix, int level) {
        String sql =
                "UPDATE " + tablePrefix + "ACT_GE_PROPERTY SET VALUE_ = ? WHERE NAME_ = 'historyLevel' AND VALUE_ <> ?";
        try (Connection c = dataSource.getConnection()) {
            if (!hasPropertyTable(c, tablePrefix)) {
                return 0;
            }
            try (PreparedStatement update = c.prepareStatement(sql)) {
                update.setString(1, String.valueOf(level));
                update.setString(2, String.valueOf(level));
                int changed = update.executeUpdate();
                if (!c.getAutoCommit()) {
                    c.commit();
                }
                return changed;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the process history level in the database", e);
        }
    }

    private static boolean hasPropertyTable(Connection c, String tablePrefix) throws SQLException {
        String table = tablePrefix + "ACT_GE_PROPERTY";
        for (String name : new String[] {table, table.toLowerCase(java.util.Locale.ROOT)}) {
            try (var tables = c.getMetaData().getTables(c.getCatalog(), null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
