package cn.jianfu.workflow;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The open user tasks of process instances, for the pages that show where a subject stands. */
@Component
public class OpenTasks {

    private final TaskService tasks;
    private final RuntimeService runtime;

    OpenTasks(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    /** The open tasks of the instance, oldest first; none when there is no instance yet. */
    public List<Task> of(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        return tasks.createTaskQuery()
                .processInstanceId(processInstanceId)
                .orderByTaskCreateTime()
                .asc()
                .list();
    }

    /** Name of an open task per process instance id, in one query, for list pages. */
    public Map<String, String> stepNames(Collection<String> processInstanceIds) {
        Map<String, String> names = new HashMap<>();
        if (!processInstanceIds.isEmpty()) {
            tasks.createTaskQuery()
                    .processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                    .list()
                    .forEach(t -> names.put(t.getProcessInstanceId(), t.getName()));
        }
        return names;
    }

    /**
     * The value of {@code variable} as each task sees it, by task id: the variable of the innermost
     * scope around the task that has one (e.g. the element variable of a multi-instance
     * sub-process). One variable query and one activity tree for all the tasks of the instance.
     */
    public Map<String, Object> scopeVariable(String processInstanceId, List<Task> open, String variable) {
        if (open.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> byScope = new HashMap<>();
        for (VariableInstance v : runtime.createVariableInstanceQuery()
                .processInstanceIdIn(processInstanceId)
                .variableName(variable)
                .list()) {
            byScope.put(v.getActivityInstanceId(), v.getValue());
            byScope.put(v.getExecutionId(), v.getValue());
        }
        if (byScope.isEmpty()) {
            return Map.of();
        }
        ActivityInstance root = runtime.getActivityInstance(processInstanceId);
        Map<String, Object> values = new HashMap<>();
        for (Task task : open) {
            Deque<ActivityInstance> path = new ArrayDeque<>();
            if (root != null && pathTo(root, task.getExecutionId(), path)) {
                Object value = innermost(path, byScope);
                if (value != null) {
                    values.put(task.getId(), value);
                }
            }
        }
        return values;
    }

    /** Fills {@code path} (innermost first) down to the activity instance running in {@code executionId}. */
    private static boolean pathTo(ActivityInstance node, String executionId, Deque<ActivityInstance> path) {
        path.push(node);
        for (ActivityInstance child : node.getChildActivityInstances()) {
            if (pathTo(child, executionId, path)) {
                return true;
            }
        }
        if (List.of(node.getExecutionIds()).contains(executionId)) {
            return true;
        }
        path.pop();
        return false;
    }

    private static Object innermost(Deque<ActivityInstance> path, Map<String, Object> byScope) {
        for (ActivityInstance scope : path) {
            if (byScope.containsKey(scope.getId())) {
                return byScope.get(scope.getId());
            }
            for (String executionId : scope.getExecutionIds()) {
                if (byScope.containsKey(executionId)) {
                    return byScope.get(executionId);
                }
            }
        }
        return null;
    }
}
