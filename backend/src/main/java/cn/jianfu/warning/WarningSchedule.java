package cn.jianfu.warning;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the warning sweep every {@code jianfu.warnings.interval} (10 minutes by default) on one node
 * of the cluster at a time: ShedLock keeps a lock row in the shared database, timed by the
 * database's clock, so nodes whose clocks differ still agree.
 */
@Configuration
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class WarningSchedule {

    private final WarningSweep sweep;

    WarningSchedule(WarningSweep sweep) {
        this.sweep = sweep;
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Scheduled(
            fixedDelayString = "${jianfu.warnings.interval:PT10M}",
            initialDelayString = "${jianfu.warnings.initial-delay:PT1M}")
    @SchedulerLock(name = "warning-sweep", lockAtMostFor = "PT9M", lockAtLeastFor = "PT30S")
    void run() {
        sweep.sweep();
    }
}
