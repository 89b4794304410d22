package cn.jianfu.admission;

import java.time.LocalDate;
import java.time.LocalDateTime;

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
    LocalDate effectiveDate;
    LocalDate expiryDate;
    LocalDateTime createdAt;
}
