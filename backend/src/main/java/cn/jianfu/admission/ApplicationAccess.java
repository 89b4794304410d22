package cn.jianfu.admission;

import static cn.jianfu.admission.AdmissionProcess.*;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditEntry;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.CopiedTo;
import cn.jianfu.workflow.TaskActions;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on an application. The applicant's department sees its applications always;
 * reviewers, approvers, the office and admins once submitted. Only applicants of the owning
 * department edit, submit and withdraw it, and nobody decides an application they submitted.
 */
@Component
class ApplicationAccess {

    private final ApplicationMapper applications;
    private final TaskActions actions;
    private final AuditTrail audit;
    private final CopiedTo copiedTo;

    ApplicationAccess(ApplicationMapper applications, TaskActions actions, AuditTrail audit, CopiedTo copiedTo) {
        this.applications = applications;
        this.actions = actions;
        this.audit = audit;
        this.copiedTo = copiedTo;
    }

    static boolean canRead(ApplicationRow r, CurrentUser user) {
        if (Objects.equals(r.applicantOrgId, user.orgId())) {
            return true;
        }
        return r.status != ApplicationStatus.DRAFT
                && user.hasAny(Role.REVIEWER, Role.APPROVER, Role.OFFICE, Role.ADMIN);
    }

    /** Whether {@code user} may read it: as above, or because it was copied (抄送) to them or their organisation. */
    boolean mayRead(ApplicationRow r, CurrentUser user) {
        return canRead(r, user) || (r.status != ApplicationStatus.DRAFT && copiedTo.reads(SUBJECT, r.id, user));
    }

    /** The application, if {@code user} may read it; otherwise "not found", so its existence does not leak. */
    ApplicationRow readable(long id, CurrentUser user) {
        return applications
                .findById(id)
                .filter(r -> mayRead(r, user))
                .orElseThrow(() -> ApiException.notFound("申请不存在"));
    }

    /** The application, locked, if {@code user} is an applicant of the department that owns it. */
    ApplicationRow lockOwn(long id, CurrentUser user) {
        requireApplicant(user);
        return applications
                .lockById(id)
                .filter(r -> Objects.equals(r.applicantOrgId, user.orgId()))
                .orElseThrow(() -> ApiException.notFound("申请不存在"));
    }

    static void requireApplicant(CurrentUser user) {
        if (!user.has(Role.APPLICANT)) {
            throw ApiException.forbidden("只有部门经办人可以办理申请");
        }
    }

    /** An applicant of the owning department, while the application is a draft or returned. */
    static boolean mayEdit(ApplicationRow r, CurrentUser user) {
        return isOwn(r, user) && r.status.editable();
    }

    static boolean isOwn(ApplicationRow r, CurrentUser user) {
        return user.has(Role.APPLICANT) && Objects.equals(r.applicantOrgId, user.orgId());
    }

    /**
     * Separation of duties: nobody reviews or approves an application they submitted, nor one of
     * their own organisation (a department whose staff also hold reviewer or approver roles cannot
     * admit its own item).
     */
    static void checkMayDecide(ApplicationRow r, String taskKey, CurrentUser user) {
        boolean decision = TASK_REVIEW.equals(taskKey) || TASK_APPROVE.equals(taskKey) || TASK_CO_SIGN.equals(taskKey);
        if (decision && r.applicantUserId == user.id()) {
            throw ApiException.forbidden("不能审核或审批本人提交的申请");
        }
        if (decision && (Objects.equals(r.applicantOrgId, user.orgId()) || Objects.equals(r.leadOrgId, user.orgId()))) {
            throw ApiException.forbidden("不能审核或审批本单位的申请");
        }
    }

    boolean canWithdraw(ApplicationRow row) {
        return canWithdraw(row, actions.open(KEY, String.valueOf(row.id), TASK_REVIEW), audit.history(SUBJECT, row.id));
    }

    /**
     * Returned applications may always be withdrawn; one in review only while the review task is
     * unclaimed and it was never sent back from approval (then it has been reviewed already).
     */
    static boolean canWithdraw(ApplicationRow row, Task openTask, List<AuditEntry> history) {
        if (row.status == ApplicationStatus.RETURNED) {
            return true;
        }
        if (row.status != ApplicationStatus.IN_REVIEW) {
            return false;
        }
        boolean unclaimedReview = openTask != null
                && TASK_REVIEW.equals(openTask.getTaskDefinitionKey())
                && openTask.getAssignee() == null;
        return unclaimedReview && history.stream().noneMatch(e -> e.action() == AuditAction.APPROVED);
    }
}
