package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.*;

import cn.jianfu.common.ApiException;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.TaskActions;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The clue chain's user tasks: which step a task is, whose clue and unit it is about, completing it. */
@Component
class ClueTasks {

    private final TaskActions actions;
    private final ClueMapper clues;
    private final HistoryService history;

    ClueTasks(TaskActions actions, ClueMapper clues, HistoryService history) {
        this.actions = actions;
        this.clues = clues;
        this.history = history;
    }

    /**
     * As {@link #require}, but a task that was just completed (the second of a double click) is a
     * conflict, not "not found".
     */
    Task requireOnce(String taskId, String taskKey, CurrentUser user) {
        try {
            return require(taskId, taskKey, user);
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND
                    && TaskActions.isTaskId(taskId)
                    && history.createHistoricTaskInstanceQuery()
                                    .taskId(taskId)
                                    .finished()
                                    .count()
                            > 0) {
                throw ApiException.conflict("该任务刚刚已办理，请刷新后查看");
            }
            throw e;
        }
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

    Object variable(Task task, String name) {
        return actions.variable(task, name);
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
            case TASK_REASSIGN -> "重新交办";
            default -> "答复反馈";
        };
    }
}
