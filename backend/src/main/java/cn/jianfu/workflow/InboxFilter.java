package cn.jianfu.workflow;

import cn.jianfu.common.Clock;
import cn.jianfu.common.PageQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the inbox lists are narrowed to, already checked ({@link InboxFilters#parse}): a chain
 * (process key), a step (task definition key), a due state, the unit the task concerns, and the
 * order. Every condition is a condition of the query of the inbox's read model ({@link
 * WorkItemQuery}), so filtering, counting and paging happen in the database. A null {@code sort} is the list's own order (newest first; the
 * escalations soonest due first).
 */
public record InboxFilter(String chain, String step, DueState due, int dueDays, Long unitId, Sort sort) {

    public static final int DEFAULT_DUE_DAYS = 3;
    public static final int MAX_DUE_DAYS = 365;

    /** No filter, in each list's own order: the inbox as it always was. */
    public static final InboxFilter NONE = new InboxFilter(null, null, null, DEFAULT_DUE_DAYS, null, null);

    /** A task's deadline, as the due filter sees it. */
    public enum DueState {
        /** Past its due date. */
        OVERDUE,
        /** Not yet due, and due within {@code dueDays} days from now. */
        DUE_SOON,
        /** Without a due date. */
        NO_DUE_DATE
    }

    public enum Sort {
        /** Newest first (the order the inbox always had). */
        CREATED,
        /** Soonest due first; tasks without a due date last, newest first among them. */
        DUE
    }

    /**
     * The list as a query of the inbox's read model: the tasks of {@code assignee} and, when
     * {@code groups} is not null, the unclaimed tasks of those candidate groups (both null: every
     * open task), with this filter's conditions and order, for one page.
     */
    WorkItemQuery query(String assignee, List<String> groups, PageQuery page) {
        LocalDateTime after = null;
        LocalDateTime before = null;
        if (due != null) {
            LocalDateTime now = Clock.now();
            switch (due) {
                case OVERDUE -> before = now;
                case DUE_SOON -> {
                    after = now;
                    before = now.plusDays(dueDays);
                }
                case NO_DUE_DATE -> {
                    // below
                }
            }
        }
        List<String> principals = groups == null ? null : principals(assignee, groups);
        return new WorkItemQuery(
                assignee,
                groups,
                principals,
                chain,
                step,
                unitId,
                after,
                before,
                due == DueState.NO_DUE_DATE,
                sort == Sort.DUE,
                page.offset(),
                page.size());
    }

    private static List<String> principals(String assignee, List<String> groups) {
        List<String> principals = new ArrayList<>();
        principals.add(WorkItemQuery.held(assignee));
        groups.forEach(g -> principals.add(WorkItemQuery.claimable(g)));
        return principals;
    }

    /** The same filter in {@code fallback} order when it asks for none. */
    InboxFilter sortedBy(Sort fallback) {
        return sort != null ? this : new InboxFilter(chain, step, due, dueDays, unitId, fallback);
    }

    /** The same filter for tasks past their due date only. */
    InboxFilter overdueOnly() {
        return new InboxFilter(chain, step, DueState.OVERDUE, dueDays, unitId, sort);
    }
}
