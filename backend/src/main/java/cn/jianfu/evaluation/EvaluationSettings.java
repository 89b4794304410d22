package cn.jianfu.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code jianfu.evaluation.*}.
 *
 * @param minRaters results of a department are shown only when at least this many different people
 *     rated it (at least 2: one rater's figures would be that person's)
 */
@ConfigurationProperties("jianfu.evaluation")
record EvaluationSettings(@DefaultValue("3") int minRaters) {

    EvaluationSettings {
        if (minRaters < 2) {
            throw new IllegalArgumentException("jianfu.evaluation.min-raters must be at least 2, was " + minRaters);
        }
    }
}
