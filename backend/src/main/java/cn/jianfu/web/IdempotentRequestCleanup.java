package cn.jianfu.web;

import cn.jianfu.common.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets idempotency keys after a day, on one node at a time. */
@Component
class IdempotentRequestCleanup {

    private final IdempotentRequestMapper requests;

    IdempotentRequestCleanup(IdempotentRequestMapper requests) {
        this.requests = requests;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @SchedulerLock(name = "idempotent-requests", lockAtMostFor = "PT10M")
    void forgetOldKeys() {
        requests.deleteBefore(Clock.now().minusDays(1));
    }
}
