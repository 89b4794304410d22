package cn.jianfu.admission;

import cn.jianfu.common.ApiException;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;

/**
 * 批量通过 / 批量审批: one positive decision and one comment for several tasks. Each task is decided
 * on its own through {@link Decisions} (its own transaction, its own audit line), so one refusal does
 * not undo the others; the answer says for each task whether it was decided or why not. Not
 * transactional itself on purpose.
 */
@Service
class BatchDecisions {

    static final int MAX_TASKS = 50;

    private static final Logger log = LoggerFactory.getLogger(BatchDecisions.class);

    private final Decisions decisions;

    BatchDecisions(Decisions decisions) {
        this.decisions = decisions;
    }

    /** Only the positive decisions: a return or a refusal owes each case its own reason. */
    enum BatchDecision {
        PASS,
        APPROVE
    }

    List<BatchOutcome> decide(List<String> taskIds, BatchDecision decision, String comment, CurrentUser user) {
        Set<String> ids = check(taskIds, decision);
        if (decision == BatchDecision.PASS && !user.has(Role.REVIEWER)) {
            throw ApiException.forbidden("只有审核人可以批量通过");
        }
        if (decision == BatchDecision.APPROVE && !user.has(Role.APPROVER)) {
            throw ApiException.forbidden("只有审批人可以批量审批");
        }
        String why = Comments.read(comment, false);
        List<BatchOutcome> outcomes = new ArrayList<>();
        for (String taskId : ids) {
            outcomes.add(one(taskId, decision, why, user));
        }
        return outcomes;
    }

    private BatchOutcome one(String taskId, BatchDecision decision, String comment, CurrentUser user) {
        try {
            ApplicationDetail detail = decision == BatchDecision.PASS
                    ? decisions.review(taskId, ReviewDecision.PASS, comment, user)
                    : decisions.approve(taskId, ApprovalDecision.APPROVE, comment, user);
            return new BatchOutcome(taskId, true, detail.id(), detail.itemName(), null);
        } catch (ApiException e) {
            return BatchOutcome.refused(taskId, e.getMessage());
        } catch (OptimisticLockingException | TaskAlreadyClaimedException | ConcurrencyFailureException e) {
            return BatchOutcome.refused(taskId, "该任务刚刚被他人办理，请刷新后查看");
        } catch (RuntimeException e) {
            // this task's transaction is rolled back; the others stand, so the batch still answers
            log.warn("Batch decision on task {} failed", taskId, e);
            return BatchOutcome.refused(taskId, "办理失败，请打开该申请单独办理");
        }
    }

    private static Set<String> check(List<String> taskIds, BatchDecision decision) {
        if (decision == null) {
            throw ApiException.invalid(Map.of("decision", "请选择批量办理的结论：PASS（通过）或 APPROVE（批准）"));
        }
        if (taskIds == null || taskIds.isEmpty()) {
            throw ApiException.invalid(Map.of("taskIds", "请至少选择一项任务"));
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : taskIds) {
            if (id == null || id.isBlank()) {
                throw ApiException.invalid(Map.of("taskIds", "任务 id 不能为空"));
            }
            ids.add(id.strip());
        }
        if (ids.size() > MAX_TASKS) {
            throw ApiException.invalid(Map.of("taskIds", "一次最多办理" + MAX_TASKS + "项任务"));
        }
        return ids;
    }
}
