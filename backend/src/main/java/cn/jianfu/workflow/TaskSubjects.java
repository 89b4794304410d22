package cn.jianfu.workflow;

import cn.jianfu.security.CurrentUser;
import java.util.Collection;
import java.util.Map;

/**
 * Implemented by each feature that runs a process: tells the inbox what a task is about, vetoes
 * users who must not act on it (e.g. nobody decides their own application), and names the
 * subject's audit trail and who hears of an overdue step.
 */
public interface TaskSubjects {

    String processKey();

    Map<String, TaskSubject> describe(Collection<String> businessKeys);

    /** Throws an {@code ApiException} when {@code user} must not take or complete this task of the subject. */
    void checkMayAct(String businessKey, String taskKey, CurrentUser user);

    /** Subject type of the process's business keys in the audit trail. */
    String subjectType();

    /** Who an overdue step {@code activityId} is reported to for supervision (督办), e.g. 减负办. */
    String escalatedTo(String activityId);

    record TaskSubject(String title, String orgName) {}
}
