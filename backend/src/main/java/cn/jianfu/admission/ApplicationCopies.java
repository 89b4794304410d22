package cn.jianfu.admission;

import static cn.jianfu.admission.AdmissionProcess.SUBJECT;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.CaseCopies;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 抄送 of an application: its department, the reviewers, approvers and the office copy a submitted
 * application to people or organisations, who may then read it.
 */
@Service
class ApplicationCopies {

    private final ApplicationAccess access;
    private final ApplicationMapper applications;
    private final CaseCopies copies;
    private final AuditTrail audit;
    private final ApplicationDetails details;

    ApplicationCopies(
            ApplicationAccess access,
            ApplicationMapper applications,
            CaseCopies copies,
            AuditTrail audit,
            ApplicationDetails details) {
        this.access = access;
        this.applications = applications;
        this.copies = copies;
        this.audit = audit;
        this.details = details;
    }

    @Transactional
    ApplicationDetail copy(long id, List<String> usernames, List<Long> orgIds, CurrentUser user) {
        ApplicationRow row = applications
                .lockById(id)
                .filter(r -> ApplicationAccess.canRead(r, user))
                .orElseThrow(() -> ApiException.notFound("申请不存在"));
        if (!ApplicationAccess.isOwn(row, user) && !user.hasAny(Role.REVIEWER, Role.APPROVER, Role.OFFICE)) {
            throw ApiException.forbidden("只有申请单位、审核人、审批人和减负办可以抄送");
        }
        if (row.status == ApplicationStatus.DRAFT) {
            throw ApiException.conflict("草稿不能抄送，请先提交");
        }
        String whom = copies.copy(SUBJECT, id, usernames, orgIds, user);
        audit.record(SUBJECT, id, AuditAction.COPIED, user.getUsername(), user.displayName(), null, whom);
        return details.of(access.readable(id, user), user);
    }
}
