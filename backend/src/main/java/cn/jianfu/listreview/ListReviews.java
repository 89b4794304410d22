package cn.jianfu.listreview;

import static cn.jianfu.listreview.ListReviewProcess.KEY;
import static cn.jianfu.listreview.ListReviewProcess.SUBJECT;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts reviews: of one item, of every item ending within the lead time (the daily run, see
 * {@link ReviewStarter}), or of a county-wide round the social work department opens. An item
 * has at most one review per validity period, however many nodes or clicks try.
 */
@Service
public class ListReviews {

    private static final Logger log = LoggerFactory.getLogger(ListReviews.class);

    /** Who starts the reviews of the daily run. */
    static final String SYSTEM = "system";

    private final ListReviewMapper reviews;
    private final RuntimeService runtime;
    private final AuditTrail audit;
    private final ListReviewSettings settings;
    private final TransactionTemplate tx;

    ListReviews(
            ListReviewMapper reviews,
            RuntimeService runtime,
            AuditTrail audit,
            ListReviewSettings settings,
            TransactionTemplate tx) {
        this.reviews = reviews;
        this.runtime = runtime;
        this.audit = audit;
        this.settings = settings;
        this.tx = tx;
    }

    /** Starts the review of one item in force (OFFICE, REVIEWER, ADMIN); 409 when its period is already reviewed. */
    public long start(long itemId, CurrentUser user) {
        requireOrganiser(user);
        LocalDate today = Clock.now().toLocalDate();
        ListReviewMapper.DueItem item = reviews.itemsDueForReview(today, LocalDate.of(9999, 12, 31)).stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> ApiException.conflict("该事项不在有效期内，或本期已复评"));
        return startInTransaction(item, null, user.getUsername(), user.displayName());
    }

    /** A county-wide round: every item in force ending by {@code until}; answers the reviews started. */
    public List<Long> openRound(String name, LocalDate until, CurrentUser user) {
        requireOrganiser(user);
        String round = name == null ? "" : name.strip();
        if (round.isEmpty()) {
            throw ApiException.invalid(Map.of("name", "请填写复评批次名称"));
        }
        if (until == null || until.isBefore(Clock.now().toLocalDate())) {
            throw ApiException.invalid(Map.of("until", "请选择今天或以后的日期"));
        }
        List<Long> started = new ArrayList<>();
        for (ListReviewMapper.DueItem item :
                reviews.itemsDueForReview(Clock.now().toLocalDate(), until)) {
            started.add(startInTransaction(item, round, user.getUsername(), user.displayName()));
        }
        return started;
    }

    /** The daily run: items ending within the lead time get their review; answers how many started. */
    int startDue() {
        LocalDate today = Clock.now().toLocalDate();
        int started = 0;
        for (ListReviewMapper.DueItem item : reviews.itemsDueForReview(today, today.plusDays(settings.leadDays()))) {
            try {
                startInTransaction(item, null, SYSTEM, null);
                started++;
            } catch (ApiException already) {
                log.info("review of item {} not started: {}", item.id(), already.getMessage());
            }
        }
        return started;
    }

    private long startInTransaction(ListReviewMapper.DueItem item, String round, String by, String byName) {
        Long id = tx.execute(status -> start(item, round, by, byName));
        return id == null ? 0 : id;
    }

    private long start(ListReviewMapper.DueItem item, String round, String by, String byName) {
        LocalDateTime now = Clock.now();
        ListReviewRow row = new ListReviewRow();
        row.itemId = item.id();
        row.roundName = round;
        row.status = ReviewStatus.FEEDBACK;
        row.itemExpiryDate = item.expiryDate();
        row.feedbackClosesAt = now.plusDays(settings.feedbackDays());
        row.startedBy = by;
        row.startedAt = now;
        try {
            reviews.insert(row);
        } catch (DuplicateKeyException already) {
            throw ApiException.conflict("该事项本期已在复评");
        }
        ListReviewRow full = reviews.findById(row.id).orElseThrow();
        LocalDateTime remindAt = row.feedbackClosesAt.minusDays(settings.remindBeforeDays());
        Map<String, Object> vars = new HashMap<>();
        vars.put(ListReviewProcess.VAR_REVIEW_ID, row.id);
        vars.put(ListReviewProcess.VAR_PROPOSE_GROUPS, CurrentUser.orgGroup(full.leadOrgCode));
        vars.put(ListReviewProcess.VAR_REVIEW_GROUPS, Role.REVIEWER.group());
        vars.put(ListReviewProcess.VAR_APPROVE_GROUPS, Role.APPROVER.group());
        vars.put(ListReviewProcess.VAR_FEEDBACK_CLOSES_AT, Clock.toDate(row.feedbackClosesAt));
        vars.put(ListReviewProcess.VAR_FEEDBACK_REMIND_AT, Clock.toDate(remindAt.isBefore(now) ? now : remindAt));
        String instance = runtime.startProcessInstanceByKey(KEY, String.valueOf(row.id), vars)
                .getId();
        reviews.setProcessInstance(row.id, instance);
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.REVIEW_STARTED,
                by,
                byName,
                null,
                full.listNo + "《" + full.itemName + "》" + startedHow(round, by));
        return row.id;
    }

    /** The audit line's end: in a round, by the daily run before the item expires, or on its own by a person. */
    private static String startedHow(String round, String by) {
        if (round != null) {
            return "纳入复评批次：" + round;
        }
        return SYSTEM.equals(by) ? "到期前自动启动复评" : "单独启动复评";
    }

    static void requireOrganiser(CurrentUser user) {
        if (!user.hasAny(Role.OFFICE, Role.REVIEWER, Role.ADMIN)) {
            throw ApiException.forbidden("只有社会工作部、减负办或系统管理员可以启动复评");
        }
    }
}
