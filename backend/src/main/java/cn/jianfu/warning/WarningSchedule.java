package cn.jianfu.warning;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the warning sweep every {@code jianfu.warnings.interval} (10 minutes by default) on one node
 * of the cluster at a time (see {@code common.ClusterScheduling}).
 */
@Component
class WarningSchedule {

    private final WarningSweep sweep;

    WarningSchedule(WarningSweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(
            fixedDelayString = "${jianfu.warnings.interval:PT10M}",
            initialDelayString = "${jianfu.warnings.initial-delay:PT1M}")
    @SchedulerLock(name = "warning-sweep", lockAtMostFor = "PT9M", lockAtLeastFor = "PT30S")
    void run() {
        sweep.sweep();
    }
}
