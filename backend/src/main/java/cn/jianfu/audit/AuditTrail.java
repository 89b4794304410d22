package cn.jianfu.audit;

import cn.jianfu.common.Clock;
import cn.jianfu.common.TextLimits;
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

    /** Characters audit_event.comment holds. */
    static final int MAX_COMMENT = TextLimits.AUDIT_LINE;

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
                bounded(comment),
                Clock.now()));
    }

    /**
     * A comment as the column can hold it. The features bound what people type to their own
     * columns; an audit line may put words in front (the unit's name, the deadline), and a maximal
     * text with them must not fail the step: the line is shortened, the full text stays in its column.
     */
    static String bounded(String comment) {
        if (comment == null || comment.codePointCount(0, comment.length()) <= MAX_COMMENT) {
            return comment;
        }
        return comment.substring(0, comment.offsetByCodePoints(0, MAX_COMMENT - 1)) + "…";
    }

    public void recordSystem(String subjectType, long subjectId, AuditAction action, String comment) {
        record(subjectType, subjectId, action, null, SYSTEM, null, comment);
    }

    public List<AuditEntry> history(String subjectType, long subjectId) {
        return mapper.findBySubject(subjectType, subjectId);
    }
}
