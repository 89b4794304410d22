package cn.jianfu.clue;

import cn.jianfu.common.Clock;
import cn.jianfu.workflow.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deadline a supervision order (督办) suggests: {@code jianfu.clue.supervision-working-days} working
 * days of the county's calendar from today (holidays skipped, make-up workdays counted), 3 by default.
 * The office may pick another date, as long as it is a working day after today.
 */
@Component
class SupervisionLimit {

    private final WorkingDayCalendar calendar;
    private final int workingDays;

    SupervisionLimit(WorkingDayCalendar calendar, @Value("${jianfu.clue.supervision-working-days:3}") int workingDays) {
        this.calendar = calendar;
        this.workingDays = workingDays;
    }

    LocalDate suggested() {
        return calendar.addWorkingDays(Clock.now(), workingDays).toLocalDate();
    }

    boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }
}
