package cn.jianfu.workflow;

public enum DeadlineKind {
    REMINDER,
    ESCALATION
}
