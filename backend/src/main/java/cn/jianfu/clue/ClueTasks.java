package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.*;

import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.TaskActions;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The clue chain's user tasks: which step a task is, whose clue and unit it is about, completing it. */
@Component
class ClueTasks {

    private final TaskActions actions;
    private final ClueMapper clues;

    ClueTasks(TaskActions actions, ClueMapper clues) {
        this.actions = actions;
        this.clues = clues;
    }

    /** The open task, if it is step {@code taskKey} of a clue and {@code user} may act on it now. */
    Task require(String taskId, String taskKey, CurrentUser user) {
        return actions.requireStep(taskId, KEY, taskKey, "该任务不是“" + stepName(taskKey) + "”任务", user);
    }

    long clueId(Task task) {
        return ((Number) actions.variable(task, VAR_CLUE_ID)).longValue();
    }

    /** The assigned unit a verification or rectification task is about. */
    ClueUnitRow unit(Task task) {
        Object key = actions.variable(task, VAR_UNIT_KEY);
        return clues.findUnit(Long.parseLong(String.valueOf(key))).orElseThrow();
    }

    void complete(Task task, CurrentUser user, Map<String, Object> variables) {
        actions.complete(task, user, variables);
    }

    private static String stepName(String taskKey) {
        return switch (taskKey) {
            case TASK_TRIAGE -> "快速分办";
            case TASK_VERIFY -> "联合核查";
            case TASK_PLAN -> "制定整改方案";
            case TASK_REPORT -> "报送整改报告";
            case TASK_ACCEPT -> "减负办验收";
            default -> "答复反馈";
        };
    }
}
