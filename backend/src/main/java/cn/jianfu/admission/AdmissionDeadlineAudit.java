package cn.jianfu.admission;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.workflow.DeadlineKind;
import cn.jianfu.workflow.DeadlinePassed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes reminders and escalations of admission steps into the application's audit trail. */
@Component
class AdmissionDeadlineAudit {

    private final AuditTrail audit;

    AdmissionDeadlineAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(DeadlinePassed event) {
        if (!AdmissionProcess.KEY.equals(event.processKey()) || event.businessKey() == null) {
            return;
        }
        long id = Long.parseLong(event.businessKey());
        if (event.kind() == DeadlineKind.REMINDER) {
            audit.recordSystem(AdmissionProcess.SUBJECT, id, AuditAction.REMINDED, event.activityName() + "即将到期");
        } else {
            audit.recordSystem(
                    AdmissionProcess.SUBJECT, id, AuditAction.ESCALATED, event.activityName() + "已超期，已报减负办督办");
        }
    }
}
