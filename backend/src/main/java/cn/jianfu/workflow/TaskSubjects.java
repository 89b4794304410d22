package cn.jianfu.workflow;

import cn.jianfu.security.CurrentUser;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    /**
     * The organisation a task of the subject concerns (the inbox's unit filter and column): by default
     * the subject's own ({@link TaskSubject#orgId()}). A feature whose steps run once per unit, like a
     * clue's verification in a dual assignment, answers the unit of that step. {@code variable} reads
     * a process variable as the task sees it.
     */
    default Long unitOf(String businessKey, String taskKey, Function<String, Object> variable) {
        TaskSubject subject = describe(List.of(businessKey)).get(businessKey);
        return subject == null ? null : subject.orgId();
    }

    /** What a task is about: its title, and the organisation of the subject (id null when it has none). */
    record TaskSubject(String title, Long orgId, String orgName) {}
}
