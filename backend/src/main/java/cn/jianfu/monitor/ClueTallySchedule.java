package cn.jianfu.monitor;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recomputes the stale months of the dashboard's clue tallies every {@code jianfu.dashboard.tally-interval}
 * (a minute by default) on one node at a time, so that a dashboard request rarely has to.
 */
@Component
class ClueTallySchedule {

    private final ClueTallies tallies;

    ClueTallySchedule(ClueTallies tallies) {
        this.tallies = tallies;
    }

    @Scheduled(
            fixedDelayString = "${jianfu.dashboard.tally-interval:PT1M}",
            initialDelayString = "${jianfu.dashboard.tally-initial-delay:PT20S}")
    @SchedulerLock(name = "clue-tallies", lockAtMostFor = "PT10M")
    void run() {
        tallies.refreshStale();
    }
}
