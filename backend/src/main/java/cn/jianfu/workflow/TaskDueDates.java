package cn.jianfu.workflow;

import cn.jianfu.common.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Moves an open task's due date together with what hangs on it: the boundary timers attached to the
 * task's activity (a reminder, an escalation) and the execution-local variable the due date was
 * computed into ({@code deadline_<policy>}, see {@link Deadlines}), so the task list, the timers and
 * a later re-evaluation agree. Timers that already fired are gone and are not brought back.
 */
@Component
public class TaskDueDates {

    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;

    TaskDueDates(TaskService tasks, ManagementService management, RuntimeService runtime) {
        this.tasks = tasks;
        this.management = management;
        this.runtime = runtime;
    }

    /**
     * @param timers the boundary timer events (activity ids) attached to the task's activity, each
     *     with its new due time; timers not named keep theirs
     * @param dueVariable the execution variable the BPMN reads the due date from, set where it is
     *     defined (the task's scope or an enclosing one), or null when there is none
     */
    public void move(Task task, LocalDateTime due, Map<String, LocalDateTime> timers, String dueVariable) {
        Task open = tasks.createTaskQuery().taskId(task.getId()).singleResult();
        open.setDueDate(Clock.toDate(due));
        tasks.saveTask(open);
        if (dueVariable != null) {
            runtime.setVariable(task.getExecutionId(), dueVariable, Clock.toDate(due));
        }
        for (Job job : management
                .createJobQuery()
                .executionId(task.getExecutionId())
                .timers()
                .list()) {
            JobDefinition definition = management
                    .createJobDefinitionQuery()
                    .jobDefinitionId(job.getJobDefinitionId())
                    .singleResult();
            LocalDateTime at = definition == null ? null : timers.get(definition.getActivityId());
            if (at != null) {
                management.setJobDuedate(job.getId(), Clock.toDate(at));
            }
        }
    }
}
