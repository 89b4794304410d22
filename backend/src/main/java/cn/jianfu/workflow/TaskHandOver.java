package cn.jianfu.workflow;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.TextLimits;
import cn.jianfu.org.UserAccount;
import cn.jianfu.org.UserService;
import cn.jianfu.security.CurrentUser;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing a task to someone else, as approval centres do, on the engine's own task model: 转办
 * makes another person who may hold the task its assignee; 委派 makes a colleague work on it while
 * the task stays the delegator's (the engine's owner), and 交回 returns it to the owner, who decides.
 * Whoever receives a task must be one of its candidates and pass the owning feature's separation
 * of duties, exactly as if they had claimed it themselves.
 */
@Service
public class TaskHandOver {

    static final int MAX_HOLDERS = 50;

    private final TaskService tasks;
    private final TaskActions actions;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final TaskLockMapper locks;

    TaskHandOver(
            TaskService tasks,
            TaskActions actions,
            UserService users,
            ApplicationEventPublisher events,
            TaskLockMapper locks) {
        this.tasks = tasks;
        this.actions = actions;
        this.users = users;
        this.events = events;
        this.locks = locks;
    }

    /** Who the task could be handed to: enabled candidates, not the user, allowed by the feature. */
    public List<TaskHolder> holders(String taskId, String keyword, CurrentUser user) {
        Task task = actions.requireActionable(taskId, user);
        if (keyword != null && TextLimits.exceeds(keyword.strip(), TextLimits.DISPLAY_NAME)) {
            throw ApiException.invalid(Map.of("keyword", "关键字不能超过" + TextLimits.DISPLAY_NAME + "个字"));
        }
        List<String> groups = candidateGroups(task.getId());
        return users.holdersOf(groups, keyword, MAX_HOLDERS).stream()
                .filter(a -> !a.username().equals(user.getUsername()))
                .filter(a -> mayHold(task, new CurrentUser(a)))
                .map(a -> new TaskHolder(a.username(), a.displayName(), a.orgName()))
                .toList();
    }

    /** 转办: {@code to} becomes the task's assignee; the user no longer holds it. */
    @Transactional
    public void transfer(String taskId, String to, CurrentUser user) {
        Task task = actions.requireActionable(taskId, user);
        lockUnchanged(task);
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw ApiException.conflict("该任务正在委派中，交回后才能转办");
        }
        CurrentUser target = receiver(task, to, user);
        try {
            tasks.setAssignee(task.getId(), target.getUsername());
        } catch (OptimisticLockingException e) {
            throw ApiException.conflict("该任务刚刚被办理或修改，请刷新后查看");
        }
        actions.record(task, AuditAction.TRANSFERRED, user, "，转给" + named(target));
        announce(task, HandOverKind.TRANSFERRED, target.getUsername(), user);
    }

    /** 委派: {@code to} works on the task; it stays the user's, who decides once it is handed back. */
    @Transactional
    public void delegate(String taskId, String to, CurrentUser user) {
        Task task = actions.requireActionable(taskId, user);
        lockUnchanged(task);
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw ApiException.conflict("该任务已委派他人，交回后才能再委派");
        }
        CurrentUser target = receiver(task, to, user);
        try {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), user.getUsername());
            }
            tasks.setOwner(task.getId(), user.getUsername());
            tasks.delegateTask(task.getId(), target.getUsername());
        } catch (OptimisticLockingException | org.camunda.bpm.engine.TaskAlreadyClaimedException e) {
            throw ApiException.conflict("该任务刚刚被办理或修改，请刷新后查看");
        }
        actions.record(task, AuditAction.DELEGATED, user, "，委派给" + named(target));
        announce(task, HandOverKind.DELEGATED, target.getUsername(), user);
    }

    /**
     * 交回: the delegate gives their opinion and the task goes back to its owner. Only the person it
     * is delegated to may (403); a task not delegated is refused with 409.
     */
    @Transactional
    public void resolve(String taskId, String opinion, CurrentUser user) {
        Task task = TaskActions.isTaskId(taskId)
                ? tasks.createTaskQuery().taskId(taskId).singleResult()
                : null;
        if (task == null) {
            throw ApiException.notFound("待办任务不存在或已办结");
        }
        lockUnchanged(task);
        if (task.getDelegationState() != DelegationState.PENDING) {
            throw ApiException.conflict("该任务没有委派给您，或已经交回");
        }
        if (!user.getUsername().equals(task.getAssignee())) {
            throw ApiException.forbidden("只有被委派人可以交回");
        }
        String text = opinion == null ? "" : opinion.strip();
        if (text.isEmpty()) {
            throw ApiException.invalid(Map.of("opinion", "请填写办理意见，供委派人参考"));
        }
        if (TextLimits.exceeds(text, TextLimits.DECISION_COMMENT)) {
            throw ApiException.invalid(Map.of("opinion", "办理意见不能超过" + TextLimits.DECISION_COMMENT + "个字"));
        }
        try {
            tasks.resolveTask(task.getId());
        } catch (OptimisticLockingException e) {
            throw ApiException.conflict("该任务刚刚被办理或修改，请刷新后查看");
        }
        actions.record(task, AuditAction.DELEGATION_RESOLVED, user, "：" + text);
        announce(task, HandOverKind.RESOLVED, task.getOwner(), user);
    }

    /**
     * Locks the task and makes sure nobody changed it since it was read (a second click, or a
     * colleague handing it on at the same moment): 409 otherwise.
     */
    private void lockUnchanged(Task seen) {
        Integer now = locks.lockRevision(seen.getId());
        if (now == null || now != ((TaskEntity) seen).getRevision()) {
            throw ApiException.conflict("该任务刚刚被办理或修改，请刷新后查看");
        }
    }

    /** The person the task goes to: an enabled user who may hold it, not the user (400 otherwise). */
    private CurrentUser receiver(Task task, String to, CurrentUser user) {
        if (to == null || to.isBlank()) {
            throw ApiException.invalid(Map.of("username", "请选择接收人"));
        }
        if (!actions.hasCandidates(task.getId())) {
            throw ApiException.conflict("该任务指定由您本人办理，不能转给他人");
        }
        UserAccount account = users.findByUsername(to.strip())
                .filter(UserAccount::enabled)
                .orElseThrow(() -> ApiException.invalid(Map.of("username", "没有这个用户，或该账号已停用")));
        if (account.username().equals(user.getUsername())) {
            throw ApiException.invalid(Map.of("username", "不能转给自己"));
        }
        CurrentUser target = new CurrentUser(account);
        if (!mayHold(task, target)) {
            throw ApiException.invalid(Map.of("username", "该用户不能办理此任务（不是该环节的办理人，或须回避）"));
        }
        return target;
    }

    private boolean mayHold(Task task, CurrentUser target) {
        if (!actions.isCandidate(task.getId(), target)) {
            return false;
        }
        TaskSubjects owner = actions.owner(task);
        String businessKey = actions.businessKey(task);
        if (owner == null || businessKey == null) {
            return true;
        }
        try {
            owner.checkMayAct(businessKey, task.getTaskDefinitionKey(), target);
            return true;
        } catch (ApiException refused) {
            return false;
        }
    }

    private List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(IdentityLink::getGroupId)
                .filter(g -> g != null)
                .toList();
    }

    private void announce(Task task, HandOverKind kind, String to, CurrentUser by) {
        if (to == null) {
            return;
        }
        events.publishEvent(new TaskHandedOver(
                actions.processKey(task),
                actions.businessKey(task),
                task.getId(),
                task.getName(),
                kind,
                to,
                by.displayName(),
                Clock.now()));
    }

    private static String named(CurrentUser target) {
        return target.displayName() + "（" + target.orgName() + "）";
    }
}
