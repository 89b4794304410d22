package cn.jianfu.workflow;

import java.time.DayOfWeek;
import java.time.LocalDateTime;

/** Adds working days (Monday to Friday) to a point in time, keeping the time of day. */
public final class WorkingDayCalendar {

    private WorkingDayCalendar() {}

    public static LocalDateTime addWorkingDays(LocalDateTime start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDateTime t = start;
        int added = 0;
        while (added < days) {
            t = t.plusDays(1);
            if (isWorkingDay(t)) {
                added++;
            }
        }
        return t;
    }

    static boolean isWorkingDay(LocalDateTime t) {
        DayOfWeek d = t.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }
}
