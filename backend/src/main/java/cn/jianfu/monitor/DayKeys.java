package cn.jianfu.monitor;

import java.time.LocalDate;
import java.time.YearMonth;

/** The integer keys of days (year * 10000 + month * 100 + day) and months (year * 100 + month). */
final class DayKeys {

    private DayKeys() {}

    static Integer day(LocalDate d) {
        return d == null ? null : d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    static LocalDate day(int key) {
        return LocalDate.of(key / 10000, key / 100 % 100, key % 100);
    }

    /** The month a day key falls in, as a month key. */
    static int monthOfDay(int dayKey) {
        return dayKey / 100;
    }

    static int month(YearMonth m) {
        return m.getYear() * 100 + m.getMonthValue();
    }

    static YearMonth month(int key) {
        return YearMonth.of(key / 100, key % 100);
    }
}
