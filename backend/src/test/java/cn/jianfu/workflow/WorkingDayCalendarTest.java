package cn.jianfu.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    @Test
    void skipsSaturdaysAndSundays() {
        LocalDateTime thursday = LocalDateTime.of(2026, 11, 19, 10, 30);
        assertThat(WorkingDayCalendar.addWorkingDays(thursday, 1)).isEqualTo(LocalDateTime.of(2026, 11, 20, 10, 30));
        assertThat(WorkingDayCalendar.addWorkingDays(thursday, 2)).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 30));
        assertThat(WorkingDayCalendar.addWorkingDays(thursday, 5)).isEqualTo(LocalDateTime.of(2026, 11, 26, 10, 30));
    }

    @Test
    void aStepStartedAtTheWeekendCountsFromMonday() {
        LocalDateTime saturday = LocalDateTime.of(2026, 11, 21, 9, 0);
        assertThat(WorkingDayCalendar.addWorkingDays(saturday, 1)).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 0));
        assertThat(WorkingDayCalendar.addWorkingDays(saturday, 0)).isEqualTo(saturday);
    }

    @Test
    void negativeDaysAreRejected() {
        assertThatThrownBy(() -> WorkingDayCalendar.addWorkingDays(LocalDateTime.now(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
