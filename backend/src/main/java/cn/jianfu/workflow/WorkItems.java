package cn.jianfu.workflow;

import cn.jianfu.common.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the inbox's read model (work_item, work_item_group, work_item_access, work_done and its
 * counts) in step with the engine's
 * user tasks. The engine publishes every task event to Spring inside its own transaction
 * ({@code camunda.bpm.eventing.task}), so a row changes in the same transaction as its task: a
 * task created gets its row and candidate groups; claimed, unclaimed, handed over, delegated,
 * given back, its due date moved or its candidates changed, the row follows; completed or
 * deleted (a withdrawal, a cancelled or ended process, an interrupting timer), the row goes, and
 * when someone held the task at its end it joins that person's done list.
 */
@Component
class WorkItems {

    private final WorkItemMapper mapper;
    private final InboxUnits units;
    private final RepositoryService repository;

    WorkItems(WorkItemMapper mapper, InboxUnits units, RepositoryService repository) {
        this.mapper = mapper;
        this.units = units;
        this.repository = repository;
    }

    @EventListener
    void on(DelegateTask task) {
        if (task.getProcessDefinitionId() == null) {
            return; // a task outside any process: the inbox lists process tasks only
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> {
                units.created(task);
                // as any other change: a listener of the model that assigns the task while it is being
                // created (co-signing) may have its assignment event reach us first
                keep(task, true);
            }
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> end(task);
            case TaskListener.EVENTNAME_TIMEOUT -> {
                // a timer on the task fired: nothing of the task itself changed
            }
            // assignment (claim, unclaim, hand-over, delegation and its return) and update (due date,
            // candidates, variables)
            default -> keep(task, TaskListener.EVENTNAME_UPDATE.equals(task.getEventName()));
        }
    }

    private void add(DelegateTask task, List<String> groups) {
        WorkItem item = describe(task, !groups.isEmpty());
        mapper.insert(item);
        if (!groups.isEmpty()) {
            mapper.insertGroups(task.getId(), groups);
        }
        grant(item, groups);
    }

    /** Who has the task in their inbox: its holder, else its candidate groups (work_item_access). */
    private void grant(WorkItem item, List<String> groups) {
        List<String> principals = item.assignee() != null
                ? List.of(WorkItemQuery.held(item.assignee()))
                : groups.stream().map(WorkItemQuery::claimable).toList();
        if (!principals.isEmpty()) {
            mapper.insertAccess(item, principals);
        }
    }

    /** The row follows the task; an update may also have changed its candidates. */
    private void keep(DelegateTask task, boolean candidatesMayHaveChanged) {
        List<String> groups = candidateGroups(task);
        WorkItem item = describe(task, !groups.isEmpty());
        if (mapper.update(item) == 0) {
            add(task, groups); // a task from before the read model that the repair has not reached yet
            return;
        }
        if (candidatesMayHaveChanged
                && !Set.copyOf(mapper.groupsOf(task.getId())).equals(Set.copyOf(groups))) {
            mapper.deleteGroups(task.getId());
            if (!groups.isEmpty()) {
                mapper.insertGroups(task.getId(), groups);
            }
        }
        mapper.deleteAccess(task.getId());
        grant(item, groups);
    }

    private void end(DelegateTask task) {
        mapper.deleteAccess(task.getId());
        mapper.deleteGroups(task.getId());
        mapper.delete(task.getId());
        if (task.getAssignee() != null) {
            mapper.insertDone(describe(task, false));
            mapper.countDoneUp(task.getAssignee());
        }
    }

    private static List<String> candidateGroups(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private WorkItem describe(DelegateTask task, boolean groupTask) {
        String businessKey =
                task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        Object unit = task.getVariableLocal(InboxUnits.VARIABLE);
        return new WorkItem(
                task.getId(),
                task.getProcessInstanceId(),
                repository.getProcessDefinition(task.getProcessDefinitionId()).getKey(),
                task.getTaskDefinitionKey(),
                task.getName(),
                businessKey,
                unit instanceof Number n ? n.longValue() : null,
                Clock.toLocal(task.getCreateTime()),
                Clock.toLocal(task.getDueDate()),
                task.getAssignee(),
                groupTask,
                Clock.now());
    }
}
