package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.*;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 退单: a unit holding a clue's verification returns it as not its business, with a reason, within
 * {@code jianfu.clue.return-working-days} working days of being assigned. The unit's verification ends
 * (the boundary message on Task_Verify) and the office answers in Task_Reassign: another unit takes
 * its place (same checks as triage), or the remaining units carry on.
 */
@Service
class ClueReturns {

    static final int MAX_REASON = 500;

    private final ClueTasks tasks;
    private final ClueMapper clues;
    private final ClueReturnMapper returns;
    private final OrgService orgs;
    private final AuditTrail audit;
    private final ClueDetails details;
    private final RuntimeService runtime;
    private final ReturnLimit limit;

    ClueReturns(
            ClueTasks tasks,
            ClueMapper clues,
            ClueReturnMapper returns,
            OrgService orgs,
            AuditTrail audit,
            ClueDetails details,
            RuntimeService runtime,
            ReturnLimit limit) {
        this.tasks = tasks;
        this.clues = clues;
        this.returns = returns;
        this.orgs = orgs;
        this.audit = audit;
        this.details = details;
        this.runtime = runtime;
        this.limit = limit;
    }

    @Transactional
    ClueDetail returnClue(String taskId, String reason, CurrentUser user) {
        String text = ClueText.text(reason, "reason", "请填写退单理由（为什么不属本单位职责）", true, MAX_REASON);
        Task task = tasks.requireOnce(taskId, TASK_VERIFY, user);
        ClueRow row = clues.lock(tasks.clueId(task));
        ClueUnitRow unit = tasks.unit(task);
        if (user.orgId() != unit.orgId) {
            throw ApiException.forbidden("只有承办单位本单位的人员可以退单");
        }
        if (unit.status != UnitStatus.VERIFYING) {
            throw ApiException.conflict("该单位已退单或已核查，不能再退单");
        }
        LocalDateTime now = Clock.now();
        if (now.isAfter(limit.until(Clock.toLocal(task.getCreateTime())))) {
            throw ApiException.conflict("已超过退单时限（交办后" + limit.workingDays() + "个工作日内），请按程序核查，或申请延期");
        }
        if (returns.markUnitReturned(unit.id) != 1) {
            throw ApiException.conflict("该单位已退单或已核查，不能再退单");
        }
        returns.insert(row.id, unit.id, unit.orgId, text, user.getUsername(), now);
        clues.markUnitFirstResponse(unit.id, now);
        clues.markTallyStale(row.id);
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.RETURNED,
                user.getUsername(),
                user.displayName(),
                null,
                orgs.get(unit.orgId).name() + "：" + text);
        runtime.messageEventReceived(MESSAGE_VERIFY_RETURNED, task.getExecutionId());
        return details.of(row.id, user);
    }

    @Transactional
    ClueDetail reassign(String taskId, ReassignDecision decision, Long orgId, CurrentUser user) {
        ClueAccess.requireOffice(user);
        if (decision == null) {
            throw ApiException.invalid(Map.of("decision", "请选择重新交办或由其余单位继续办理"));
        }
        Task task = tasks.requireOnce(taskId, TASK_REASSIGN, user);
        ClueRow row = clues.lock(tasks.clueId(task));
        ClueUnitRow returned = tasks.unit(task);
        List<ClueUnitRow> units = clues.findUnits(row.id);
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_REASSIGN_DECISION, decision.name());
        Long newUnitId = null;
        String what;
        if (decision == ReassignDecision.REASSIGN) {
            OrgUnit org = newUnit(orgId, units);
            ClueUnitRow unit = new ClueUnitRow();
            unit.clueId = row.id;
            unit.orgId = org.id();
            unit.unitRole = UnitRole.of(org.type());
            unit.status = UnitStatus.VERIFYING;
            clues.insertUnit(unit);
            newUnitId = unit.id;
            int index = ((Number) tasks.variable(task, VAR_LOOP_COUNTER)).intValue();
            @SuppressWarnings("unchecked")
            List<String> groups = new ArrayList<>((List<String>) tasks.variable(task, VAR_VERIFY_GROUPS));
            groups.set(index, CurrentUser.orgGroup(org.code()) + "," + Role.VERIFIER.group());
            vars.put(VAR_VERIFY_GROUPS, groups);
            vars.put(VAR_UNIT_KEY, String.valueOf(unit.id));
            what = "改由" + org.name() + "核查办理";
        } else {
            boolean othersRemain =
                    units.stream().anyMatch(u -> !u.id.equals(returned.id) && u.status != UnitStatus.RETURNED);
            if (!othersRemain) {
                throw ApiException.conflict("没有其他承办单位，请重新交办给其他单位");
            }
            what = "由其余承办单位继续办理";
        }
        if (returns.decide(returned.id, decision, newUnitId, user.getUsername(), Clock.now()) != 1) {
            throw ApiException.conflict("该退单已处理");
        }
        clues.markTallyStale(row.id);
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.REASSIGNED,
                user.getUsername(),
                user.displayName(),
                decision.name(),
                orgs.get(returned.orgId).name() + "退单后，" + what);
        tasks.complete(task, user, vars);
        return details.of(row.id, user);
    }

    /** The unit taking over: checked as triage checks units, and not already handling the clue. */
    private OrgUnit newUnit(Long orgId, List<ClueUnitRow> units) {
        if (orgId == null) {
            throw ApiException.invalid(Map.of("orgId", "请选择重新交办的承办单位"));
        }
        OrgUnit org = orgs.byIds(List.of(orgId)).get(orgId);
        if (org == null || org.type() == OrgType.BURDEN_OFFICE) {
            throw ApiException.invalid(Map.of("orgId", "承办单位不存在或不能承办"));
        }
        if (units.stream().anyMatch(u -> u.orgId.equals(orgId))) {
            throw ApiException.invalid(Map.of("orgId", "该单位已承办或已退单本线索，请选择其他单位"));
        }
        return org;
    }
}
