package cn.jianfu.notify;

import cn.jianfu.common.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest (每日摘要, 少打扰): for people who asked for it, the e-mails and gateway messages
 * of the day wait (HELD) and go out once each morning as one message per channel, listing what is
 * still unread in the app; what they already read in the app is not sent again (SKIPPED). The
 * digest is itself a notification of kind DIGEST whose deliveries the {@link
 * NotificationDispatcher} sends and retries like any other. One node runs it (ShedLock); each
 * person's bundle is one transaction, and a held delivery is bundled only while still HELD, so a
 * second run can never send it twice.
 */
@Component
class DailyDigest {

    static final String HELD = "HELD";

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final NotificationMapper mapper;
    private final TransactionTemplate tx;

    DailyDigest(NotificationMapper mapper, TransactionTemplate tx) {
        this.mapper = mapper;
        this.tx = tx;
    }

    @Scheduled(cron = "${jianfu.notify.digest-cron:0 0 8 * * *}", zone = "${jianfu.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "notification-digest", lockAtMostFor = "PT30M")
    void run() {
        int made = bundle();
        log.info("daily digest: {} digests queued", made);
    }

    /** Bundles every held delivery into its person's digest; answers how many digests were queued. */
    int bundle() {
        int made = 0;
        for (NotificationMapper.HeldGroup group : mapper.heldGroups()) {
            Boolean queued = tx.execute(status -> {
                mapper.skipReadHeld(group);
                LocalDateTime now = Clock.now();
                NotificationRow digest = new NotificationRow();
                digest.userId = group.userId();
                digest.eventKey = "digest:" + UUID.randomUUID();
                digest.kind = NoticeKind.DIGEST;
                digest.title = "每日消息摘要（" + now.toLocalDate() + "）";
                digest.link = "/notifications";
                digest.createdAt = now;
                mapper.insert(digest);
                if (mapper.bundleHeld(group, digest.id) == 0) {
                    status.setRollbackOnly();
                    return false;
                }
                mapper.insertDelivery(digest.id, group.channel(), group.address(), "PENDING", now);
                return true;
            });
            if (Boolean.TRUE.equals(queued)) {
                made++;
            }
        }
        return made;
    }
}
