package cn.jianfu.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDateTime;

/** One line of the audit trail: who did what to which subject, when, with which decision and comment. */
public record AuditEntry(
        Long id,
        String subjectType,
        Long subjectId,
        AuditAction action,
        String actorUsername,
        String actorName,
        String decision,
        String comment,
        LocalDateTime at) {

    @JsonProperty("actionLabel")
    public String actionLabel() {
        return action.label();
    }
}
