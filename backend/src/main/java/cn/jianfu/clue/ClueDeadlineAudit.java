package cn.jianfu.clue;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.workflow.DeadlineKind;
import cn.jianfu.workflow.DeadlinePassed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes reminders and escalations (督办) of clue steps into the clue's audit trail. */
@Component
class ClueDeadlineAudit {

    private final AuditTrail audit;

    ClueDeadlineAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(DeadlinePassed event) {
        if (!ClueProcess.KEY.equals(event.processKey()) || event.businessKey() == null) {
            return;
        }
        long id = Long.parseLong(event.businessKey());
        if (event.kind() == DeadlineKind.REMINDER) {
            audit.recordSystem(ClueProcess.SUBJECT, id, AuditAction.REMINDED, event.activityName() + "即将到期");
        } else {
            String to = ClueProcess.TASK_TRIAGE.equals(event.activityId())
                            || ClueProcess.TASK_REPLY.equals(event.activityId())
                    ? "减负办负责人"
                    : "减负办及承办单位负责人";
            audit.recordSystem(
                    ClueProcess.SUBJECT, id, AuditAction.ESCALATED, event.activityName() + "已超期，已报" + to + "督办");
        }
    }
}
