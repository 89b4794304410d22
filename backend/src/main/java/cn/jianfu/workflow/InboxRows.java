package cn.jianfu.workflow;

import cn.jianfu.common.Clock;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.org.UserService;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * One page of engine tasks as the inbox shows them: what each is about (title, organisation), the
 * unit it concerns, and where it stands against its deadline. A bounded number of queries per page,
 * whatever its size.
 */
@Component
class InboxRows {

    static final long DUE_SOON_HOURS = 24;

    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;
    private final DeadlineNoticeMapper notices;
    private final InboxUnits units;
    private final OrgService orgs;
    private final UserService users;
    private final Map<String, TaskSubjects> subjects;

    InboxRows(
            TaskService tasks,
            HistoryService history,
            RepositoryService repository,
            DeadlineNoticeMapper notices,
            InboxUnits units,
            OrgService orgs,
            UserService users,
            List<TaskSubjects> subjects) {
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
        this.notices = notices;
        this.units = units;
        this.orgs = orgs;
        this.users = users;
        this.subjects = subjects.stream().collect(Collectors.toMap(TaskSubjects::processKey, Function.identity()));
    }

    List<InboxTask> open(List<Task> open) {
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, String> businessKeys =
                businessKeys(open.stream().map(Task::getProcessInstanceId).toList());
        Map<String, TaskSubjects.TaskSubject> titles = titles(open.stream()
                .map(t -> new Keyed(processKey(t.getProcessDefinitionId()), businessKeys.get(t.getProcessInstanceId())))
                .toList());
        Map<String, Long> unitIds = units.of(open.stream().map(Task::getId).toList());
        Map<Long, OrgUnit> unitNames = orgs.byIds(new HashSet<>(unitIds.values()));
        Set<String> grouped = withCandidateGroups(open);
        Map<String, String> people =
                users.displayNames(open.stream().map(Task::getAssignee).toList());
        List<DeadlineNotice> raised = notices.findByProcessInstances(businessKeys.keySet());
        LocalDateTime now = Clock.now();
        List<InboxTask> result = new ArrayList<>();
        for (Task t : open) {
            String key = processKey(t.getProcessDefinitionId());
            String bk = businessKeys.get(t.getProcessInstanceId());
            TaskSubjects.TaskSubject s = titles.get(key + "/" + bk);
            Long unitId = unitIds.get(t.getId());
            OrgUnit unit = unitId == null ? null : unitNames.get(unitId);
            LocalDateTime created = Clock.toLocal(t.getCreateTime());
            LocalDateTime due = Clock.toLocal(t.getDueDate());
            boolean overdue = due != null && due.isBefore(now);
            boolean reminded = raisedSince(raised, t, created, DeadlineKind.REMINDER);
            boolean dueSoon = !overdue && due != null && (reminded || due.isBefore(now.plusHours(DUE_SOON_HOURS)));
            result.add(new InboxTask(
                    t.getId(),
                    t.getTaskDefinitionKey(),
                    t.getName(),
                    key,
                    bk,
                    s == null ? null : s.title(),
                    s == null ? null : s.orgName(),
                    unit == null ? null : unit.id(),
                    unit == null ? null : unit.name(),
                    created,
                    due,
                    overdue,
                    dueSoon,
                    t.getAssignee(),
                    t.getAssignee() == null ? null : people.getOrDefault(t.getAssignee(), t.getAssignee()),
                    grouped.contains(t.getId()),
                    raisedSince(raised, t, created, DeadlineKind.ESCALATION)));
        }
        return result;
    }

    /** Which of the tasks have candidate groups (claimed or not): one query. */
    private Set<String> withCandidateGroups(List<Task> open) {
        return tasks
                .createTaskQuery()
                .taskIdIn(open.stream().map(Task::getId).toArray(String[]::new))
                .withCandidateGroups()
                .includeAssignedTasks()
                .list()
                .stream()
                .map(Task::getId)
                .collect(Collectors.toSet());
    }

    List<DoneTask> done(List<HistoricTaskInstance> rows) {
        Map<String, String> businessKeys = businessKeys(
                rows.stream().map(HistoricTaskInstance::getProcessInstanceId).toList());
        Map<String, TaskSubjects.TaskSubject> titles = titles(rows.stream()
                .map(t -> new Keyed(processKey(t.getProcessDefinitionId()), businessKeys.get(t.getProcessInstanceId())))
                .toList());
        return rows.stream()
                .map(t -> {
                    String key = processKey(t.getProcessDefinitionId());
                    String bk = businessKeys.get(t.getProcessInstanceId());
                    TaskSubjects.TaskSubject s = titles.get(key + "/" + bk);
                    return new DoneTask(
                            t.getId(),
                            t.getTaskDefinitionKey(),
                            t.getName(),
                            key,
                            bk,
                            s == null ? null : s.title(),
                            Clock.toLocal(t.getEndTime()));
                })
                .toList();
    }

    private static boolean raisedSince(List<DeadlineNotice> raised, Task t, LocalDateTime created, DeadlineKind kind) {
        return raised.stream()
                .anyMatch(n -> n.kind() == kind
                        && n.processInstanceId().equals(t.getProcessInstanceId())
                        && n.activityId().equals(t.getTaskDefinitionKey())
                        && !n.createdAt().isBefore(created));
    }

    private record Keyed(String processKey, String businessKey) {}

    private Map<String, TaskSubjects.TaskSubject> titles(List<Keyed> keys) {
        Map<String, Set<String>> byProcess = new HashMap<>();
        keys.stream().filter(k -> k.businessKey() != null).forEach(k -> byProcess
                .computeIfAbsent(k.processKey(), x -> new LinkedHashSet<>())
                .add(k.businessKey()));
        Map<String, TaskSubjects.TaskSubject> result = new HashMap<>();
        byProcess.forEach((processKey, bks) -> {
            TaskSubjects owner = subjects.get(processKey);
            if (owner != null) {
                owner.describe(bks).forEach((bk, s) -> result.put(processKey + "/" + bk, s));
            }
        });
        return result;
    }

    private String processKey(String processDefinitionId) {
        return repository.getProcessDefinition(processDefinitionId).getKey();
    }

    private Map<String, String> businessKeys(List<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> keys = new HashMap<>();
        history.createHistoricProcessInstanceQuery()
                .processInstanceIds(Set.copyOf(processInstanceIds))
                .list()
                .forEach(pi -> keys.put(pi.getId(), pi.getBusinessKey()));
        return keys;
    }
}
