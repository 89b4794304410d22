package cn.jianfu.workflow;

import cn.jianfu.common.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * What the inbox lists are narrowed to, already checked ({@link InboxFilters#parse}): a chain
 * (process key), a step (task definition key), a due state, the unit the task concerns, and the
 * order. Every condition is a condition of the engine's query, so filtering, counting and paging
 * happen in the database. A null {@code sort} is the list's own order (newest first; the
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

    /** The conditions on an open-task query. */
    TaskQuery applyTo(TaskQuery query) {
        if (chain != null) {
            query.processDefinitionKey(chain);
        }
        if (step != null) {
            query.taskDefinitionKey(step);
        }
        if (unitId != null) {
            query.taskVariableValueEquals(InboxUnits.VARIABLE, unitId);
        }
        if (due != null) {
            LocalDateTime now = Clock.now();
            switch (due) {
                case OVERDUE -> query.dueBefore(Clock.toDate(now));
                case DUE_SOON -> query.dueAfter(Clock.toDate(now)).dueBefore(Clock.toDate(now.plusDays(dueDays)));
                case NO_DUE_DATE -> query.withoutDueDate();
            }
        }
        return query;
    }

    /**
     * The conditions on a query of finished tasks: chain, step and unit. How a finished task stood
     * against its deadline is not a filter of the done list.
     */
    HistoricTaskInstanceQuery applyTo(HistoricTaskInstanceQuery query) {
        if (chain != null) {
            query.processDefinitionKey(chain);
        }
        if (step != null) {
            query.taskDefinitionKey(step);
        }
        if (unitId != null) {
            query.taskVariableValueEquals(InboxUnits.VARIABLE, unitId);
        }
        return query;
    }

    /** The same filter in {@code fallback} order when it asks for none. */
    InboxFilter sortedBy(Sort fallback) {
        return sort != null ? this : new InboxFilter(chain, step, due, dueDays, unitId, fallback);
    }

    /** The same filter for tasks past their due date only. */
    InboxFilter overdueOnly() {
        return new InboxFilter(chain, step, DueState.OVERDUE, dueDays, unitId, sort);
    }

    /** Whether the order puts tasks without a due date last, which takes two queries. */
    boolean sortsByDueWithUndated() {
        return sort == Sort.DUE && due == null;
    }

    /** Any due date is after this: "has a due date" for the engine's query. */
    static final Date EPOCH = new Date(0);
}
