package cn.jianfu.monitor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A dashboard period cut into the whole months it covers, read from the monthly tallies, and the
 * parts of months at its edges, counted live. Month keys are year * 100 + month; a null bound is open.
 *
 * @param whole whether any whole month (or an open side) is covered
 * @param fromMonth the first whole month, null when the period is open at the start
 * @param toMonth the last whole month, null when the period is open at the end
 * @param edges the day ranges {@code [start, end)} outside the whole months
 */
record MonthSpan(boolean whole, Integer fromMonth, Integer toMonth, List<Range> edges) {

    record Range(LocalDateTime start, LocalDateTime end) {}

    static MonthSpan of(DashboardPeriod period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        YearMonth first =
                from == null ? null : YearMonth.from(from.minusDays(1)).plusMonths(1);
        YearMonth last = to == null ? null : YearMonth.from(to.plusDays(1)).minusMonths(1);
        if (first != null && last != null && first.isAfter(last)) {
            return new MonthSpan(false, null, null, List.of(new Range(period.start(), period.end())));
        }
        List<Range> edges = new ArrayList<>();
        if (from != null && from.getDayOfMonth() != 1) {
            edges.add(new Range(period.start(), first.atDay(1).atStartOfDay()));
        }
        if (to != null && !to.equals(YearMonth.from(to).atEndOfMonth())) {
            edges.add(new Range(last.plusMonths(1).atDay(1).atStartOfDay(), period.end()));
        }
        return new MonthSpan(true, key(first), key(last), List.copyOf(edges));
    }

    /** The start of the first whole month, null when open. */
    LocalDateTime wholeStart() {
        return fromMonth == null ? null : month(fromMonth).atDay(1).atStartOfDay();
    }

    /** The moment after the last whole month, null when open. */
    LocalDateTime wholeEnd() {
        return toMonth == null ? null : month(toMonth).plusMonths(1).atDay(1).atStartOfDay();
    }

    static Integer key(YearMonth m) {
        return m == null ? null : m.getYear() * 100 + m.getMonthValue();
    }

    static YearMonth month(int key) {
        return YearMonth.of(key / 100, key % 100);
    }
}
