package cn.jianfu.monitor;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** The dashboard's period: days {@code from} to {@code to}, both included, either open. */
record DashboardPeriod(LocalDate from, LocalDate to) {

    DashboardPeriod {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid(Map.of("from", "开始日期不能晚于结束日期"));
        }
    }

    LocalDateTime start() {
        return from == null ? null : from.atStartOfDay();
    }

    /** The first moment after the period. */
    LocalDateTime end() {
        return to == null ? null : to.plusDays(1).atStartOfDay();
    }

    /** The day that counts as "in force": the period's last day, or today when it is open or still running. */
    LocalDate lastDay() {
        LocalDate today = Clock.now().toLocalDate();
        return to == null || to.isAfter(today) ? today : to;
    }
}
