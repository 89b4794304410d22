package cn.jianfu.listreview;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, on one node (ShedLock), starts the review of each item whose validity ends within
 * {@code jianfu.list-review.lead-days}; an item's period is reviewed once however often this runs.
 */
@Component
class ReviewStarter {

    private static final Logger log = LoggerFactory.getLogger(ReviewStarter.class);

    private final ListReviews reviews;

    ReviewStarter(ListReviews reviews) {
        this.reviews = reviews;
    }

    @Scheduled(cron = "${jianfu.list-review.start-cron:0 30 2 * * *}", zone = "${jianfu.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "list-review-start", lockAtMostFor = "PT30M")
    void run() {
        log.info("list reviews started: {}", reviews.startDue());
    }
}
