package cn.jianfu.workflow;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One list of the inbox as conditions on the read model: whose tasks ({@code assignee} alone: the
 * tasks the user holds; with {@code groups}: also the unclaimed tasks of those candidate groups;
 * neither: every open task), the filter's chain, step and unit, the due window, the order and the
 * page. Built by {@link InboxFilter#query}.
 */
record WorkItemQuery(
        String assignee,
        List<String> groups,
        String chain,
        String step,
        Long unitId,
        LocalDateTime dueAfter,
        LocalDateTime dueBefore,
        boolean withoutDueDate,
        boolean byDue,
        int offset,
        int size) {

    WorkItemQuery page(int offset, int size) {
        return new WorkItemQuery(
                assignee, groups, chain, step, unitId, dueAfter, dueBefore, withoutDueDate, byDue, offset, size);
    }
}
