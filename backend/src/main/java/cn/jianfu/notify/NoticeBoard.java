package cn.jianfu.notify;

import cn.jianfu.common.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Where features post what people should hear of. Each person gets the notice once in the app
 * (a second post of the same event changes nothing) and, if they asked for it, by e-mail or
 * through the county's message gateway (queued here, sent by {@link NotificationDispatcher}).
 * Posting happens inside the caller's transaction: a step that rolls back notifies nobody.
 */
@Service
public class NoticeBoard {

    static final String ORG_GROUP = "org:";

    private final NotificationMapper mapper;
    private final WebhookChannel webhook;

    NoticeBoard(NotificationMapper mapper, WebhookChannel webhook) {
        this.mapper = mapper;
        this.webhook = webhook;
    }

    /** To the people who see a task offered to these candidate groups (roles, or {@code org:<code>}). */
    public int postToGroups(Notice notice, Collection<String> groups) {
        Set<String> roles = new LinkedHashSet<>();
        Set<String> orgs = new LinkedHashSet<>();
        for (String g : groups) {
            if (g.startsWith(ORG_GROUP)) {
                orgs.add(g.substring(ORG_GROUP.length()));
            } else {
                roles.add(g);
            }
        }
        return roles.isEmpty() && orgs.isEmpty() ? 0 : post(notice, mapper.usersInGroups(roles, orgs));
    }

    public int postToUsername(Notice notice, String username) {
        return mapper.userIdByUsername(username)
                .map(id -> post(notice, List.of(id)))
                .orElse(0);
    }

    public int postToOrg(Notice notice, long orgId) {
        return post(notice, mapper.usersOfOrg(orgId));
    }

    /** Answers how many people were newly notified. */
    public int post(Notice notice, Collection<Long> userIds) {
        int posted = 0;
        LocalDateTime now = Clock.now();
        for (long userId : new LinkedHashSet<>(userIds)) {
            NotificationRow row = new NotificationRow();
            row.userId = userId;
            row.eventKey = notice.eventKey();
            row.kind = notice.kind();
            row.subjectType = notice.subjectType();
            row.subjectKey = notice.subjectKey();
            row.title = notice.title();
            row.link = notice.link();
            row.params = notice.params();
            row.createdAt = now;
            try {
                mapper.insert(row);
            } catch (DuplicateKeyException already) {
                continue;
            }
            posted++;
            queue(row, now);
        }
        return posted;
    }

    private void queue(NotificationRow row, LocalDateTime now) {
        mapper.preference(row.userId).ifPresent(p -> {
            // with the daily digest the delivery waits for the morning run (DailyDigest)
            String status = p.dailyDigest() ? DailyDigest.HELD : "PENDING";
            if (p.emailEnabled() && p.email() != null && !p.email().isBlank()) {
                mapper.insertDelivery(row.id, EmailChannel.NAME, p.email(), status, now);
            }
            if (p.webhookEnabled() && p.webhookTo() != null && !p.webhookTo().isBlank() && webhook.configured()) {
                mapper.insertDelivery(row.id, WebhookChannel.NAME, p.webhookTo(), status, now);
            }
        });
    }
}
