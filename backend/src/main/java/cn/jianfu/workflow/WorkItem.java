package cn.jianfu.workflow;

import java.time.LocalDateTime;

/**
 * An open user task as the inbox's read model keeps it (table work_item), or a task someone ended
 * (table work_done: {@code createdAt} is when it started, {@code endedAt} when it ended).
 */
record WorkItem(
        String taskId,
        String processInstanceId,
        String processKey,
        String taskKey,
        String taskName,
        String businessKey,
        Long unitId,
        LocalDateTime createdAt,
        LocalDateTime dueAt,
        String assignee,
        boolean groupTask,
        LocalDateTime endedAt) {}
