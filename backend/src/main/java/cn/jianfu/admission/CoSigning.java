package cn.jianfu.admission;

import static cn.jianfu.admission.AdmissionProcess.*;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.TextLimits;
import cn.jianfu.org.Role;
import cn.jianfu.org.UserAccount;
import cn.jianfu.org.UserService;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.TaskActions;
import cn.jianfu.workflow.TaskHolder;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 加签: the reviewer holding a review adds co-signers — reviewers or approvers who may decide the
 * application — and when the reviewer passes it, each of them must agree before it goes to
 * approval (the multi-instance step in admission.bpmn); one objection sends it back to the review.
 */
@Service
class CoSigning {

    static final int MAX_CO_SIGNERS = 5;
    private static final String NOT_REVIEW = "只能在社会工作部审核环节加签";
    private static final List<String> SIGNER_GROUPS = List.of(Role.REVIEWER.group(), Role.APPROVER.group());

    private final CoSignerMapper coSigners;
    private final ApplicationMapper applications;
    private final TaskActions actions;
    private final UserService users;
    private final AuditTrail audit;
    private final ApplicationDetails details;

    CoSigning(
            CoSignerMapper coSigners,
            ApplicationMapper applications,
            TaskActions actions,
            UserService users,
            AuditTrail audit,
            ApplicationDetails details) {
        this.coSigners = coSigners;
        this.applications = applications;
        this.actions = actions;
        this.users = users;
        this.audit = audit;
        this.details = details;
    }

    /** Who could still be added to the review in front of the user. */
    List<TaskHolder> candidates(String taskId, String keyword, CurrentUser user) {
        Task task = actions.requireStep(taskId, KEY, TASK_REVIEW, NOT_REVIEW, user);
        if (keyword != null && TextLimits.exceeds(keyword.strip(), TextLimits.DISPLAY_NAME)) {
            throw ApiException.invalid(Map.of("keyword", "关键字不能超过" + TextLimits.DISPLAY_NAME + "个字"));
        }
        ApplicationRow row = application(task);
        List<String> added = coSigners.findByRound(task.getId()).stream()
                .map(r -> r.signerUsername)
                .toList();
        return users.holdersOf(SIGNER_GROUPS, keyword, 50).stream()
                .filter(a -> !a.username().equals(user.getUsername()) && !added.contains(a.username()))
                .filter(a -> mayDecide(row, new CurrentUser(a)))
                .map(a -> new TaskHolder(a.username(), a.displayName(), a.orgName()))
                .toList();
    }

    @Transactional
    List<CoSigner> add(String taskId, String username, CurrentUser user) {
        Task task = actions.requireStep(taskId, KEY, TASK_REVIEW, NOT_REVIEW, user);
        ApplicationRow row = lockedApplication(task);
        UserAccount account = username == null
                ? null
                : users.findByUsername(username.strip())
                        .filter(UserAccount::enabled)
                        .orElse(null);
        if (account == null) {
            throw ApiException.invalid(Map.of("username", "请选择加签人"));
        }
        if (account.username().equals(user.getUsername())) {
            throw ApiException.invalid(Map.of("username", "不能加签自己"));
        }
        CurrentUser signer = new CurrentUser(account);
        if (!signer.hasAny(Role.REVIEWER, Role.APPROVER) || !mayDecide(row, signer)) {
            throw ApiException.invalid(Map.of("username", "加签人须是审核人或审批人，且不能是申请单位或牵头单位的人员"));
        }
        if (coSigners.findByRound(task.getId()).size() >= MAX_CO_SIGNERS) {
            throw ApiException.conflict("每次审核最多加签" + MAX_CO_SIGNERS + "人");
        }
        CoSignerRow added = new CoSignerRow();
        added.applicationId = row.id;
        added.roundTaskId = task.getId();
        added.signerUserId = account.id();
        added.addedByUserId = user.id();
        added.addedAt = Clock.now();
        try {
            coSigners.insert(added);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("已经加签了" + account.displayName());
        }
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.CO_SIGNER_ADDED,
                user.getUsername(),
                user.displayName(),
                null,
                "加签人：" + account.displayName() + "（" + account.orgName() + "）");
        return list(task.getId());
    }

    @Transactional
    List<CoSigner> remove(String taskId, String username, CurrentUser user) {
        Task task = actions.requireStep(taskId, KEY, TASK_REVIEW, NOT_REVIEW, user);
        ApplicationRow row = lockedApplication(task);
        UserAccount account =
                username == null ? null : users.findByUsername(username).orElse(null);
        if (account == null || coSigners.deleteUndecided(task.getId(), account.id()) == 0) {
            throw ApiException.notFound("该人员不是本次审核的加签人");
        }
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.CO_SIGNER_REMOVED,
                user.getUsername(),
                user.displayName(),
                null,
                "取消加签：" + account.displayName() + "（" + account.orgName() + "）");
        return list(task.getId());
    }

    List<CoSigner> list(String roundTaskId) {
        return coSigners.findByRound(roundTaskId).stream().map(CoSigner::of).toList();
    }

    /**
     * What the review's completion tells the engine about co-signing: the co-signers of this round
     * must agree when the review passes; a return or refusal goes on without them.
     */
    Map<String, Object> roundVariables(Task review, boolean passed) {
        int count = passed ? coSigners.findByRound(review.getId()).size() : 0;
        return Map.of(VAR_CO_SIGNER_COUNT, count, VAR_CO_SIGN_ROUND, review.getId(), VAR_CO_SIGN_OBJECTED, false);
    }

    /** A co-signer's opinion on their step: an objection (with its reason) sends the review back. */
    @Transactional
    ApplicationDetail decide(String taskId, CoSignDecision decision, String comment, CurrentUser user) {
        if (decision == null) {
            throw ApiException.invalid(Map.of("decision", "请选择同意或不同意"));
        }
        String why = Comments.read(comment, decision == CoSignDecision.OBJECT);
        Task task = actions.requireStep(taskId, KEY, TASK_CO_SIGN, "该任务不是加签会签任务", user);
        ApplicationRow row = lockedApplication(task);
        CoSignerRow mine = coSigners
                .findByTask(task.getId())
                .filter(r -> r.signerUserId == user.id())
                .orElseThrow(() -> ApiException.forbidden("您不是该任务的加签人"));
        if (coSigners.decide(mine.id, decision, why, Clock.now()) == 0) {
            throw ApiException.conflict("您已经表态过了");
        }
        audit.record(
                SUBJECT, row.id, AuditAction.CO_SIGNED, user.getUsername(), user.displayName(), decision.name(), why);
        actions.complete(task, user, decision == CoSignDecision.OBJECT ? Map.of(VAR_CO_SIGN_OBJECTED, true) : Map.of());
        return details.of(row.id, user);
    }

    private boolean mayDecide(ApplicationRow row, CurrentUser signer) {
        try {
            ApplicationAccess.checkMayDecide(row, TASK_CO_SIGN, signer);
            return true;
        } catch (ApiException refused) {
            return false;
        }
    }

    private ApplicationRow application(Task task) {
        long id = ((Number) actions.variable(task, VAR_APPLICATION_ID)).longValue();
        return applications.findById(id).orElseThrow(() -> ApiException.notFound("申请不存在"));
    }

    private ApplicationRow lockedApplication(Task task) {
        long id = ((Number) actions.variable(task, VAR_APPLICATION_ID)).longValue();
        return applications.lockById(id).orElseThrow(() -> ApiException.notFound("申请不存在"));
    }
}
