package cn.jianfu.recurring;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of {@code special_topic} with its lead unit's name and code. */
class TopicRow {
    Long id;
    String title;
    String description;
    long leadOrgId;
    String leadOrgName;
    String leadOrgCode;
    LocalDate deadline;
    TopicStatus status;
    String processInstanceId;
    String createdBy;
    LocalDateTime createdAt;
    LocalDateTime closedAt;
}
