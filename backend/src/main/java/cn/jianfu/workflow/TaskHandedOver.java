package cn.jianfu.workflow;

import java.time.LocalDateTime;

/**
 * Published when a task changes hands (转办, 委派, 交回), inside that transaction, so the receiver
 * hears of it.
 */
public record TaskHandedOver(
        String processKey,
        String businessKey,
        String taskId,
        String taskName,
        HandOverKind kind,
        String toUsername,
        String byName,
        LocalDateTime at) {}
