package cn.jianfu.workflow;

import cn.jianfu.common.Clock;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.security.CurrentUser;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * The inbox (待办), the done list (已办) and the escalations of overdue steps, over every process.
 * Who sees a task is decided by the engine's candidate groups, which are our role and organisation
 * codes, so this query and the API's authorization agree.
 */
@Service
public class InboxService {

    static final long DUE_SOON_HOURS = 24;

    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;
    private final DeadlineNoticeMapper notices;
    private final Map<String, TaskSubjects> subjects;

    InboxService(
            TaskService tasks,
            HistoryService history,
            RepositoryService repository,
            DeadlineNoticeMapper notices,
            List<TaskSubjects> subjects) {
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
        this.notices = notices;
        this.subjects = subjects.stream().collect(Collectors.toMap(TaskSubjects::processKey, Function.identity()));
    }

    public PageResult<InboxTask> open(CurrentUser user, PageQuery page) {
        TaskQuery query = tasks.createTaskQuery()
                .or()
                .taskCandidateGroupIn(user.candidateGroups())
                .taskAssignee(user.getUsername())
                .endOr()
                .orderByTaskCreateTime()
                .desc();
        return page.result(describe(query.listPage(page.offset(), page.size())), query.count());
    }

    public PageResult<InboxTask> escalations(PageQuery page) {
        TaskQuery query = tasks.createTaskQuery()
                .dueBefore(Clock.toDate(Clock.now()))
                .orderByDueDate()
                .asc();
        return page.result(describe(query.listPage(page.offset(), page.size())), query.count());
    }

    public PageResult<DoneTask> done(CurrentUser user, PageQuery page) {
        var query = history.createHistoricTaskInstanceQuery()
                .taskAssignee(user.getUsername())
                .finished()
                .orderByHistoricActivityInstanceStartTime()
                .desc();
        List<HistoricTaskInstance> rows = query.listPage(page.offset(), page.size());
        Map<String, String> businessKeys = businessKeys(
                rows.stream().map(HistoricTaskInstance::getProcessInstanceId).toList());
        Map<String, TaskSubjects.TaskSubject> titles = titles(rows.stream()
                .map(t -> new Keyed(processKey(t.getProcessDefinitionId()), businessKeys.get(t.getProcessInstanceId())))
                .toList());
        List<DoneTask> done = rows.stream()
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
        return page.result(done, query.count());
    }

    private List<InboxTask> describe(List<Task> open) {
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, String> businessKeys =
                businessKeys(open.stream().map(Task::getProcessInstanceId).toList());
        Map<String, TaskSubjects.TaskSubject> titles = titles(open.stream()
                .map(t -> new Keyed(processKey(t.getProcessDefinitionId()), businessKeys.get(t.getProcessInstanceId())))
                .toList());
        List<DeadlineNotice> raised = notices.findByProcessInstances(businessKeys.keySet());
        LocalDateTime now = Clock.now();
        List<InboxTask> result = new ArrayList<>();
        for (Task t : open) {
            String key = processKey(t.getProcessDefinitionId());
            String bk = businessKeys.get(t.getProcessInstanceId());
            TaskSubjects.TaskSubject s = titles.get(key + "/" + bk);
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
                    created,
                    due,
                    overdue,
                    dueSoon,
                    t.getAssignee(),
                    raisedSince(raised, t, created, DeadlineKind.ESCALATION)));
        }
        return result;
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
        keys.forEach(k -> byProcess
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
