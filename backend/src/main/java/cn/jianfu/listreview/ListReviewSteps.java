package cn.jianfu.listreview;

import static cn.jianfu.listreview.ListReviewProcess.SUBJECT;

import cn.jianfu.admission.ItemRevisions;
import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.Clock;
import cn.jianfu.common.ClusterLocks;
import cn.jianfu.notify.Notice;
import cn.jianfu.notify.NoticeBoard;
import cn.jianfu.notify.NoticeKind;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** What the review's engine steps do (called by the package's delegates and step listener). */
@Component
class ListReviewSteps {

    private final ListReviewMapper reviews;
    private final NoticeBoard notices;
    private final AuditTrail audit;
    private final ItemRevisions revisions;
    private final ClusterLocks locks;

    /** The review's cluster-wide lock ({@link ClusterLocks}), taken with every FOR UPDATE of its row. */
    static final String LOCK = "list-review";

    ListReviewSteps(
            ListReviewMapper reviews,
            NoticeBoard notices,
            AuditTrail audit,
            ItemRevisions revisions,
            ClusterLocks locks) {
        this.reviews = reviews;
        this.notices = notices;
        this.audit = audit;
        this.revisions = revisions;
        this.locks = locks;
    }

    /** Asks every village and township the item reaches for its feedback. */
    void openFeedback(long reviewId) {
        ListReviewRow r = review(reviewId);
        tell(r, reviews.orgsInScope(r.itemId), "open", "请对准入事项《" + r.itemName + "》反馈意见");
    }

    /** Reminds those who have not answered yet. */
    void remindFeedback(long reviewId) {
        ListReviewRow r = review(reviewId);
        tell(r, reviews.orgsWithoutFeedback(reviewId, r.itemId), "remind", "准入事项《" + r.itemName + "》的意见征求即将截止");
    }

    /** Feedback has ended: its summary goes into the trail, and the lead department proposes next. */
    void summarise(long reviewId) {
        List<ListReviewMapper.VerdictCount> counts = reviews.feedbackSummary(reviewId);
        long orgs =
                counts.stream().mapToLong(ListReviewMapper.VerdictCount::orgs).sum();
        String summary = orgs == 0
                ? "意见征求结束，没有单位反馈"
                : "意见征求结束，" + orgs + "个单位反馈："
                        + counts.stream()
                                .map(c -> c.verdict().label() + c.orgs())
                                .collect(Collectors.joining("，"));
        reviews.updateStatus(reviewId, ReviewStatus.PROPOSAL);
        audit.recordSystem(SUBJECT, reviewId, AuditAction.FEEDBACK_CLOSED, summary);
    }

    void keep(long reviewId) {
        ListReviewRow r = review(reviewId);
        var until = revisions.keep(r.itemId);
        finish(r, ReviewStatus.KEPT, AuditAction.ITEM_KEPT, "保留，有效期至" + until);
    }

    void change(long reviewId) {
        ListReviewRow r = review(reviewId);
        int version = revisions.change(
                r.itemId, new ItemRevisions.Changes(r.newItemName, r.newContent, r.newStandard, r.newHours), reviewId);
        finish(r, ReviewStatus.CHANGED, AuditAction.ITEM_CHANGED, "修订为第" + version + "版");
    }

    void withdraw(long reviewId) {
        ListReviewRow r = review(reviewId);
        revisions.withdraw(r.itemId);
        finish(
                r,
                ReviewStatus.WITHDRAWN,
                AuditAction.ITEM_WITHDRAWN,
                "自" + Clock.now().toLocalDate() + "起取消");
    }

    /** A user task of the review was created: the review is at that step. */
    void reached(long reviewId, String taskKey) {
        ReviewStatus status =
                switch (taskKey) {
                    case ListReviewProcess.TASK_PROPOSE -> ReviewStatus.PROPOSAL;
                    case ListReviewProcess.TASK_REVIEW -> ReviewStatus.REVIEW;
                    case ListReviewProcess.TASK_APPROVE -> ReviewStatus.APPROVAL;
                    default -> null;
                };
        if (status != null) {
            locks.take(LOCK, reviewId); // a feedback given at this moment on another Galera node conflicts
            reviews.updateStatus(reviewId, status);
        }
    }

    private void finish(ListReviewRow r, ReviewStatus status, AuditAction action, String line) {
        reviews.finish(r.id, status, Clock.now());
        audit.recordSystem(SUBJECT, r.id, action, r.listNo + "《" + r.itemName + "》" + line);
    }

    private void tell(ListReviewRow r, List<Long> orgIds, String what, String title) {
        for (long orgId : orgIds) {
            notices.postToOrg(
                    new Notice(
                            NoticeKind.REVIEW_FEEDBACK,
                            "list-review:" + r.id + ":" + what,
                            SUBJECT,
                            String.valueOf(r.id),
                            title,
                            "/list-reviews/" + r.id,
                            Map.of("itemName", r.itemName)),
                    orgId);
        }
    }

    static long reviewId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ListReviewProcess.VAR_REVIEW_ID)).longValue();
    }

    private ListReviewRow review(long reviewId) {
        return reviews.findById(reviewId)
                .orElseThrow(() -> new IllegalStateException("review " + reviewId + " is gone"));
    }
}
