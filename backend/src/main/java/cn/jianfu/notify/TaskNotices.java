package cn.jianfu.notify;

import cn.jianfu.org.Role;
import cn.jianfu.workflow.DeadlineKind;
import cn.jianfu.workflow.DeadlinePassed;
import cn.jianfu.workflow.TaskHandedOver;
import cn.jianfu.workflow.TaskNudged;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The engine's side: a new task is announced to the people whose inbox it reaches (its assignee,
 * else its candidate groups), a reminder to the same people, an escalation to the office. The
 * engine publishes task events to Spring ({@code camunda.bpm.eventing.task}) inside its transaction.
 */
@Component
class TaskNotices {

    private final NoticeBoard board;
    private final TaskService tasks;

    TaskNotices(NoticeBoard board, TaskService tasks) {
        this.board = board;
        this.tasks = tasks;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    void created(DelegateTask task) {
        String process = processKey(task.getProcessDefinitionId());
        String businessKey =
                task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        Notice notice = notice(
                NoticeKind.TASK_ASSIGNED, "task:" + task.getId(), task.getId(), task.getName(), process, businessKey);
        if (task.getAssignee() != null) {
            board.postToUsername(notice, task.getAssignee());
        } else {
            board.postToGroups(
                    notice,
                    task.getCandidates().stream()
                            .map(IdentityLink::getGroupId)
                            .filter(g -> g != null)
                            .toList());
        }
    }

    @EventListener
    void deadline(DeadlinePassed event) {
        if (event.businessKey() == null) {
            return;
        }
        List<Task> open = tasks.createTaskQuery()
                .processDefinitionKey(event.processKey())
                .processInstanceBusinessKey(event.businessKey())
                .taskDefinitionKey(event.activityId())
                .list();
        for (Task t : open) {
            boolean reminder = event.kind() == DeadlineKind.REMINDER;
            Notice notice = notice(
                    reminder ? NoticeKind.TASK_REMINDER : NoticeKind.TASK_ESCALATED,
                    (reminder ? "reminder:" : "escalation:") + t.getId(),
                    t.getId(),
                    t.getName(),
                    event.processKey(),
                    event.businessKey());
            if (reminder) {
                toHolder(notice, t);
            } else {
                board.postToGroups(notice, List.of(Role.OFFICE.group()));
            }
        }
    }

    /** A nudge (催办): each holder of each nudged step hears of it once that day. */
    @EventListener
    void nudged(TaskNudged event) {
        for (String taskId : event.taskIds()) {
            Task t = tasks.createTaskQuery().taskId(taskId).singleResult();
            if (t == null) {
                continue;
            }
            Notice notice = notice(
                    NoticeKind.TASK_NUDGED,
                    "nudge:" + taskId + ":" + event.day(),
                    taskId,
                    t.getName(),
                    event.processKey(),
                    event.businessKey());
            toHolder(notice, t);
        }
    }

    /** 转办, 委派 or 交回: the person who now holds the task hears of it. */
    @EventListener
    void handedOver(TaskHandedOver event) {
        NoticeKind kind =
                switch (event.kind()) {
                    case TRANSFERRED -> NoticeKind.TASK_TRANSFERRED;
                    case DELEGATED -> NoticeKind.TASK_DELEGATED;
                    case RESOLVED -> NoticeKind.TASK_RESOLVED;
                };
        Notice notice = notice(
                kind,
                "handover:" + event.taskId() + ":" + event.kind() + ":" + event.at(),
                event.taskId(),
                event.taskName(),
                event.processKey(),
                event.businessKey());
        board.postToUsername(notice, event.toUsername());
    }

    /** To the task's assignee, or while nobody has taken it, to its candidate groups. */
    private void toHolder(Notice notice, Task t) {
        if (t.getAssignee() != null) {
            board.postToUsername(notice, t.getAssignee());
        } else {
            board.postToGroups(
                    notice,
                    tasks.getIdentityLinksForTask(t.getId()).stream()
                            .map(IdentityLink::getGroupId)
                            .filter(g -> g != null)
                            .toList());
        }
    }

    private static Notice notice(
            NoticeKind kind, String eventKey, String taskId, String taskName, String process, String businessKey) {
        String link =
                businessKey == null ? "/inbox" : ("clue".equals(process) ? "/clues/" : "/applications/") + businessKey;
        String what =
                ("clue".equals(process) ? "问题线索" : "准入申请") + (businessKey == null ? "" : " 第" + businessKey + "号");
        return new Notice(
                kind,
                eventKey,
                "TASK",
                taskId,
                taskName + "（" + what + "）",
                link,
                Map.of(
                        "process",
                        process,
                        "businessKey",
                        businessKey == null ? "" : businessKey,
                        "taskName",
                        taskName));
    }

    private static String processKey(String processDefinitionId) {
        return processDefinitionId == null ? "" : processDefinitionId.split(":")[0];
    }
}
