package cn.jianfu.workflow;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes reminders and escalations (督办) of any process's steps into the subject's audit trail. */
@Component
class DeadlineAudit {

    private final AuditTrail audit;
    private final Map<String, TaskSubjects> subjects;

    DeadlineAudit(AuditTrail audit, List<TaskSubjects> subjects) {
        this.audit = audit;
        this.subjects = subjects.stream().collect(Collectors.toMap(TaskSubjects::processKey, Function.identity()));
    }

    @EventListener
    void on(DeadlinePassed event) {
        TaskSubjects owner = subjects.get(event.processKey());
        if (owner == null || event.businessKey() == null) {
            return;
        }
        long id = Long.parseLong(event.businessKey());
        if (event.kind() == DeadlineKind.REMINDER) {
            audit.recordSystem(owner.subjectType(), id, AuditAction.REMINDED, event.activityName() + "即将到期");
        } else {
            audit.recordSystem(
                    owner.subjectType(),
                    id,
                    AuditAction.ESCALATED,
                    event.activityName() + "已超期，已报" + owner.escalatedTo(event.activityId()) + "督办");
        }
    }
}
