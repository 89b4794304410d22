package cn.jianfu.workflow;

import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The inbox (待办), the tasks the user claimed (我已签收), the done list (已办) and the escalations of
 * overdue steps, over every process, each narrowed by an {@link InboxFilter}. Who sees a task is
 * decided by the engine's candidate groups, which are our role and organisation codes, so this
 * query and the API's authorization agree. The lists read the inbox's read model ({@link
 * WorkItems}), kept in the engine's transaction and indexed for them; filters, order, paging and
 * counts are all conditions of its queries: nothing is loaded to be filtered here.
 */
@Service
public class InboxService {

    private final WorkItemMapper items;
    private final InboxRows rows;

    InboxService(WorkItemMapper items, InboxRows rows) {
        this.items = items;
        this.rows = rows;
    }

    public PageResult<InboxTask> open(CurrentUser user, PageQuery page) {
        return open(user, InboxFilter.NONE, page);
    }

    /** Tasks the user has claimed, and unclaimed tasks of which the user is a candidate. */
    public PageResult<InboxTask> open(CurrentUser user, InboxFilter filter, PageQuery page) {
        return page(todoQuery(user, filter.sortedBy(InboxFilter.Sort.CREATED), page), page);
    }

    /** Tasks the user has claimed and not completed yet. */
    public PageResult<InboxTask> claimed(CurrentUser user, InboxFilter filter, PageQuery page) {
        return page(claimedQuery(user, filter.sortedBy(InboxFilter.Sort.CREATED), page), page);
    }

    public PageResult<InboxTask> escalations(PageQuery page) {
        return escalations(InboxFilter.NONE, page);
    }

    /**
     * Every overdue open task, whoever holds it (the office's supervision); soonest due first unless
     * asked otherwise. Asked for tasks not yet due, or without a due date, there are none.
     */
    public PageResult<InboxTask> escalations(InboxFilter filter, PageQuery page) {
        if (!escalatable(filter)) {
            return page.result(List.of(), 0);
        }
        return page(overdueQuery(filter.sortedBy(InboxFilter.Sort.DUE), page), page);
    }

    public PageResult<DoneTask> done(CurrentUser user, PageQuery page) {
        return done(user, InboxFilter.NONE, page);
    }

    /** Tasks the user completed, latest started first (the filter's due state and order do not apply). */
    public PageResult<DoneTask> done(CurrentUser user, InboxFilter filter, PageQuery page) {
        WorkItemQuery query = doneQuery(user, filter, page);
        return page.result(rows.done(items.done(query)), doneCount(query));
    }

    /** How many tasks each tab holds under the same filter: one count query per tab. */
    public InboxCounts counts(CurrentUser user, InboxFilter filter) {
        PageQuery any = PageQuery.of(1, 1);
        return new InboxCounts(
                items.countOpen(todoQuery(user, filter, any)),
                items.countOpen(claimedQuery(user, filter, any)),
                doneCount(doneQuery(user, filter, any)),
                user.hasAny(Role.OFFICE, Role.ADMIN) ? escalationCount(filter) : null);
    }

    private static WorkItemQuery todoQuery(CurrentUser user, InboxFilter filter, PageQuery page) {
        List<String> groups = user.candidateGroups();
        return filter.query(user.getUsername(), groups.isEmpty() ? null : groups, page);
    }

    private static WorkItemQuery claimedQuery(CurrentUser user, InboxFilter filter, PageQuery page) {
        return filter.query(user.getUsername(), null, page);
    }

    private static WorkItemQuery overdueQuery(InboxFilter filter, PageQuery page) {
        return filter.overdueOnly().query(null, null, page);
    }

    private static WorkItemQuery doneQuery(CurrentUser user, InboxFilter filter, PageQuery page) {
        return filter.query(user.getUsername(), null, page);
    }

    /** Unfiltered, the person's kept count (work_done_count); filtered, counted. */
    private long doneCount(WorkItemQuery query) {
        if (query.chain() == null && query.step() == null && query.unitId() == null) {
            Long kept = items.doneCountOf(query.assignee());
            return kept == null ? 0 : kept;
        }
        return items.countDone(query);
    }

    private static boolean escalatable(InboxFilter filter) {
        return filter.due() == null || filter.due() == InboxFilter.DueState.OVERDUE;
    }

    private long escalationCount(InboxFilter filter) {
        return escalatable(filter) ? items.countOpen(overdueQuery(filter, PageQuery.of(1, 1))) : 0;
    }

    private PageResult<InboxTask> page(WorkItemQuery query, PageQuery page) {
        return page.result(rows.open(items.open(query)), items.countOpen(query));
    }
}
