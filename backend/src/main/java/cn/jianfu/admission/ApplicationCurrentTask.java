package cn.jianfu.admission;

import cn.jianfu.common.Clock;
import cn.jianfu.org.UserService;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.OpenTasks;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The application's open step as its page shows it: the one the user holds if any, with the
 * people's names beside the user names of who holds it and who delegated it.
 */
@Component
class ApplicationCurrentTask {

    private final OpenTasks openTasks;
    private final UserService users;

    ApplicationCurrentTask(OpenTasks openTasks, UserService users) {
        this.openTasks = openTasks;
        this.users = users;
    }

    /** The open step the user holds, else the first open one; null when none is open. */
    Task of(String processInstanceId, CurrentUser user) {
        List<Task> open = openTasks.of(processInstanceId);
        return open.stream()
                .filter(t -> user.getUsername().equals(t.getAssignee()))
                .findFirst()
                .orElse(open.isEmpty() ? null : open.get(0));
    }

    ApplicationDetail.CurrentTask view(Task task) {
        if (task == null) {
            return null;
        }
        LocalDateTime due = Clock.toLocal(task.getDueDate());
        String delegatedBy = task.getDelegationState() == DelegationState.PENDING ? task.getOwner() : null;
        Map<String, String> names = users.displayNames(Arrays.asList(task.getAssignee(), delegatedBy));
        return new ApplicationDetail.CurrentTask(
                task.getId(),
                task.getTaskDefinitionKey(),
                task.getName(),
                task.getAssignee(),
                nameOf(names, task.getAssignee()),
                Clock.toLocal(task.getCreateTime()),
                due,
                due != null && due.isBefore(Clock.now()),
                delegatedBy,
                nameOf(names, delegatedBy));
    }

    /** A person's name, or the user name when the account has none (never null for a user name). */
    private static String nameOf(Map<String, String> names, String username) {
        return username == null ? null : names.getOrDefault(username, username);
    }
}
