package cn.jianfu.warning;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules' thresholds ({@code jianfu.warnings.*}).
 *
 * @param expiringDays a list entry is expiring this many days before its end
 * @param dueSoon a step is due soon this long before its deadline
 * @param repeatedClues a unit with at least this many substantiated clues…
 * @param repeatedDays …within this many days is warned about
 * @param similarClues clues at least this alike (0–1) are the same problem
 * @param similarClueDays clues reported within this many days are compared
 * @param lowEvaluationScore a department whose overall score in its latest closed evaluation round is
 *     below this (1–5) is warned about
 */
@ConfigurationProperties("jianfu.warnings")
record WarningSettings(
        @DefaultValue("90") int expiringDays,
        @DefaultValue("PT24H") Duration dueSoon,
        @DefaultValue("3") int repeatedClues,
        @DefaultValue("180") int repeatedDays,
        @DefaultValue("0.5") double similarClues,
        @DefaultValue("30") int similarClueDays,
        @DefaultValue("3.0") double lowEvaluationScore) {}
