package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.*;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.security.CurrentUser;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 延期申请: a unit holding a clue's verification, rectification plan or report asks for more time
 * before the step is due, with a reason and the day it needs; the office grants (as asked or a shorter
 * time) or refuses with a reason. A grant moves everything that hangs on the step's due date: the task,
 * its reminder and escalation timers, and the unit's recorded time limit (verify_due_at for 响应率,
 * plan_deadline for 按期整改). At most {@code jianfu.clue.extension-working-days} working days (10 by
 * default) beyond the current due date per request (see {@link ExtensionGrant}); one pending request per
 * step at a time.
 */
@Service
class ClueExtensions {

    static final int MAX_TEXT = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** What a grant moves, per step: the variable the due date is read from and the timers. */
    record Step(String name, String dueVariable, String reminderTimer, String overdueTimer) {}

    private static final Map<String, Step> STEPS = Map.of(
            TASK_VERIFY, new Step("联合核查", "deadline_clue-verify", "Timer_VerifyReminder", "Timer_VerifyOverdue"),
            TASK_PLAN, new Step("制定整改方案", "deadline_clue-plan", null, "Timer_PlanOverdue"),
            TASK_REPORT, new Step("报送整改报告", VAR_RECTIFY_DEADLINE, null, "Timer_ReportOverdue"));

    private final ClueTasks tasks;
    private final TaskService taskService;
    private final ClueMapper clues;
    private final ClueExtensionMapper extensions;
    private final AuditTrail audit;
    private final ClueDetails details;
    private final ExtensionGrant grant;
    private final ExtensionNotices notices;

    ClueExtensions(
            ClueTasks tasks,
            TaskService taskService,
            ClueMapper clues,
            ClueExtensionMapper extensions,
            AuditTrail audit,
            ClueDetails details,
            ExtensionGrant grant,
            ExtensionNotices notices) {
        this.tasks = tasks;
        this.taskService = taskService;
        this.clues = clues;
        this.extensions = extensions;
        this.audit = audit;
        this.details = details;
        this.grant = grant;
        this.notices = notices;
    }

    @Transactional
    ClueDetail request(String taskId, LocalDate day, String reason, CurrentUser user) {
        String text = ClueText.text(reason, "reason", "请填写延期理由（为什么需要更多时间）", true, MAX_TEXT);
        if (day == null) {
            throw ApiException.invalid(Map.of("dueDate", "请选择延期至哪一天"));
        }
        Task task = tasks.requireOnce(taskId, stepOf(taskId), user);
        Step step = STEPS.get(task.getTaskDefinitionKey());
        ClueRow row = clues.lock(tasks.clueId(task));
        ClueUnitRow unit = tasks.unit(task);
        if (user.orgId() != unit.orgId) {
            throw ApiException.forbidden("只有承办单位本单位的人员可以申请延期");
        }
        LocalDateTime now = Clock.now();
        LocalDateTime due = task.getDueDate() == null ? null : Clock.toLocal(task.getDueDate());
        if (due == null) {
            throw ApiException.conflict("该环节没有办理期限，无需申请延期");
        }
        if (!now.isBefore(due)) {
            throw ApiException.conflict("已超过办理期限，不能再申请延期，请尽快办理");
        }
        if (extensions.findPendingByTask(task.getId()).isPresent()) {
            throw ApiException.conflict("已有待审批的延期申请，请等待减负办审批");
        }
        LocalDateTime requested = endOf(day);
        grant.check(day, due, requested);
        ClueExtensionRow e = new ClueExtensionRow();
        e.clueId = row.id;
        e.unitId = unit.id;
        e.orgId = unit.orgId;
        e.taskId = task.getId();
        e.step = task.getTaskDefinitionKey();
        e.reason = text;
        e.dueBefore = due;
        e.requestedDue = requested;
        e.requestedBy = user.getUsername();
        e.requestedAt = now;
        extensions.insert(e);
        String org = extensions.findById(e.id).orElseThrow().orgName;
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.EXTENSION_REQUESTED,
                user.getUsername(),
                user.displayName(),
                task.getTaskDefinitionKey(),
                org + "申请“" + step.name() + "”延期至" + DAY.format(day) + "：" + text);
        notices.requested(row, e.id, org, step.name(), day, user.displayName());
        return details.of(row.id, user);
    }

    @Transactional
    ClueDetail decide(long id, ExtensionDecision decision, LocalDate day, String note, CurrentUser user) {
        ClueAccess.requireOffice(user);
        if (decision == null) {
            throw ApiException.invalid(Map.of("decision", "请选择同意延期或不同意"));
        }
        String text = ClueText.text(note, "note", "请填写不同意延期的理由", decision == ExtensionDecision.REFUSE, MAX_TEXT);
        ClueExtensionRow found = extensions.findById(id).orElseThrow(() -> ApiException.notFound("延期申请不存在"));
        ClueRow row = clues.lock(found.clueId);
        ClueExtensionRow e = extensions.findById(id).orElseThrow();
        if (e.status != ExtensionStatus.PENDING) {
            throw ApiException.conflict("该延期申请已处理");
        }
        Task task = taskService.createTaskQuery().taskId(e.taskId).singleResult();
        if (task == null) {
            throw ApiException.conflict("该环节已办理，延期申请已失效");
        }
        Step step = STEPS.get(e.step);
        LocalDateTime granted = null;
        if (decision == ExtensionDecision.GRANT) {
            LocalDate grantedDay = day == null ? e.requestedDue.toLocalDate().minusDays(1) : day;
            granted = endOf(grantedDay);
            LocalDateTime due = Clock.toLocal(task.getDueDate());
            grant.check(grantedDay, due, e.requestedDue);
            grant.move(task, step, e.unitId, granted);
        }
        LocalDateTime now = Clock.now();
        if (extensions.decide(
                        id,
                        decision == ExtensionDecision.GRANT ? ExtensionStatus.GRANTED : ExtensionStatus.REFUSED,
                        granted,
                        text,
                        user.getUsername(),
                        now)
                != 1) {
            throw ApiException.conflict("该延期申请已处理");
        }
        clues.markTallyStale(row.id);
        String org = e.orgName;
        String what = decision == ExtensionDecision.GRANT
                ? "同意" + org + "“" + step.name() + "”延期至"
                        + DAY.format(granted.toLocalDate().minusDays(1))
                : "不同意" + org + "“" + step.name() + "”延期";
        audit.record(
                SUBJECT,
                row.id,
                decision == ExtensionDecision.GRANT ? AuditAction.EXTENSION_GRANTED : AuditAction.EXTENSION_REFUSED,
                user.getUsername(),
                user.displayName(),
                e.step,
                text == null ? what : what + "：" + text);
        notices.decided(row, e.id, e.requestedBy, what);
        return details.of(row.id, user);
    }

    /** The step of an open clue task, for the checks that follow (404 / 409 as for any step). */
    private String stepOf(String taskId) {
        Task open = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (open == null) {
            return TASK_VERIFY; // requireOnce answers 404, or 409 when it was just done
        }
        if (!STEPS.containsKey(open.getTaskDefinitionKey())) {
            throw ApiException.conflict("只有核查、制定整改方案和报送整改报告环节可以申请延期");
        }
        return open.getTaskDefinitionKey();
    }

    /** The end of a day (the next day's start), as the rectification deadline is kept. */
    static LocalDateTime endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay();
    }
}
