package cn.jianfu.listreview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of {@code list_review}, joined with the item it reviews. */
class ListReviewRow {
    Long id;
    long itemId;
    String roundName;
    ReviewStatus status;
    LocalDate itemExpiryDate;
    LocalDateTime feedbackClosesAt;
    String processInstanceId;
    String startedBy;
    LocalDateTime startedAt;
    Proposal proposal;
    String proposalReason;
    String proposedBy;
    LocalDateTime proposedAt;
    String newItemName;
    String newContent;
    String newStandard;
    BigDecimal newHours;
    LocalDateTime finishedAt;

    // the item, as it stands now
    String listNo;
    String itemName;
    long leadOrgId;
    String leadOrgName;
    String leadOrgCode;
    String content;
    String performanceStandard;
    BigDecimal workloadHoursPerMonth;
    String targetScope;
    LocalDate expiryDate;
    int versionNo;
}
