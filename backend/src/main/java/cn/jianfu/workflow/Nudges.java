package cn.jianfu.workflow;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.security.CurrentUser;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办: nudging whoever holds the open steps of a case, at most once per case and county day (a
 * unique key, so a double click, a retry or a second node gets "already nudged today"). The
 * features decide who may nudge which case and record it in the case's audit trail; the holders
 * hear of it through {@link TaskNudged}.
 */
@Service
public class Nudges {

    private final TaskService tasks;
    private final NudgeMapper nudges;
    private final ApplicationEventPublisher events;

    Nudges(TaskService tasks, NudgeMapper nudges, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.nudges = nudges;
        this.events = events;
    }

    /** Whether the case has been nudged today. */
    public boolean nudgedToday(String processKey, String businessKey) {
        return nudges.nudgedOn(processKey, businessKey, Clock.now().toLocalDate());
    }

    /**
     * Nudges the holders of the case's open steps among {@code taskKeys}; answers how many steps.
     * 409 when none of those steps is open or the case was nudged today.
     */
    @Transactional
    public int nudge(String processKey, String businessKey, Collection<String> taskKeys, CurrentUser by) {
        List<Task> open = tasks.createTaskQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKeyIn(taskKeys.toArray(String[]::new))
                .list();
        if (open.isEmpty()) {
            throw ApiException.conflict("当前没有等待他人办理的环节，无需催办");
        }
        LocalDateTime now = Clock.now();
        LocalDate day = now.toLocalDate();
        try {
            nudges.insert(processKey, businessKey, day, by.getUsername(), now, open.size());
        } catch (DuplicateKeyException already) {
            throw ApiException.conflict("今天已经催办过，请明天再催");
        }
        events.publishEvent(new TaskNudged(
                processKey, businessKey, open.stream().map(Task::getId).toList(), day, by.displayName()));
        return open.size();
    }
}
