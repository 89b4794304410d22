package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.*;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.org.OrgService;
import cn.jianfu.security.CurrentUser;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an assigned unit does with a clue: joint verification (联合核查) with the verifiers, then,
 * when the problem was found true, the rectification plan and the report (督促整改). Who may act is
 * decided by the step's candidate groups: the unit itself (and the verifiers for verification).
 */
@Service
class UnitTasks {

    private final ClueTasks tasks;
    private final ClueMapper clues;
    private final OrgService orgs;
    private final AuditTrail audit;
    private final ClueDetails details;

    UnitTasks(ClueTasks tasks, ClueMapper clues, OrgService orgs, AuditTrail audit, ClueDetails details) {
        this.tasks = tasks;
        this.clues = clues;
        this.orgs = orgs;
        this.audit = audit;
        this.details = details;
    }

    @Transactional
    ClueDetail verify(String taskId, VerificationOutcome outcome, String findings, CurrentUser user) {
        if (outcome == null) {
            throw ApiException.invalid(Map.of("outcome", "请选择核查结论"));
        }
        String text = ClueText.text(findings, "findings", "请填写核查情况", true);
        Task task = tasks.require(taskId, TASK_VERIFY, user);
        ClueRow row = clues.lock(tasks.clueId(task));
        ClueUnitRow unit = tasks.unit(task);
        UnitStatus status = outcome.needsRectification() ? UnitStatus.VERIFIED : UnitStatus.NOT_SUBSTANTIATED;
        clues.recordVerification(unit.id, status, outcome, text, user.getUsername(), Clock.now());
        clues.markUnitFirstResponse(unit.id, Clock.now());
        clues.markTallyStale(row.id);
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.VERIFIED,
                user.getUsername(),
                user.displayName(),
                outcome.name(),
                orgName(unit) + "：" + outcome.label() + "。" + text);
        tasks.complete(task, user, Map.of());
        return details.of(row.id, user);
    }

    @Transactional
    ClueDetail plan(String taskId, String plan, LocalDate deadline, CurrentUser user) {
        String text = ClueText.text(plan, "plan", "请填写整改方案", true);
        LocalDate today = Clock.now().toLocalDate();
        if (deadline == null || deadline.isBefore(today) || deadline.isAfter(today.plusYears(1))) {
            throw ApiException.invalid(Map.of("deadline", "请填写整改时限（今天起一年以内）"));
        }
        Task task = tasks.require(taskId, TASK_PLAN, user);
        ClueRow row = clues.lock(tasks.clueId(task));
        ClueUnitRow unit = tasks.unit(task);
        clues.recordPlan(unit.id, text, deadline, Clock.now());
        clues.markTallyStale(row.id);
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.PLANNED,
                user.getUsername(),
                user.displayName(),
                null,
                orgName(unit) + "：整改时限 " + deadline + "。" + text);
        // the report is due at the end of the deadline day
        LocalDateTime due = deadline.plusDays(1).atStartOfDay();
        tasks.complete(task, user, Map.of(VAR_RECTIFY_DEADLINE, Clock.toDate(due)));
        return details.of(row.id, user);
    }

    @Transactional
    ClueDetail report(String taskId, String report, CurrentUser user) {
        String text = ClueText.text(report, "report", "请填写整改完成情况", true);
        Task task = tasks.require(taskId, TASK_REPORT, user);
        ClueRow row = clues.lock(tasks.clueId(task));
        ClueUnitRow unit = tasks.unit(task);
        clues.recordReport(unit.id, text, Clock.now());
        clues.markTallyStale(row.id);
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.RECTIFICATION_REPORTED,
                user.getUsername(),
                user.displayName(),
                null,
                orgName(unit) + "：" + text);
        tasks.complete(task, user, Map.of());
        return details.of(row.id, user);
    }

    private String orgName(ClueUnitRow unit) {
        return orgs.get(unit.orgId).name();
    }
}
