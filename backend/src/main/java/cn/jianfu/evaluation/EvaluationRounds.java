package cn.jianfu.evaluation;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.security.CurrentUser;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening and closing rounds (the office), and reading them (everyone taking part). */
@Service
class EvaluationRounds {

    static final String SUBJECT = "EVALUATION_ROUND";

    private final EvaluationMapper evaluation;
    private final OrgService orgs;
    private final AuditTrail audit;

    EvaluationRounds(EvaluationMapper evaluation, OrgService orgs, AuditTrail audit) {
        this.evaluation = evaluation;
        this.orgs = orgs;
        this.audit = audit;
    }

    @Transactional
    Round open(RoundForm form, CurrentUser user) {
        EvaluationAccess.requireManager(user);
        RoundForm valid = valid(form);
        EvaluationMapper.NewRow row = new EvaluationMapper.NewRow();
        evaluation.insertRound(row, valid, user.getUsername(), user.displayName(), Clock.now());
        for (int i = 0; i < valid.dimensions().size(); i++) {
            evaluation.insertDimension(row.id, valid.dimensions().get(i), i);
        }
        valid.departmentIds().forEach(org -> evaluation.insertDepartment(row.id, org));
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.EVALUATION_OPENED,
                user.getUsername(),
                user.displayName(),
                null,
                valid.name() + "（" + valid.periodFrom() + " 至 " + valid.periodTo() + "），"
                        + valid.dimensions().size() + "个维度，"
                        + valid.departmentIds().size() + "个部门");
        return round(record(row.id));
    }

    @Transactional
    Round close(long id, CurrentUser user) {
        EvaluationAccess.requireManager(user);
        EvaluationMapper.RoundRecord r = evaluation.lockRound(id).orElseThrow(EvaluationRounds::notFound);
        if (r.status() != RoundStatus.OPEN || evaluation.close(id, Clock.now()) == 0) {
            throw ApiException.conflict("本轮评价已结束");
        }
        audit.record(
                SUBJECT, id, AuditAction.EVALUATION_CLOSED, user.getUsername(), user.displayName(), null, r.name());
        return round(record(id));
    }

    /** The county-wide viewers and raters see every round; a department the rounds that rate it. */
    List<Round> list(CurrentUser user) {
        EvaluationAccess.requireViewer(user);
        Long only = EvaluationAccess.countyWide(user) || EvaluationAccess.rater(user) ? null : user.orgId();
        return evaluation.rounds(only).stream().map(r -> seenBy(round(r), user)).toList();
    }

    Round get(long id, CurrentUser user) {
        EvaluationAccess.requireViewer(user);
        Round round = round(record(id));
        if (!EvaluationAccess.countyWide(user)
                && !EvaluationAccess.rater(user)
                && round.departments().stream().noneMatch(d -> d.id() == user.orgId())) {
            throw notFound();
        }
        return seenBy(round, user);
    }

    /** The round as the user may see it: a department's people see their own department in it, no other. */
    static Round seenBy(Round r, CurrentUser user) {
        if (EvaluationAccess.countyWide(user) || EvaluationAccess.rater(user)) {
            return r;
        }
        return new Round(
                r.id(),
                r.name(),
                r.periodFrom(),
                r.periodTo(),
                r.opensAt(),
                r.closesAt(),
                r.status(),
                r.createdName(),
                r.closedAt(),
                r.dimensions(),
                r.departments().stream().filter(d -> d.id() == user.orgId()).toList());
    }

    EvaluationMapper.RoundRecord record(long id) {
        return evaluation.findRound(id).orElseThrow(EvaluationRounds::notFound);
    }

    Round round(EvaluationMapper.RoundRecord r) {
        return new Round(
                r.id(),
                r.name(),
                r.periodFrom(),
                r.periodTo(),
                r.opensAt(),
                r.closesAt(),
                r.status(),
                r.createdName(),
                r.closedAt(),
                evaluation.dimensionsOf(r.id()).stream()
                        .map(Round.Dimension::of)
                        .toList(),
                evaluation.departmentsOf(r.id()).stream()
                        .map(d -> new Round.Department(d.id(), d.name()))
                        .toList());
    }

    static ApiException notFound() {
        return ApiException.notFound("没有这一轮评价");
    }

    /** The form with its name trimmed and its opening time filled in; 400 with every field's problem. */
    private RoundForm valid(RoundForm f) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = f.name() == null ? "" : f.name().strip();
        if (name.isEmpty()) {
            errors.put("name", "请填写名称");
        }
        if (f.periodFrom() == null) {
            errors.put("periodFrom", "请选择评价期间的开始日期");
        }
        if (f.periodTo() == null) {
            errors.put("periodTo", "请选择评价期间的结束日期");
        } else if (f.periodFrom() != null && f.periodTo().isBefore(f.periodFrom())) {
            errors.put("periodTo", "结束日期不能早于开始日期");
        }
        LocalDateTime now = Clock.now();
        LocalDateTime opensAt = f.opensAt() == null ? now : f.opensAt();
        if (f.closesAt() == null) {
            errors.put("closesAt", "请选择截止时间");
        } else if (!f.closesAt().isAfter(opensAt) || !f.closesAt().isAfter(now)) {
            errors.put("closesAt", "截止时间应晚于开始时间和现在");
        }
        List<EvaluationDimension> dimensions = f.dimensions() == null ? List.of() : f.dimensions();
        if (dimensions.isEmpty() || dimensions.contains(null)) {
            errors.put("dimensions", "请至少选择一个评价维度");
        } else if (new HashSet<>(dimensions).size() != dimensions.size()) {
            errors.put("dimensions", "评价维度不能重复");
        }
        List<Long> departments = f.departmentIds() == null ? List.of() : f.departmentIds();
        if (departments.isEmpty() || departments.contains(null)) {
            errors.put("departmentIds", "请至少选择一个被评价部门");
        } else if (new HashSet<>(departments).size() != departments.size()) {
            errors.put("departmentIds", "被评价部门不能重复");
        } else if (!allCountyDepartments(departments)) {
            errors.put("departmentIds", "只能选择县级部门");
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new RoundForm(name, f.periodFrom(), f.periodTo(), opensAt, f.closesAt(), dimensions, departments);
    }

    private boolean allCountyDepartments(List<Long> ids) {
        Map<Long, OrgUnit> found = orgs.byIds(ids);
        return ids.stream().map(found::get).allMatch(o -> Objects.nonNull(o) && o.type() == OrgType.COUNTY_DEPT);
    }
}
