package cn.jianfu.workflow.calendar;

import static cn.jianfu.workflow.calendar.SpecialDayKind.HOLIDAY;
import static cn.jianfu.workflow.calendar.SpecialDayKind.MAKEUP_WORKDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule of a working day, on the National Day week of 2026 as the State Council set it. */
class WorkingDaysTest {

    /** 国庆节 2026: 1–7 October off, Sunday 20 September and Saturday 10 October worked. */
    static WorkingDays nationalDay2026() {
        Map<LocalDate, SpecialDayKind> days = new HashMap<>();
        for (int d = 1; d <= 7; d++) {
            days.put(LocalDate.of(2026, 10, d), HOLIDAY);
        }
        days.put(LocalDate.of(2026, 9, 20), MAKEUP_WORKDAY);
        days.put(LocalDate.of(2026, 10, 10), MAKEUP_WORKDAY);
        return WorkingDays.of(days);
    }

    @Test
    void weekdaysWorkAndWeekendsRestWhenNothingIsListed() {
        WorkingDays plain = WorkingDays.plainWeek();
        assertThat(plain.isWorkingDay(LocalDate.of(2026, 11, 20))).isTrue(); // Friday
        assertThat(plain.isWorkingDay(LocalDate.of(2026, 11, 21))).isFalse(); // Saturday
        assertThat(plain.isWorkingDay(LocalDate.of(2026, 11, 22))).isFalse(); // Sunday
        assertThat(plain.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue(); // Monday
    }

    @Test
    void aHolidayOnAWeekdayIsARestDayAndAMakeUpWeekendDayIsAWorkingDay() {
        WorkingDays calendar = nationalDay2026();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse(); // Thursday, holiday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse(); // Wednesday, holiday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue(); // Thursday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue(); // Saturday, made up
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse(); // Sunday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue(); // Sunday, made up
        // a holiday that falls on a weekend stays a rest day
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 3))).isFalse();
    }

    @Test
    void fiveWorkingDaysFromTheDayBeforeTheHolidayWeekEndOnTheMondayAfterTheMadeUpSaturday() {
        LocalDateTime tuesday = LocalDateTime.of(2026, 9, 29, 9, 15);
        // 30 Sep, 8 Oct, 9 Oct, Saturday 10 Oct, Monday 12 Oct
        assertThat(nationalDay2026().addWorkingDays(tuesday, 5)).isEqualTo(LocalDateTime.of(2026, 10, 12, 9, 15));
        assertThat(nationalDay2026().addWorkingDays(tuesday, 4)).isEqualTo(LocalDateTime.of(2026, 10, 10, 9, 15));
        // on the plain week the same five days would have ended inside the holiday
        assertThat(WorkingDays.plainWeek().addWorkingDays(tuesday, 5)).isEqualTo(LocalDateTime.of(2026, 10, 6, 9, 15));
    }

    @Test
    void aStepStartedOnARestDayCountsFromTheNextWorkingDay() {
        LocalDateTime holiday = LocalDateTime.of(2026, 10, 3, 16, 40);
        assertThat(nationalDay2026().addWorkingDays(holiday, 1)).isEqualTo(LocalDateTime.of(2026, 10, 8, 16, 40));
        assertThat(nationalDay2026().addWorkingDays(holiday, 0)).isEqualTo(holiday);
        LocalDateTime saturday = LocalDateTime.of(2026, 11, 21, 9, 0);
        assertThat(WorkingDays.plainWeek().addWorkingDays(saturday, 1)).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 0));
    }

    @Test
    void aMakeUpSundayCountsWhenTheStepRunsOverIt() {
        LocalDateTime friday = LocalDateTime.of(2026, 9, 18, 10, 0);
        // Sunday 20 September is worked: one working day after Friday
        assertThat(nationalDay2026().addWorkingDays(friday, 1)).isEqualTo(LocalDateTime.of(2026, 9, 20, 10, 0));
        assertThat(WorkingDays.plainWeek().addWorkingDays(friday, 1)).isEqualTo(LocalDateTime.of(2026, 9, 21, 10, 0));
    }

    @Test
    void negativeDaysAreRejected() {
        assertThatThrownBy(() -> WorkingDays.plainWeek().addWorkingDays(LocalDateTime.of(2026, 1, 5, 9, 0), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCalendarWithoutAnyWorkingDayAheadIsAnErrorNotAnEndlessLoop() {
        WorkingDays never = new WorkingDays(day -> HOLIDAY);
        assertThatThrownBy(() -> never.addWorkingDays(LocalDateTime.of(2026, 1, 5, 9, 0), 1))
                .isInstanceOf(IllegalStateException.class);
    }
}
