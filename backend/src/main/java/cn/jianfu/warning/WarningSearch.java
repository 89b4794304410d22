package cn.jianfu.warning;

import java.util.Collection;

/**
 * Which warnings a list shows. {@code orgIds} narrows them to the organisations a user may see
 * (null: the whole county).
 */
record WarningSearch(WarningStatus status, WarningRule rule, Severity severity, Collection<Long> orgIds) {}
