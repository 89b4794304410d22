package cn.jianfu.admission;

import cn.jianfu.attachment.Attachment;
import cn.jianfu.audit.AuditEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Everything the application page shows, and what the current user may do with it now. */
public record ApplicationDetail(
        long id,
        ApplicationStatus status,
        String itemName,
        ItemCategory category,
        String legalBasis,
        String content,
        String performanceStandard,
        Long leadOrgId,
        String leadOrgName,
        List<Long> cooperatingOrgIds,
        List<String> cooperatingOrgNames,
        TargetScope targetScope,
        List<Long> targetTownshipIds,
        List<String> targetTownshipNames,
        BigDecimal workloadHoursPerMonth,
        Frequency frequency,
        boolean requiresDataReporting,
        boolean requiresSignboard,
        boolean requiresCertificate,
        boolean requiresAppOrChatGroup,
        boolean requiresCheckIn,
        boolean requiresPhotoProof,
        boolean fundingFollows,
        String fundingNote,
        LocalDate validFrom,
        LocalDate validTo,
        String selfAssessment,
        String applicantUsername,
        String applicantName,
        long applicantOrgId,
        String applicantOrgName,
        LocalDateTime submittedAt,
        LocalDateTime updatedAt,
        LocalDateTime decidedAt,
        String refusalReason,
        String listNo,
        Long admissionItemId,
        CurrentTask currentTask,
        PreCheckSummary preCheck,
        List<Attachment> attachments,
        List<AuditEntry> history,
        boolean canEdit,
        boolean canSubmit,
        boolean canWithdraw) {

    public record CurrentTask(
            String taskId,
            String taskKey,
            String name,
            String assignee,
            LocalDateTime created,
            LocalDateTime due,
            boolean overdue) {}

    public record PreCheckSummary(
            List<PreCheckFinding> findings,
            BigDecimal estimatedHoursPerMonthTotal,
            Integer targetVillageCount,
            LocalDateTime checkedAt) {}
}
