package cn.jianfu.workflow;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One list of the inbox as conditions on the read model: whose tasks ({@code assignee} alone: the
 * tasks the user holds; with {@code groups}: also the unclaimed tasks of those candidate groups;
 * neither: every open task), the filter's chain, step and unit, the due window, the order and the
 * page. Built by {@link InboxFilter#query}. {@code principals} are the entries of work_item_access
 * the inbox reads when groups are given: {@link #held} the user's and {@link #claimable} each
 * group's.
 */
record WorkItemQuery(
        String assignee,
        List<String> groups,
        List<String> principals,
        String chain,
        String step,
        Long unitId,
        LocalDateTime dueAfter,
        LocalDateTime dueBefore,
        boolean withoutDueDate,
        boolean byDue,
        int offset,
        int size) {

    static String held(String username) {
        return "u:" + username;
    }

    static String claimable(String group) {
        return "g:" + group;
    }
}
