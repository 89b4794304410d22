package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.*;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.workflow.DeadlineProperties;
import cn.jianfu.workflow.TaskDueDates;
import cn.jianfu.workflow.calendar.WorkingDayCalendar;
import cn.jianfu.workflow.calendar.WorkingDays;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What an extension (延期) may ask for and what a grant moves: a working day after the step's current due
 * date, at most {@code jianfu.clue.extension-working-days} working days later; on a grant the task's due
 * date, its reminder (the usual number of working days before the new date) and its escalation timer,
 * and the unit's recorded time limit (verify_due_at for 响应率, plan_deadline for 按期整改).
 */
@Component
class ExtensionGrant {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final TaskDueDates dueDates;
    private final WorkingDayCalendar calendar;
    private final DeadlineProperties deadlines;
    private final ClueMapper clues;
    private final ClueExtensionMapper extensions;
    private final int maxWorkingDays;

    ExtensionGrant(
            TaskDueDates dueDates,
            WorkingDayCalendar calendar,
            DeadlineProperties deadlines,
            ClueMapper clues,
            ClueExtensionMapper extensions,
            @Value("${jianfu.clue.extension-working-days:10}") int maxWorkingDays) {
        this.dueDates = dueDates;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.clues = clues;
        this.extensions = extensions;
        this.maxWorkingDays = maxWorkingDays;
    }

    /** A working day after the current due date, no later than {@code latest} nor the allowed maximum. */
    void check(LocalDate day, LocalDateTime due, LocalDateTime latest) {
        String field = "dueDate";
        LocalDateTime end = ClueExtensions.endOf(day);
        if (!end.isAfter(due)) {
            throw ApiException.invalid(Map.of(field, "延期后的期限须晚于现在的期限（" + DAY.format(due.toLocalDate()) + "）"));
        }
        WorkingDays days = calendar.current();
        if (!days.isWorkingDay(day)) {
            throw ApiException.invalid(Map.of(field, "请选择工作日（" + DAY.format(day) + "是休息日）"));
        }
        LocalDateTime max = days.addWorkingDays(due, maxWorkingDays);
        if (end.isAfter(latest) || end.toLocalDate().isAfter(max.toLocalDate().plusDays(1))) {
            throw ApiException.invalid(Map.of(
                    field,
                    end.isAfter(latest)
                            ? "同意的期限不能晚于申请的期限"
                            : "每次最多延期" + maxWorkingDays + "个工作日（至" + DAY.format(max.toLocalDate()) + "）"));
        }
    }

    /** The task's due date, its timers and the unit's recorded time limit, all to {@code due}. */
    void move(Task task, ClueExtensions.Step step, long unitId, LocalDateTime due) {
        Map<String, LocalDateTime> timers = new HashMap<>();
        timers.put(step.overdueTimer(), due);
        if (step.reminderTimer() != null) {
            LocalDateTime remind = before(due, deadlines.remindBefore());
            LocalDateTime now = Clock.now();
            timers.put(step.reminderTimer(), remind.isBefore(now) ? now : remind);
        }
        dueDates.move(task, due, timers, step.dueVariable());
        switch (task.getTaskDefinitionKey()) {
            case TASK_VERIFY -> clues.setVerifyDue(unitId, due);
            case TASK_REPORT ->
                extensions.setPlanDeadline(unitId, due.toLocalDate().minusDays(1));
            default -> {}
        }
    }

    /** {@code days} working days before {@code due}, at the same time of day. */
    private LocalDateTime before(LocalDateTime due, int days) {
        WorkingDays calendarNow = calendar.current();
        LocalDateTime t = due;
        int back = 0;
        for (int guard = 0; back < days && guard < 60; guard++) {
            t = t.minusDays(1);
            if (calendarNow.isWorkingDay(t.toLocalDate())) {
                back++;
            }
        }
        return t;
    }
}
