package cn.jianfu.listreview;

import static cn.jianfu.listreview.ListReviewProcess.MESSAGE_FEEDBACK_CLOSED;
import static cn.jianfu.listreview.ListReviewProcess.SUBJECT;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.ClusterLocks;
import cn.jianfu.org.OrgType;
import cn.jianfu.security.CurrentUser;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grassroots' say on an item under review: each village or township the item reaches answers
 * once, while feedback is open; the organisers may end the feedback early.
 */
@Service
class ReviewFeedbacks {

    private final ListReviewMapper reviews;
    private final AuditTrail audit;
    private final RuntimeService runtime;
    private final ClusterLocks locks;

    ReviewFeedbacks(ListReviewMapper reviews, AuditTrail audit, RuntimeService runtime, ClusterLocks locks) {
        this.reviews = reviews;
        this.audit = audit;
        this.runtime = runtime;
        this.locks = locks;
    }

    @Transactional
    Feedback give(long reviewId, FeedbackForm form, CurrentUser user) {
        if (user.orgType() != OrgType.VILLAGE && user.orgType() != OrgType.TOWNSHIP) {
            throw ApiException.forbidden("只有乡镇和村(社区)可以反馈复评意见");
        }
        if (form.verdict() == null) {
            throw ApiException.invalid(Map.of("verdict", "请选择意见"));
        }
        // FOR UPDATE holds on one Galera node only: the feedback and the review's next step both take this
        locks.take(ListReviewSteps.LOCK, reviewId);
        reviews.lockById(reviewId).orElseThrow(() -> ApiException.notFound("复评不存在"));
        ListReviewRow review = reviews.findById(reviewId).orElseThrow();
        if (!reviews.inScope(review.itemId, user.orgId())) {
            throw ApiException.forbidden("该事项不在本单位范围内，无需反馈");
        }
        if (review.status != ReviewStatus.FEEDBACK) {
            throw ApiException.conflict("意见征求已结束");
        }
        String comment = form.comment() == null || form.comment().isBlank()
                ? null
                : form.comment().strip();
        Feedback row = new Feedback(
                null,
                reviewId,
                user.orgId(),
                null,
                user.id(),
                form.verdict(),
                form.actualHours(),
                comment,
                Clock.now());
        try {
            reviews.insertFeedback(row);
        } catch (DuplicateKeyException again) {
            throw ApiException.conflict("本单位已反馈过该事项，不需要重复反馈");
        }
        audit.record(
                SUBJECT,
                reviewId,
                AuditAction.FEEDBACK_GIVEN,
                user.getUsername(),
                user.displayName(),
                form.verdict().name(),
                form.verdict().label() + (comment == null ? "" : "：" + comment));
        return reviews.feedbackBy(reviewId, user.orgId()).orElseThrow();
    }

    /** Ends the feedback before its time (OFFICE, REVIEWER, ADMIN); 409 once it has ended. */
    @Transactional
    void close(long reviewId, CurrentUser user) {
        ListReviews.requireOrganiser(user);
        // FOR UPDATE holds on one Galera node only: the feedback and the review's next step both take this
        locks.take(ListReviewSteps.LOCK, reviewId);
        reviews.lockById(reviewId).orElseThrow(() -> ApiException.notFound("复评不存在"));
        ListReviewRow review = reviews.findById(reviewId).orElseThrow();
        if (review.status != ReviewStatus.FEEDBACK) {
            throw ApiException.conflict("意见征求已结束");
        }
        audit.record(
                SUBJECT,
                reviewId,
                AuditAction.FEEDBACK_CLOSED,
                user.getUsername(),
                user.displayName(),
                null,
                "提前结束意见征求");
        runtime.createMessageCorrelation(MESSAGE_FEEDBACK_CLOSED)
                .processInstanceBusinessKey(String.valueOf(reviewId))
                .correlate();
    }
}
