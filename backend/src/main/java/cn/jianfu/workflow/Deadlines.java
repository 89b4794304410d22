package cn.jianfu.workflow;

import cn.jianfu.common.Clock;
import cn.jianfu.workflow.calendar.WorkingDayCalendar;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Computes a step's due date and reminder time for the BPMN models
 * ({@code camunda:dueDate="${deadlines.dueAt(execution, 'review')}"} and the boundary timers).
 * The due date is computed once per visit of the step and kept as a local variable of the step's
 * execution, so the task's due date, the reminder and the escalation timer always agree. Working
 * days are the county's {@link WorkingDayCalendar}: holidays skipped, make-up workdays counted.
 */
@Component("deadlines")
public class Deadlines {

    private final DeadlineProperties properties;
    private final WorkingDayCalendar calendar;

    Deadlines(DeadlineProperties properties, WorkingDayCalendar calendar) {
        this.properties = properties;
        this.calendar = calendar;
    }

    public Date dueAt(DelegateExecution execution, String policy) {
        return Clock.toDate(due(execution, policy));
    }

    public Date remindAt(DelegateExecution execution, String policy) {
        LocalDateTime due = due(execution, policy);
        LocalDateTime start = Clock.toLocal((Date) execution.getVariableLocal(startVariable(policy)));
        int days = properties.workingDaysFor(policy);
        int before = properties.remindBefore();
        if (days > before) {
            return Clock.toDate(calendar.addWorkingDays(start, days - before));
        }
        return Clock.toDate(start.plus(Duration.between(start, due).dividedBy(2)));
    }

    private LocalDateTime due(DelegateExecution execution, String policy) {
        String dueVar = "deadline_" + policy;
        Object cached = execution.getVariableLocal(dueVar);
        if (cached instanceof Date d) {
            return Clock.toLocal(d);
        }
        LocalDateTime start = Clock.now();
        LocalDateTime due = calendar.addWorkingDays(start, properties.workingDaysFor(policy));
        execution.setVariableLocal(startVariable(policy), Clock.toDate(start));
        execution.setVariableLocal(dueVar, Clock.toDate(due));
        return due;
    }

    private static String startVariable(String policy) {
        return "deadline_" + policy + "_start";
    }
}
