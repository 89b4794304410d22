package cn.jianfu.workflow;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Time limits of the process steps, in working days, by policy name (e.g. {@code review},
 * {@code approval}), and how many working days before the limit the reminder goes out.
 */
@ConfigurationProperties("jianfu.deadlines")
public record DeadlineProperties(Map<String, Integer> workingDays, Integer remindBeforeWorkingDays) {

    public static final int DEFAULT_WORKING_DAYS = 5;

    public int workingDaysFor(String policy) {
        return workingDays == null ? DEFAULT_WORKING_DAYS : workingDays.getOrDefault(policy, DEFAULT_WORKING_DAYS);
    }

    public int remindBefore() {
        return remindBeforeWorkingDays == null ? 1 : remindBeforeWorkingDays;
    }
}
