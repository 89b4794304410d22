package cn.jianfu.admission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** An admission application as stored; MyBatis reads and writes the fields directly. */
class ApplicationRow {
    Long id;
    String clientToken;
    String itemName;
    ItemCategory category;
    String legalBasis;
    String content;
    String performanceStandard;
    Long leadOrgId;
    TargetScope targetScope;
    BigDecimal workloadHoursPerMonth;
    Frequency frequency;
    boolean requiresDataReporting;
    boolean requiresSignboard;
    boolean requiresCertificate;
    boolean requiresAppOrChatGroup;
    boolean requiresCheckIn;
    boolean requiresPhotoProof;
    boolean fundingFollows;
    String fundingNote;
    LocalDate validFrom;
    LocalDate validTo;
    String selfAssessment;
    ApplicationStatus status;
    Long applicantUserId;
    Long applicantOrgId;
    String applicantUsername;
    String applicantName;
    String processInstanceId;
    String refusalReason;
    Integer precheckVillageCount;
    BigDecimal precheckTotalHours;
    LocalDateTime precheckedAt;
    LocalDateTime submittedAt;
    LocalDateTime decidedAt;
    LocalDateTime createdAt;
    LocalDateTime updatedAt;

    void apply(ApplicationForm f) {
        itemName = trim(f.itemName());
        category = f.category();
        legalBasis = trim(f.legalBasis());
        content = trim(f.content());
        performanceStandard = trim(f.performanceStandard());
        leadOrgId = f.leadOrgId();
        targetScope = f.targetScope();
        workloadHoursPerMonth = f.workloadHoursPerMonth();
        frequency = f.frequency();
        requiresDataReporting = f.requiresDataReporting();
        requiresSignboard = f.requiresSignboard();
        requiresCertificate = f.requiresCertificate();
        requiresAppOrChatGroup = f.requiresAppOrChatGroup();
        requiresCheckIn = f.requiresCheckIn();
        requiresPhotoProof = f.requiresPhotoProof();
        fundingFollows = f.fundingFollows();
        fundingNote = trim(f.fundingNote());
        validFrom = f.validFrom();
        validTo = f.validTo();
        selfAssessment = trim(f.selfAssessment());
    }

    ApplicationForm toForm(List<Long> cooperatingOrgIds, List<Long> targetTownshipIds, List<Long> targetVillageIds) {
        return new ApplicationForm(
                itemName,
                category,
                legalBasis,
                content,
                performanceStandard,
                leadOrgId,
                cooperatingOrgIds,
                targetScope,
                targetTownshipIds,
                targetVillageIds,
                workloadHoursPerMonth,
                frequency,
                requiresDataReporting,
                requiresSignboard,
                requiresCertificate,
                requiresAppOrChatGroup,
                requiresCheckIn,
                requiresPhotoProof,
                fundingFollows,
                fundingNote,
                validFrom,
                validTo,
                selfAssessment);
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
