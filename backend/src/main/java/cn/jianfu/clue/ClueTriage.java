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
import cn.jianfu.search.SearchIndex;
import cn.jianfu.security.CurrentUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's quick assignment (快速分办): not accepted, merged into another clue, or assigned to
 * units for joint verification, with open clues that read alike suggested as duplicates.
 */
@Service
class ClueTriage {

    static final int MAX_UNITS = 20;
    static final double DUPLICATE_SIMILARITY = 0.35;
    private static final String NOT_ACCEPTED_REASON = "请填写不予受理的理由（将告知反映人）";

    private final ClueTasks tasks;
    private final ClueMapper clues;
    private final OrgService orgs;
    private final AuditTrail audit;
    private final ClueDetails details;
    private final SearchIndex index;

    ClueTriage(
            ClueTasks tasks,
            ClueMapper clues,
            OrgService orgs,
            AuditTrail audit,
            ClueDetails details,
            SearchIndex index) {
        this.index = index;
        this.tasks = tasks;
        this.clues = clues;
        this.orgs = orgs;
        this.audit = audit;
        this.details = details;
    }

    @Transactional
    ClueDetail triage(String taskId, TriageForm form, CurrentUser user) {
        ClueAccess.requireOffice(user);
        if (form == null || form.decision() == null) {
            throw ApiException.invalid(Map.of("decision", "请选择分办意见"));
        }
        // the reason is kept whatever the decision: checked before anything happens
        ClueText.text(
                form.reason(),
                "reason",
                NOT_ACCEPTED_REASON,
                form.decision() == TriageDecision.NOT_ACCEPTED,
                ClueText.MAX_COMMENT);
        Task task = tasks.require(taskId, TASK_TRIAGE, user);
        ClueRow row = clues.lock(tasks.clueId(task));
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_TRIAGE_DECISION, form.decision().name());
        switch (form.decision()) {
            case NOT_ACCEPTED -> notAccepted(row, form, user);
            case MERGE -> vars.put(VAR_MERGE_INTO, merge(row, form, user));
            case ASSIGN -> vars.putAll(assign(row, form, user));
        }
        // the office's response (响应): set once, whatever the decision
        clues.markFirstResponse(row.id, Clock.now());
        clues.markTallyStale(row.id);
        tasks.complete(task, user, vars);
        return details.of(row.id, user);
    }

    /** The reason goes to the reporter; the engine closes the clue with it (see {@link ClueSteps}). */
    private void notAccepted(ClueRow row, TriageForm form, CurrentUser user) {
        String reason = ClueText.text(form.reason(), "reason", NOT_ACCEPTED_REASON, true, ClueText.MAX_COMMENT);
        clues.setNotAcceptedReason(row.id, reason, Clock.now());
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.NOT_ACCEPTED,
                user.getUsername(),
                user.displayName(),
                TriageDecision.NOT_ACCEPTED.name(),
                reason);
    }

    /** Returns the id of the clue this one is merged into. */
    private long merge(ClueRow row, TriageForm form, CurrentUser user) {
        if (form.mergeIntoClueId() == null || form.mergeIntoClueId().equals(row.id)) {
            throw ApiException.invalid(Map.of("mergeIntoClueId", "请选择要并入的线索"));
        }
        ClueRow target = clues.findById(form.mergeIntoClueId())
                .orElseThrow(() -> ApiException.invalid(Map.of("mergeIntoClueId", "要并入的线索不存在")));
        if (target.status == ClueStatus.NOT_ACCEPTED || target.status == ClueStatus.MERGED) {
            throw ApiException.invalid(Map.of("mergeIntoClueId", "不能并入已" + target.status.label() + "的线索"));
        }
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.MERGED,
                user.getUsername(),
                user.displayName(),
                TriageDecision.MERGE.name(),
                "并入线索 " + target.clueNo + ClueText.optional(form.reason()));
        audit.record(
                SUBJECT,
                target.id,
                AuditAction.MERGED,
                user.getUsername(),
                user.displayName(),
                null,
                "线索 " + row.clueNo + " 并入本线索一并办理");
        return target.id;
    }

    /** Creates one unit row per assigned unit; returns the variables of the parallel verification. */
    private Map<String, Object> assign(ClueRow row, TriageForm form, CurrentUser user) {
        List<Long> ids = form.unitIds() == null
                ? List.of()
                : form.unitIds().stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            throw ApiException.invalid(Map.of("unitIds", "请选择承办单位"));
        }
        if (ids.size() > MAX_UNITS) {
            throw ApiException.invalid(Map.of("unitIds", "承办单位最多选择" + MAX_UNITS + "个"));
        }
        Map<Long, OrgUnit> units = orgs.byIds(ids);
        if (units.size() != ids.size() || units.values().stream().anyMatch(o -> o.type() == OrgType.BURDEN_OFFICE)) {
            throw ApiException.invalid(Map.of("unitIds", "承办单位不存在或不能承办"));
        }
        Set<UnitRole> roles =
                units.values().stream().map(o -> UnitRole.of(o.type())).collect(Collectors.toSet());
        boolean dual = roles.containsAll(List.of(UnitRole.GRASSROOTS, UnitRole.DEPARTMENT));
        if (Boolean.TRUE.equals(form.dual()) && !dual) {
            throw ApiException.invalid(Map.of("unitIds", "双交办须同时选择基层单位（乡镇、村社区）和负有责任的县级部门"));
        }
        List<String> keys = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (Long id : ids) {
            OrgUnit org = units.get(id);
            ClueUnitRow unit = new ClueUnitRow();
            unit.clueId = row.id;
            unit.orgId = id;
            unit.unitRole = UnitRole.of(org.type());
            unit.status = UnitStatus.VERIFYING;
            clues.insertUnit(unit);
            keys.add(String.valueOf(unit.id));
            // joint verification: the unit itself and the verification team (核查人员)
            groups.add(CurrentUser.orgGroup(org.code()) + "," + Role.VERIFIER.group());
        }
        clues.markAssigned(row.id, dual, Clock.now());
        clues.markTallyStale(row.id);
        String names = ids.stream().map(i -> units.get(i).name()).collect(Collectors.joining("、"));
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.ASSIGNED,
                user.getUsername(),
                user.displayName(),
                TriageDecision.ASSIGN.name(),
                (dual ? "双交办：" : "交办：") + names + ClueText.optional(form.reason()));
        return Map.of(VAR_UNIT_KEYS, keys, VAR_VERIFY_GROUPS, groups);
    }

    /** Open clues whose description reads like this one's, best first. */
    List<DuplicateSuggestion> duplicates(long id, CurrentUser user) {
        ClueAccess.requireOfficeOrVerifier(user);
        ClueRow row = clues.load(id);
        return clues.findOpen(id, row.createdAt.minusDays(365)).stream()
                .map(o -> new DuplicateSuggestion(
                        o.id,
                        o.clueNo,
                        o.category,
                        o.status,
                        ClueText.excerpt(o.description),
                        Math.round(similarity(row, o) * 100) / 100.0))
                .filter(s -> s.similarity() >= DUPLICATE_SIMILARITY)
                .sorted(Comparator.comparingDouble(DuplicateSuggestion::similarity)
                        .reversed())
                .limit(5)
                .toList();
    }

    /**
     * Words shared by the two descriptions through the Chinese-aware index (segmented words, any
     * order, a synonym counting as the word), raised a little when both name the same unit.
     */
    private double similarity(ClueRow a, ClueRow b) {
        double text = index.similarity(a.description, b.description);
        boolean sameUnit = a.reportedOrgId != null && a.reportedOrgId.equals(b.reportedOrgId)
                || a.reportedUnitText != null && a.reportedUnitText.equals(b.reportedUnitText);
        // the same unit reported makes a near miss count; the text has to carry most of it
        return Math.min(1.0, text + (sameUnit ? 0.1 : 0));
    }
}
