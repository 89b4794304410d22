package cn.jianfu.listreview;

import static cn.jianfu.listreview.ListReviewProcess.KEY;

import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.TaskActions;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Who sees which reviews: the organisers and approvers all of them, a department those of the
 * items it leads, a village or township those of the items that reach it (with only its own
 * feedback; the others' feedback is for those who decide).
 */
@Service
class ReviewQueries {

    private final ListReviewMapper reviews;
    private final AuditTrail audit;
    private final TaskActions actions;

    ReviewQueries(ListReviewMapper reviews, AuditTrail audit, TaskActions actions) {
        this.reviews = reviews;
        this.audit = audit;
        this.actions = actions;
    }

    PageResult<ReviewSummary> list(ReviewStatus status, boolean openOnly, PageQuery page, CurrentUser user) {
        ReviewSearch q;
        if (seesAll(user)) {
            q = new ReviewSearch(status, openOnly, null, null);
        } else if (grassroots(user)) {
            q = new ReviewSearch(status, openOnly, null, user.orgId());
        } else if (user.orgType() == OrgType.COUNTY_DEPT) {
            q = new ReviewSearch(status, openOnly, user.orgId(), null);
        } else {
            return page.result(List.of(), 0);
        }
        return page.result(
                reviews.search(q, page.offset(), page.size()).stream()
                        .map(ReviewSummary::of)
                        .toList(),
                reviews.count(q));
    }

    ReviewDetail get(long id, CurrentUser user) {
        ListReviewRow r = reviews.findById(id).orElseThrow(ReviewQueries::notFound);
        boolean lead = user.orgId() == r.leadOrgId;
        boolean reached = grassroots(user) && reviews.inScope(r.itemId, user.orgId());
        if (!seesAll(user) && !lead && !reached) {
            throw notFound();
        }
        Feedback mine = reached ? reviews.feedbackBy(id, user.orgId()).orElse(null) : null;
        Task task = openTask(id);
        return new ReviewDetail(
                ReviewSummary.of(r),
                r.content,
                r.performanceStandard,
                r.workloadHoursPerMonth,
                r.versionNo,
                r.proposalReason,
                r.newItemName,
                r.newContent,
                r.newStandard,
                r.newHours,
                reviews.feedbackSummary(id),
                seesAll(user) || lead ? reviews.feedbackOf(id) : List.of(),
                mine,
                reached && mine == null && r.status == ReviewStatus.FEEDBACK,
                user.getUsername().equals(r.proposedBy),
                task == null ? null : task.getId(),
                task == null ? null : task.getTaskDefinitionKey(),
                audit.history(ListReviewProcess.SUBJECT, id));
    }

    private Task openTask(long id) {
        for (String key : List.of(
                ListReviewProcess.TASK_PROPOSE, ListReviewProcess.TASK_REVIEW, ListReviewProcess.TASK_APPROVE)) {
            Task task = actions.open(KEY, String.valueOf(id), key);
            if (task != null) {
                return task;
            }
        }
        return null;
    }

    private static boolean seesAll(CurrentUser user) {
        return user.hasAny(Role.OFFICE, Role.REVIEWER, Role.APPROVER, Role.ADMIN);
    }

    private static boolean grassroots(CurrentUser user) {
        return user.orgType() == OrgType.VILLAGE || user.orgType() == OrgType.TOWNSHIP;
    }

    private static ApiException notFound() {
        return ApiException.notFound("复评不存在");
    }
}
