package cn.jianfu.admission;

import java.time.LocalDateTime;

public record ApplicationSummary(
        long id,
        String itemName,
        ItemCategory category,
        Long leadOrgId,
        String leadOrgName,
        String applicantName,
        String applicantOrgName,
        ApplicationStatus status,
        String currentStep,
        LocalDateTime submittedAt,
        LocalDateTime updatedAt) {}
