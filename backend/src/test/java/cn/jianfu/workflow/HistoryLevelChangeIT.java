package cn.jianfu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jianfu.testing.JianfuTest;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A database written at the full history level is moved to the configured one before the engine checks. */
@JianfuTest
class HistoryLevelChangeIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessEngineConfiguration engine;

    private String recorded() {
        return jdbc.queryForObject("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'historyLevel'", String.class);
    }

    @Test
    void theEngineRunsAtAuditAndAFullDatabaseIsMovedToIt() {
        int audit = ((ProcessEngineConfigurationImpl) engine).getHistoryLevel().getId();
        assertThat(engine.getHistory()).isEqualTo(ProcessEngineConfiguration.HISTORY_AUDIT);
        assertThat(recorded()).isEqualTo(String.valueOf(audit));

        jdbc.update("UPDATE ACT_GE_PROPERTY SET VALUE_ = '3' WHERE NAME_ = 'historyLevel'");
        try {
            assertThat(HistoryLevelChange.record(dataSource, "", audit)).isEqualTo(1);
            assertThat(recorded()).isEqualTo(String.valueOf(audit));
            assertThat(HistoryLevelChange.record(dataSource, "", audit))
                    .as("already recorded: nothing to change")
                    .isZero();
        } finally {
            jdbc.update("UPDATE ACT_GE_PROPERTY SET VALUE_ = ? WHERE NAME_ = 'historyLevel'", String.valueOf(audit));
        }
    }

    @Test
    void aDatabaseWithoutTheEngineTablesIsLeftAlone() {
        assertThat(HistoryLevelChange.record(dataSource, "NO_SUCH_PREFIX_", 2)).isZero();
    }
}
