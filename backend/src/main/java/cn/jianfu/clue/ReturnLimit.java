package cn.jianfu.clue;

import cn.jianfu.workflow.calendar.WorkingDayCalendar;
import java.time.LocalDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long after assignment a unit may return a clue (退单): {@code jianfu.clue.return-working-days}
 * working days of the county's calendar (holidays skipped, make-up workdays counted), 2 by default.
 */
@Component
class ReturnLimit {

    private final WorkingDayCalendar calendar;
    private final int workingDays;

    ReturnLimit(WorkingDayCalendar calendar, @Value("${jianfu.clue.return-working-days:2}") int workingDays) {
        this.calendar = calendar;
        this.workingDays = workingDays;
    }

    LocalDateTime until(LocalDateTime assignedAt) {
        return calendar.addWorkingDays(assignedAt, workingDays);
    }

    int workingDays() {
        return workingDays;
    }
}
