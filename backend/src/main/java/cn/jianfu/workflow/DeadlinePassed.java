package cn.jianfu.workflow;

/**
 * Published when a step's reminder or escalation timer fires, inside the engine's transaction.
 * Features listen to write their audit trail for the subject ({@code businessKey}).
 */
public record DeadlinePassed(
        String processKey, String businessKey, String activityId, String activityName, DeadlineKind kind) {}
