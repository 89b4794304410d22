package cn.jianfu.workflow;

import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * The inbox (待办), the tasks the user claimed (我已签收), the done list (已办) and the escalations of
 * overdue steps, over every process, each narrowed by an {@link InboxFilter}. Who sees a task is
 * decided by the engine's candidate groups, which are our role and organisation codes, so this
 * query and the API's authorization agree. Filters, order, paging and counts are all conditions of
 * the engine's queries: nothing is loaded to be filtered here.
 */
@Service
public class InboxService {

    private final TaskService tasks;
    private final HistoryService history;
    private final InboxRows rows;

    InboxService(TaskService tasks, HistoryService history, InboxRows rows) {
        this.tasks = tasks;
        this.history = history;
        this.rows = rows;
    }

    public PageResult<InboxTask> open(CurrentUser user, PageQuery page) {
        return open(user, InboxFilter.NONE, page);
    }

    /** Tasks the user has claimed, and unclaimed tasks of which the user is a candidate. */
    public PageResult<InboxTask> open(CurrentUser user, InboxFilter filter, PageQuery page) {
        return page(() -> todo(user, filter), filter.sortedBy(InboxFilter.Sort.CREATED), page);
    }

    /** Tasks the user has claimed and not completed yet. */
    public PageResult<InboxTask> claimed(CurrentUser user, InboxFilter filter, PageQuery page) {
        return page(() -> claimed(user, filter), filter.sortedBy(InboxFilter.Sort.CREATED), page);
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
        InboxFilter overdue = filter.overdueOnly().sortedBy(InboxFilter.Sort.DUE);
        return page(() -> overdue.applyTo(tasks.createTaskQuery()), overdue, page);
    }

    public PageResult<DoneTask> done(CurrentUser user, PageQuery page) {
        return done(user, InboxFilter.NONE, page);
    }

    /** Tasks the user completed, latest started first (the filter's due state and order do not apply). */
    public PageResult<DoneTask> done(CurrentUser user, InboxFilter filter, PageQuery page) {
        HistoricTaskInstanceQuery query = done(user, filter)
                .orderByHistoricActivityInstanceStartTime()
                .desc()
                .orderByTaskId()
                .asc();
        return page.result(
                rows.done(query.listPage(page.offset(), page.size())),
                done(user, filter).count());
    }

    /** How many tasks each tab holds under the same filter: one count query per tab. */
    public InboxCounts counts(CurrentUser user, InboxFilter filter) {
        return new InboxCounts(
                todo(user, filter).count(),
                claimed(user, filter).count(),
                done(user, filter).count(),
                user.hasAny(Role.OFFICE, Role.ADMIN) ? escalationCount(filter) : null);
    }

    private TaskQuery todo(CurrentUser user, InboxFilter filter) {
        return filter.applyTo(tasks.createTaskQuery())
                .or()
                .taskCandidateGroupIn(user.candidateGroups())
                .taskAssignee(user.getUsername())
                .endOr();
    }

    private TaskQuery claimed(CurrentUser user, InboxFilter filter) {
        return filter.applyTo(tasks.createTaskQuery()).taskAssignee(user.getUsername());
    }

    private static boolean escalatable(InboxFilter filter) {
        return filter.due() == null || filter.due() == InboxFilter.DueState.OVERDUE;
    }

    private long escalationCount(InboxFilter filter) {
        return escalatable(filter)
                ? filter.overdueOnly().applyTo(tasks.createTaskQuery()).count()
                : 0;
    }

    private HistoricTaskInstanceQuery done(CurrentUser user, InboxFilter filter) {
        return filter.applyTo(history.createHistoricTaskInstanceQuery())
                .taskAssignee(user.getUsername())
                .finished();
    }

    /**
     * One page in the filter's order. Soonest due first puts tasks without a due date last, which the
     * engine's order cannot say (its databases disagree on where nulls go): the dated tasks are paged
     * first and the undated ones continue the same pages.
     */
    private PageResult<InboxTask> page(Supplier<TaskQuery> base, InboxFilter filter, PageQuery page) {
        long total = base.get().count();
        List<Task> found;
        if (!filter.sortsByDueWithUndated()) {
            TaskQuery query = filter.sort() == InboxFilter.Sort.DUE ? soonestDue(base.get()) : newest(base.get());
            found = query.listPage(page.offset(), page.size());
        } else {
            long dated = base.get().dueAfter(InboxFilter.EPOCH).count();
            found = new ArrayList<>();
            if (page.offset() < dated) {
                int size = (int) Math.min(page.size(), dated - page.offset());
                found.addAll(soonestDue(base.get().dueAfter(InboxFilter.EPOCH)).listPage(page.offset(), size));
            }
            int rest = page.size() - found.size();
            if (rest > 0) {
                int offset = (int) Math.max(0, page.offset() - dated);
                found.addAll(newest(base.get().withoutDueDate()).listPage(offset, rest));
            }
        }
        return page.result(rows.open(found), total);
    }

    private static TaskQuery newest(TaskQuery query) {
        return query.orderByTaskCreateTime().desc().orderByTaskId().asc();
    }

    private static TaskQuery soonestDue(TaskQuery query) {
        return query.orderByDueDate()
                .asc()
                .orderByTaskCreateTime()
                .desc()
                .orderByTaskId()
                .asc();
    }
}
