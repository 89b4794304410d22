package cn.jianfu.workflow.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Working days as the county keeps them: the plain week corrected by the holidays and make-up
 * workdays in {@code calendar_special_day} (see {@link WorkingDays} for the rule).
 *
 * <p>Nothing is kept between calls: each answer reads the years it needs from the database (one
 * small indexed query per calendar year touched), so a day an administrator changes on one node
 * counts on every node from the next computation on, without any cache to go stale.
 */
@Component
public class WorkingDayCalendar {

    private final SpecialDayMapper days;

    WorkingDayCalendar(SpecialDayMapper days) {
        this.days = days;
    }

    public boolean isWorkingDay(LocalDate day) {
        return current().isWorkingDay(day);
    }

    /** {@code days} working days after {@code start}, at the same time of day. */
    public LocalDateTime addWorkingDays(LocalDateTime start, int days) {
        return current().addWorkingDays(start, days);
    }

    /**
     * The calendar as it stands now, for several computations in a row (the demo's year of history):
     * each year is read once, when first asked. Use it and drop it; never keep it.
     */
    public WorkingDays current() {
        Map<Integer, Map<LocalDate, SpecialDayKind>> years = new HashMap<>();
        return new WorkingDays(
                day -> years.computeIfAbsent(day.getYear(), this::year).get(day));
    }

    private Map<LocalDate, SpecialDayKind> year(int year) {
        return days.findBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .collect(Collectors.toMap(r -> r.specialDate, r -> r.kind));
    }
}
