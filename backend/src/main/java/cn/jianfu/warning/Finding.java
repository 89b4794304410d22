package cn.jianfu.warning;

import java.util.Map;

/**
 * One subject a rule found in this sweep.
 *
 * @param subjectType what the subject is: VILLAGE, ORG, ITEM, APPLICATION, CLUE_UNIT or TASK
 * @param subjectKey its id (a task's id is text)
 * @param orgId the organisation the warning concerns (the village, the unit), if any
 * @param params the figures behind it, for the reader's language
 */
record Finding(
        WarningRule rule,
        Severity severity,
        String subjectType,
        String subjectKey,
        String subjectName,
        Long orgId,
        Map<String, String> params) {

    String openKey() {
        return rule.name() + ":" + subjectType + ":" + subjectKey;
    }
}
