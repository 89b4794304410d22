package cn.jianfu.admission;

import static cn.jianfu.admission.AdmissionProcess.KEY;
import static cn.jianfu.admission.AdmissionProcess.SUBJECT;
import static cn.jianfu.admission.AdmissionProcess.TASK_APPROVE;
import static cn.jianfu.admission.AdmissionProcess.TASK_REVIEW;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.Nudges;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 催办 on an application: its department nudges the reviewers or approvers holding it, once a day. */
@Service
class ApplicationNudges {

    /** The steps others hold; the revision step is the applicant's own. */
    static final List<String> STEPS = List.of(TASK_REVIEW, TASK_APPROVE);

    private final ApplicationAccess access;
    private final Nudges nudges;
    private final AuditTrail audit;
    private final ApplicationDetails details;

    ApplicationNudges(ApplicationAccess access, Nudges nudges, AuditTrail audit, ApplicationDetails details) {
        this.access = access;
        this.nudges = nudges;
        this.audit = audit;
        this.details = details;
    }

    @Transactional
    ApplicationDetail nudge(long id, CurrentUser user) {
        ApplicationRow row = access.lockOwn(id, user);
        if (row.status != ApplicationStatus.IN_REVIEW && row.status != ApplicationStatus.IN_APPROVAL) {
            throw ApiException.conflict("申请" + row.status.label() + "，无需催办");
        }
        int steps = nudges.nudge(KEY, String.valueOf(row.id), STEPS, user);
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.NUDGED,
                user.getUsername(),
                user.displayName(),
                null,
                "催促审核审批（" + steps + "个环节）");
        return details.of(row.id, user);
    }
}
