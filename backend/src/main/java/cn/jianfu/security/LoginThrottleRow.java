package cn.jianfu.security;

import java.time.LocalDateTime;

record LoginThrottleRow(int failures, LocalDateTime lastFailureAt) {}
