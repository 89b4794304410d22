package cn.jianfu.workflow;

import java.time.LocalDateTime;

public record InboxTask(
        String taskId,
        String taskKey,
        String taskName,
        String processKey,
        String businessId,
        String title,
        String orgName,
        LocalDateTime created,
        LocalDateTime due,
        boolean overdue,
        boolean dueSoon,
        String assignee,
        boolean escalated) {}
