package cn.jianfu.admission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

class AdmissionItemRow {
    Long id;
    String listNo;
    Long applicationId;
    String itemName;
    ItemCategory category;
    Long leadOrgId;
    String cooperatingOrgs;
    String legalBasis;
    String content;
    String performanceStandard;
    Frequency frequency;
    TargetScope targetScope;
    BigDecimal workloadHoursPerMonth;
    /** The townships and villages chosen when {@code targetScope} is SELECTED. */
    List<Long> targetOrgIds = List.of();

    LocalDate effectiveDate;
    LocalDate expiryDate;
    LocalDateTime createdAt;
}
