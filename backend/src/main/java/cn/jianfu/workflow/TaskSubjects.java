package cn.jianfu.workflow;

import cn.jianfu.security.CurrentUser;
import java.util.Collection;
import java.util.Map;

/**
 * Implemented by each feature that runs a process: tells the inbox what a task is about, and
 * vetoes users who must not act on it (e.g. nobody decides their own application).
 */
public interface TaskSubjects {

    String processKey();

    Map<String, TaskSubject> describe(Collection<String> businessKeys);

    /** Throws an {@code ApiException} when {@code user} must not take or complete this task of the subject. */
    void checkMayAct(String businessKey, String taskKey, CurrentUser user);

    record TaskSubject(String title, String orgName) {}
}
