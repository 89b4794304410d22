package cn.jianfu.common;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's notion of "now". It follows the engine's clock so that process tests that
 * move {@link ClockUtil} move business timestamps and deadlines with it.
 */
public final class Clock {

    private Clock() {}

    public static LocalDateTime now() {
        return toLocal(ClockUtil.getCurrentTime()).truncatedTo(ChronoUnit.MILLIS);
    }

    public static LocalDateTime toLocal(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }

    public static Date toDate(LocalDateTime time) {
        return time == null
                ? null
                : Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }
}
