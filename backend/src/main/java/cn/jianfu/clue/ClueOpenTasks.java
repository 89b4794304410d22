package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.VAR_UNIT_KEY;

import cn.jianfu.common.Clock;
import cn.jianfu.org.UserService;
import cn.jianfu.workflow.OpenTasks;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The clue's open steps as its page shows them: the unit each is about, and the people's names
 * beside the user names of who holds a step and who delegated it (one query for all names).
 */
@Component
class ClueOpenTasks {

    private final OpenTasks openTasks;
    private final UserService users;

    ClueOpenTasks(OpenTasks openTasks, UserService users) {
        this.openTasks = openTasks;
        this.users = users;
    }

    /** The open steps, each with the unit it is about (one variable query for all of them). */
    List<ClueDetail.CurrentTask> of(String processInstanceId, Map<Long, String> unitNames) {
        List<Task> open = openTasks.of(processInstanceId);
        Map<String, Object> unitKeys = openTasks.scopeVariable(processInstanceId, open, VAR_UNIT_KEY);
        LocalDateTime now = Clock.now();
        List<String> holders = new ArrayList<>();
        open.forEach(t -> {
            holders.add(t.getAssignee());
            holders.add(t.getOwner());
        });
        Map<String, String> people = users.displayNames(holders);
        return open.stream()
                .map(t -> {
                    Object key = unitKeys.get(t.getId());
                    Long unitId = key == null ? null : Long.valueOf(String.valueOf(key));
                    LocalDateTime due = Clock.toLocal(t.getDueDate());
                    String delegatedBy = t.getDelegationState() == DelegationState.PENDING ? t.getOwner() : null;
                    return new ClueDetail.CurrentTask(
                            t.getId(),
                            t.getTaskDefinitionKey(),
                            t.getName(),
                            unitId,
                            unitId == null ? null : unitNames.get(unitId),
                            t.getAssignee(),
                            nameOf(people, t.getAssignee()),
                            Clock.toLocal(t.getCreateTime()),
                            due,
                            due != null && due.isBefore(now),
                            delegatedBy,
                            nameOf(people, delegatedBy));
                })
                .toList();
    }

    /** A person's name, or the user name when the account has none (never null for a user name). */
    private static String nameOf(Map<String, String> people, String username) {
        return username == null ? null : people.getOrDefault(username, username);
    }
}
