package cn.jianfu.audit;

import cn.jianfu.common.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Writes and reads the append-only audit trail. Callers write inside their own transaction, so an
 * entry exists exactly when the change it describes was committed.
 */
@Service
public class AuditTrail {

    /** Shown as the actor of steps the engine takes by itself (pre-check, reminders, escalations). */
    public static final String SYSTEM = "系统";

    private final AuditMapper mapper;

    AuditTrail(AuditMapper mapper) {
        this.mapper = mapper;
    }

    public void record(
            String subjectType,
            long subjectId,
            AuditAction action,
            String actorUsername,
            String actorName,
            String decision,
            String comment) {
        mapper.insert(new AuditEntry(
                null,
                subjectType,
                subjectId,
                action,
                actorUsername,
                actorName == null ? SYSTEM : actorName,
                decision,
                comment,
                Clock.now()));
    }

    public void recordSystem(String subjectType, long subjectId, AuditAction action, String comment) {
        record(subjectType, subjectId, action, null, SYSTEM, null, comment);
    }

    public List<AuditEntry> history(String subjectType, long subjectId) {
        return mapper.findBySubject(subjectType, subjectId);
    }
}
