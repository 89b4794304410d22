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
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * One page of the inbox's read model as the inbox shows it: what each task is about (title,
 * organisation), the unit it concerns, and where it stands against its deadline. A bounded number
 * of queries per page, whatever its size.
 */
@Component
class InboxRows {

    static final long DUE_SOON_HOURS = 24;

    private final DeadlineNoticeMapper notices;
    private final OrgService orgs;
    private final UserService users;
    private final Map<String, TaskSubjects> subjects;

    InboxRows(DeadlineNoticeMapper notices, OrgService orgs, UserService users, List<TaskSubjects> subjects) {
        this.notices = notices;
        this.orgs = orgs;
        this.users = users;
        this.subjects = subjects.stream().collect(Collectors.toMap(TaskSubjects::processKey, Function.identity()));
    }

    List<InboxTask> open(List<WorkItem> open) {
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, TaskSubjects.TaskSubject> titles = titles(open);
        Map<Long, OrgUnit> unitNames = orgs.byIds(open.stream()
                .map(WorkItem::unitId)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new)));
        Map<String, String> people =
                users.displayNames(open.stream().map(WorkItem::assignee).toList());
        List<DeadlineNotice> raised = notices.findByProcessInstances(
                open.stream().map(WorkItem::processInstanceId).collect(Collectors.toSet()));
        LocalDateTime now = Clock.now();
        List<InboxTask> result = new ArrayList<>();
        for (WorkItem t : open) {
            TaskSubjects.TaskSubject s = titles.get(t.processKey() + "/" + t.businessKey());
            OrgUnit unit = t.unitId() == null ? null : unitNames.get(t.unitId());
            LocalDateTime due = t.dueAt();
            boolean overdue = due != null && due.isBefore(now);
            boolean reminded = raisedSince(raised, t, DeadlineKind.REMINDER);
            boolean dueSoon = !overdue && due != null && (reminded || due.isBefore(now.plusHours(DUE_SOON_HOURS)));
            result.add(new InboxTask(
                    t.taskId(),
                    t.taskKey(),
                    t.taskName(),
                    t.processKey(),
                    t.businessKey(),
                    s == null ? null : s.title(),
                    s == null ? null : s.orgName(),
                    unit == null ? null : unit.id(),
                    unit == null ? null : unit.name(),
                    t.createdAt(),
                    due,
                    overdue,
                    dueSoon,
                    t.assignee(),
                    t.assignee() == null ? null : people.getOrDefault(t.assignee(), t.assignee()),
                    t.groupTask(),
                    raisedSince(raised, t, DeadlineKind.ESCALATION)));
        }
        return result;
    }

    List<DoneTask> done(List<WorkItem> rows) {
        Map<String, TaskSubjects.TaskSubject> titles = titles(rows);
        return rows.stream()
                .map(t -> {
                    TaskSubjects.TaskSubject s = titles.get(t.processKey() + "/" + t.businessKey());
                    return new DoneTask(
                            t.taskId(),
                            t.taskKey(),
                            t.taskName(),
                            t.processKey(),
                            t.businessKey(),
                            s == null ? null : s.title(),
                            t.endedAt());
                })
                .toList();
    }

    private static boolean raisedSince(List<DeadlineNotice> raised, WorkItem t, DeadlineKind kind) {
        return raised.stream()
                .anyMatch(n -> n.kind() == kind
                        && n.processInstanceId().equals(t.processInstanceId())
                        && n.activityId().equals(t.taskKey())
                        && !n.createdAt().isBefore(t.createdAt()));
    }

    private Map<String, TaskSubjects.TaskSubject> titles(List<WorkItem> items) {
        Map<String, Set<String>> byProcess = new HashMap<>();
        items.stream().filter(k -> k.businessKey() != null).forEach(k -> byProcess
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
}
