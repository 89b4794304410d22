package cn.jianfu.org;

/** What a running session of an account must still match: the account enabled, the same version. */
public record SessionState(boolean enabled, int sessionVersion) {}
