package cn.jianfu.workflow;

import java.time.LocalDateTime;

record DeadlineNotice(String processInstanceId, String activityId, DeadlineKind kind, LocalDateTime createdAt) {}
