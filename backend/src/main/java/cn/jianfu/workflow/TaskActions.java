package cn.jianfu.workflow;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.security.CurrentUser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acting on a user task, the same way for every process: finding a subject's open step, who may act
 * on it now, taking it (签收), and claim-then-complete. The features call this instead of the engine's {@link TaskService}.
 */
@Component
public class TaskActions {

    /** What the engine's ids look like (ID_ is VARCHAR(64)). */
    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    static final String CLAIMED_BY_OTHER = "该任务已由其他人签收，请刷新后查看";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final AuditTrail audit;
    private final InboxUnits units;
    private final OrgService orgs;
    private final Map<String, TaskSubjects> subjects;

    TaskActions(
            TaskService tasks,
            RuntimeService runtime,
            RepositoryService repository,
            AuditTrail audit,
            InboxUnits units,
            OrgService orgs,
            List<TaskSubjects> subjects) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.audit = audit;
        this.units = units;
        this.orgs = orgs;
        this.subjects = subjects.stream().collect(Collectors.toMap(TaskSubjects::processKey, Function.identity()));
    }

    /**
     * Takes an open task for the user (签收) and records it in the subject's audit trail; refuses if
     * the user is not a candidate (403) or another user has it (409, also when two claims race). A task
     * the user already holds stays theirs, nothing recorded.
     */
    @Transactional
    public void claim(String taskId, CurrentUser user) {
        Task task = requireActionable(taskId, user);
        if (task.getAssignee() != null) {
            return;
        }
        try {
            tasks.claim(task.getId(), user.getUsername());
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw ApiException.conflict(CLAIMED_BY_OTHER);
        }
        record(task, AuditAction.CLAIMED, user, null);
    }

    /**
     * Hands a claimed task back to its candidates (取消签收), recorded in the audit trail. Only its
     * assignee may (403); a task nobody holds, or one given to the user by name with no candidates to
     * hand it back to, is refused with 409.
     */
    @Transactional
    public void unclaim(String taskId, CurrentUser user) {
        Task task = isTaskId(taskId) ? tasks.createTaskQuery().taskId(taskId).singleResult() : null;
        if (task == null) {
            throw ApiException.notFound("待办任务不存在或已办结");
        }
        if (task.getAssignee() == null) {
            throw ApiException.conflict("该任务尚未签收，无需取消");
        }
        if (!task.getAssignee().equals(user.getUsername())) {
            throw ApiException.forbidden("只有签收人本人可以取消签收");
        }
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw ApiException.conflict("该任务正在委派中，不能取消签收");
        }
        if (!hasCandidates(taskId)) {
            throw ApiException.conflict("该任务指定由您本人办理，不能取消签收");
        }
        try {
            tasks.setAssignee(task.getId(), null);
        } catch (OptimisticLockingException e) {
            throw ApiException.conflict("该任务刚刚被办理或修改，请刷新后查看");
        }
        record(task, AuditAction.UNCLAIMED, user, null);
    }

    /**
     * The open task, if it is step {@code taskKey} of process {@code processKey} and {@code user} may
     * act on it now; {@code wrongStep} is the conflict message for any other task.
     */
    public Task requireStep(String taskId, String processKey, String taskKey, String wrongStep, CurrentUser user) {
        Task task = requireActionable(taskId, user);
        if (!taskKey.equals(task.getTaskDefinitionKey()) || !processKey.equals(processKey(task))) {
            throw ApiException.conflict(wrongStep);
        }
        return task;
    }

    /** The open task of step {@code taskKey} of the instance with that business key, or null. */
    public Task open(String processKey, String businessKey, String taskKey) {
        return tasks.createTaskQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    /**
     * Completes the task as {@code user}, taking it first when nobody has it yet. A task delegated
     * (委派) to someone is not completed until the delegate has handed it back.
     */
    public void complete(Task task, CurrentUser user, Map<String, Object> variables) {
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw ApiException.conflict(
                    user.getUsername().equals(task.getAssignee())
                            ? "该任务是委派给您的，请办理后交回委派人，由委派人作出决定"
                            : "该任务已委派他人，须等被委派人交回后再办理");
        }
        claimIfFree(task, user);
        tasks.complete(task.getId(), variables);
    }

    /** A variable as the task sees it (its own scope, then the enclosing ones). */
    public Object variable(Task task, String name) {
        return tasks.getVariable(task.getId(), name);
    }

    /**
     * The open task, if {@code user} may act on it now: a candidate (or its assignee), not vetoed by
     * the owning feature, and not taken by someone else.
     */
    Task requireActionable(String taskId, CurrentUser user) {
        Task task = isTaskId(taskId) ? tasks.createTaskQuery().taskId(taskId).singleResult() : null;
        if (task == null) {
            throw ApiException.notFound("待办任务不存在或已办结");
        }
        boolean candidate = user.getUsername().equals(task.getAssignee()) || isCandidate(taskId, user);
        if (!candidate) {
            throw ApiException.forbidden("您不是该任务的办理人");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user.getUsername())) {
            throw ApiException.conflict(CLAIMED_BY_OTHER);
        }
        TaskSubjects owner = subjects.get(processKey(task));
        if (owner != null) {
            ProcessInstance instance = runtime.createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId())
                    .singleResult();
            owner.checkMayAct(instance.getBusinessKey(), task.getTaskDefinitionKey(), user);
        }
        return task;
    }

    /**
     * Whether the text can be an engine id (a UUID, or a number): anything else names no task. The
     * engine's tables are not utf8mb4, so asking them about a character outside the BMP fails in
     * the database ("Illegal mix of collations") instead of finding nothing.
     */
    public static boolean isTaskId(String taskId) {
        return taskId != null && TASK_ID.matcher(taskId).matches();
    }

    /**
     * An action on the task in the subject's trail: the step, and the unit it concerns when known,
     * then {@code more} (e.g. to whom it was handed) when given.
     */
    void record(Task task, AuditAction action, CurrentUser user, String more) {
        TaskSubjects owner = subjects.get(processKey(task));
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult();
        if (owner == null || instance == null || instance.getBusinessKey() == null) {
            return;
        }
        Long unitId = units.of(List.of(task.getId())).get(task.getId());
        OrgUnit unit = unitId == null ? null : orgs.byIds(List.of(unitId)).get(unitId);
        String step = task.getName() + (unit == null ? "" : "（" + unit.name() + "）") + (more == null ? "" : more);
        audit.record(
                owner.subjectType(),
                Long.parseLong(instance.getBusinessKey()),
                action,
                user.getUsername(),
                user.displayName(),
                null,
                step);
    }

    private void claimIfFree(Task task, CurrentUser user) {
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), user.getUsername());
        }
    }

    /** Whether the task is offered to candidates (groups or users), not only given to one person by name. */
    boolean hasCandidates(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()));
    }

    /** The business key of the task's case, and the feature that owns it (null when none does). */
    TaskSubjects owner(Task task) {
        return subjects.get(processKey(task));
    }

    String businessKey(Task task) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    boolean isCandidate(String taskId, CurrentUser user) {
        Set<String> groups = Set.copyOf(user.candidateGroups());
        for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())
                    && (groups.contains(link.getGroupId()) || user.getUsername().equals(link.getUserId()))) {
                return true;
            }
        }
        return false;
    }

    String processKey(Task task) {
        return repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
    }
}
