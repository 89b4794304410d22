package cn.jianfu.burden;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Load ratios: hours over capacity, to three places; none when the capacity is zero. */
final class Ratios {

    private Ratios() {}

    static BigDecimal of(BigDecimal hours, BigDecimal capacity) {
        if (hours == null || capacity == null || capacity.signum() <= 0) {
            return null;
        }
        return hours.divide(capacity, 3, RoundingMode.HALF_UP);
    }

    static boolean over(BigDecimal hours, BigDecimal capacity) {
        return hours != null && capacity != null && hours.compareTo(capacity) > 0;
    }

    /** One decimal place, as the hours are entered. */
    static BigDecimal hours(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value.setScale(1, RoundingMode.HALF_UP);
    }
}
