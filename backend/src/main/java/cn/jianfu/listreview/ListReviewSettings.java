package cn.jianfu.listreview;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The review's timing ({@code jianfu.list-review.*}).
 *
 * @param leadDays a review starts this many days before the item's validity ends
 * @param feedbackDays villages and townships have this many days to give feedback
 * @param remindBeforeDays those who have not answered are reminded this many days before the end
 */
@ConfigurationProperties("jianfu.list-review")
record ListReviewSettings(
        @DefaultValue("120") int leadDays,
        @DefaultValue("15") int feedbackDays,
        @DefaultValue("3") int remindBeforeDays) {}
