package cn.jianfu.clue;

import cn.jianfu.attachment.Attachment;
import cn.jianfu.audit.AuditEntry;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the clue page shows. {@code reporter} is present only for the burden-reduction office
 * and verifiers; for everyone else the field is left out of the JSON altogether.
 */
public record ClueDetail(
        long id,
        String clueNo,
        ClueCategory category,
        String categoryLabel,
        ClueSource source,
        String sourceLabel,
        Long reportedOrgId,
        String reportedOrgName,
        String reportedUnitText,
        String place,
        String occurredWhen,
        String description,
        @JsonInclude(JsonInclude.Include.NON_NULL) Reporter reporter,
        ClueStatus status,
        String statusLabel,
        Long mergedIntoId,
        String mergedIntoClueNo,
        String notAcceptedReason,
        boolean dualAssigned,
        int reopenCount,
        String reply,
        LocalDateTime repliedAt,
        Rating rating,
        String ratingComment,
        LocalDateTime ratedAt,
        boolean typical,
        String typicalSummary,
        LocalDateTime createdAt,
        LocalDateTime assignedAt,
        LocalDateTime closedAt,
        List<Unit> units,
        List<CurrentTask> currentTasks,
        List<ClueMessage> messages,
        List<Attachment> attachments,
        List<AuditEntry> history) {

    public record Reporter(boolean anonymous, String name, String phone) {

        @Override
        public String toString() {
            return "Reporter[***]";
        }
    }

    public record Unit(
            long id,
            long orgId,
            String orgName,
            UnitRole role,
            UnitStatus status,
            String statusLabel,
            VerificationOutcome outcome,
            String findings,
            LocalDateTime verifiedAt,
            String plan,
            LocalDate planDeadline,
            LocalDateTime plannedAt,
            String report,
            LocalDateTime reportedAt,
            LocalDateTime acceptedAt,
            int sendBackCount) {}

    public record CurrentTask(
            String taskId,
            String taskKey,
            String name,
            Long unitId,
            String unitName,
            String assignee,
            LocalDateTime created,
            LocalDateTime due,
            boolean overdue) {}
}
