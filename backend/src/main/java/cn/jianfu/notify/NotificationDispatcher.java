package cn.jianfu.notify;

import cn.jianfu.common.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the queued e-mails and gateway messages every half minute, on one node at a time. A
 * failed send is tried again after 1, 5, 30, 120 and 720 minutes and then given up (FAILED, with
 * its reason, listed for administrators).
 */
@Component
class NotificationDispatcher {

    static final List<Duration> BACKOFF = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofMinutes(120),
            Duration.ofMinutes(720));
    static final int BATCH = 100;

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final NotificationMapper mapper;
    private final Map<String, Channel> channels;

    NotificationDispatcher(NotificationMapper mapper, List<Channel> channels) {
        this.mapper = mapper;
        this.channels = channels.stream().collect(Collectors.toMap(Channel::name, Function.identity()));
    }

    @Scheduled(
            fixedDelayString = "${jianfu.notify.interval:PT30S}",
            initialDelayString = "${jianfu.notify.initial-delay:PT30S}")
    @SchedulerLock(name = "notification-dispatch", lockAtMostFor = "PT5M")
    void run() {
        dispatch();
    }

    /** Sends what is due; answers how many went out. */
    int dispatch() {
        int sent = 0;
        for (Delivery d : mapper.dueDeliveries(Clock.now(), BATCH)) {
            try {
                channels.get(d.channel()).send(d);
                mapper.markSent(d.id(), Clock.now());
                sent++;
            } catch (Exception e) {
                failed(d, e);
            }
        }
        return sent;
    }

    private void failed(Delivery d, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (reason.length() > 900) {
            reason = reason.substring(0, 900);
        }
        boolean giveUp = d.attempts() >= BACKOFF.size();
        LocalDateTime next = giveUp ? d.nextAttemptAt() : Clock.now().plus(BACKOFF.get(d.attempts()));
        mapper.markRetry(d.id(), giveUp ? "FAILED" : "PENDING", next, reason);
        log.warn("{} delivery {} failed (attempt {}): {}", d.channel(), d.id(), d.attempts() + 1, reason);
    }
}
