package cn.jianfu.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The unit (organisation) each open task concerns, kept as a task-local variable so that the
 * inbox's unit filter is one more condition of the engine's task query (and of its history query
 * for the done list) and in the inbox's read model ({@link WorkItems}). Written when the task is
 * created, in the engine's transaction; tasks created before this existed get it at start-up.
 */
@Component
class InboxUnits {

    /** Task-local variable: the id of the organisation the task concerns (a Long). */
    static final String VARIABLE = "inboxUnitId";

    private static final Logger log = LoggerFactory.getLogger(InboxUnits.class);
    private static final int BATCH = 200;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final LockProvider locks;
    private final WorkItemMapper items;
    private final Map<String, TaskSubjects> subjects;

    InboxUnits(
            TaskService tasks,
            RuntimeService runtime,
            RepositoryService repository,
            LockProvider locks,
            WorkItemMapper items,
            List<TaskSubjects> subjects) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.locks = locks;
        this.items = items;
        this.subjects = subjects.stream().collect(Collectors.toMap(TaskSubjects::processKey, Function.identity()));
    }

    /** Records the unit of a task being created ({@link WorkItems} calls it first, so its row has it). */
    void created(DelegateTask task) {
        String businessKey =
                task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        Long unit = unitOf(task.getProcessDefinitionId(), businessKey, task.getTaskDefinitionKey(), task::getVariable);
        if (unit != null) {
            task.setVariableLocal(VARIABLE, unit);
        }
    }

    /** The unit of each of the tasks that has one, by task id: one variable query. */
    Map<String, Long> of(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> units = new HashMap<>();
        for (VariableInstance v : runtime.createVariableInstanceQuery()
                .taskIdIn(taskIds.toArray(String[]::new))
                .variableName(VARIABLE)
                .list()) {
            if (v.getValue() instanceof Number n) {
                units.put(v.getTaskId(), n.longValue());
            }
        }
        return units;
    }

    /** Open tasks from before the unit was kept get it now; one node at a time on a cluster. */
    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        var lock = new LockConfiguration(Instant.now(), "inbox-units-backfill", Duration.ofMinutes(10), Duration.ZERO);
        new DefaultLockingTaskExecutor(locks).executeWithLock((Runnable) this::fillMissing, lock);
    }

    void fillMissing() {
        int filled = 0;
        for (int offset = 0; ; offset += BATCH) {
            List<Task> batch = tasks.createTaskQuery().orderByTaskId().asc().listPage(offset, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            Set<String> known =
                    new HashSet<>(of(batch.stream().map(Task::getId).toList()).keySet());
            for (Task t : batch) {
                if (!known.contains(t.getId()) && fill(t)) {
                    filled++;
                }
            }
        }
        if (filled > 0) {
            log.info("inbox: recorded the unit of {} open task(s) created before units were kept", filled);
        }
    }

    private boolean fill(Task t) {
        try {
            ProcessInstance instance = runtime.createProcessInstanceQuery()
                    .processInstanceId(t.getProcessInstanceId())
                    .singleResult();
            if (instance == null) {
                return false;
            }
            Long unit = unitOf(
                    t.getProcessDefinitionId(),
                    instance.getBusinessKey(),
                    t.getTaskDefinitionKey(),
                    name -> tasks.getVariable(t.getId(), name));
            if (unit == null) {
                return false;
            }
            tasks.setVariableLocal(t.getId(), VARIABLE, unit);
            items.setUnit(t.getId(), unit);
            items.setAccessUnit(t.getId(), unit);
            return true;
        } catch (ProcessEngineException e) {
            // done or gone meanwhile: nothing to record
            log.debug("inbox: task {} left before its unit was recorded: {}", t.getId(), e.getMessage());
            return false;
        }
    }

    private Long unitOf(
            String processDefinitionId, String businessKey, String taskKey, Function<String, Object> variable) {
        if (businessKey == null || processDefinitionId == null) {
            return null;
        }
        TaskSubjects owner = subjects.get(
                repository.getProcessDefinition(processDefinitionId).getKey());
        return owner == null ? null : owner.unitOf(businessKey, taskKey, variable);
    }
}
