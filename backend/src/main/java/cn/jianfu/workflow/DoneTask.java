package cn.jianfu.workflow;

import java.time.LocalDateTime;

public record DoneTask(
        String taskId,
        String taskKey,
        String taskName,
        String processKey,
        String businessId,
        String title,
        LocalDateTime completedAt) {}
