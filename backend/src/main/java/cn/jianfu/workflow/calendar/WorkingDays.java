package cn.jianfu.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Function;

/**
 * The rule that makes a working day: a Monday to Friday is one unless it is a holiday, a Saturday
 * or Sunday is not unless it is a make-up workday (调休上班). The special days come from a lookup,
 * so the rule knows nothing of where they are kept.
 */
public final class WorkingDays {

    /** Longer than any real run of days off: a calendar with more is broken, not a long holiday. */
    static final int MAX_DAYS_OFF_IN_A_ROW = 366;

    private final Function<LocalDate, SpecialDayKind> special;

    /** {@code special} answers a day's kind, or null for an ordinary day. */
    public WorkingDays(Function<LocalDate, SpecialDayKind> special) {
        this.special = special;
    }

    public static WorkingDays of(Map<LocalDate, SpecialDayKind> days) {
        return new WorkingDays(days::get);
    }

    /** Monday to Friday, no holidays. */
    public static WorkingDays plainWeek() {
        return new WorkingDays(day -> null);
    }

    public boolean isWorkingDay(LocalDate day) {
        SpecialDayKind kind = special.apply(day);
        if (kind == SpecialDayKind.HOLIDAY) {
            return false;
        }
        return kind == SpecialDayKind.MAKEUP_WORKDAY || !isWeekend(day);
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    /**
     * The time {@code days} working days after {@code start}, at the same time of day: each
     * following working day counts one, whatever kind of day {@code start} itself is.
     */
    public LocalDateTime addWorkingDays(LocalDateTime start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDateTime t = start;
        int added = 0;
        int off = 0;
        while (added < days) {
            t = t.plusDays(1);
            if (isWorkingDay(t.toLocalDate())) {
                added++;
                off = 0;
            } else if (++off > MAX_DAYS_OFF_IN_A_ROW) {
                throw new IllegalStateException("no working day in the calendar after "
                        + t.toLocalDate().minusDays(off));
            }
        }
        return t;
    }
}
