package cn.jianfu.warning;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warnings a user may see and acknowledge: the office, administrators, reviewers and approvers
 * see the county; anyone else the warnings about their own organisation (a township also those
 * about its villages). Warnings about a step in progress name no organisation and are the office's.
 */
@Service
class WarningQueries {

    static final String SUBJECT = "WARNING";

    private final WarningMapper warnings;
    private final OrgService orgs;
    private final AuditTrail audit;

    WarningQueries(WarningMapper warnings, OrgService orgs, AuditTrail audit) {
        this.warnings = warnings;
        this.orgs = orgs;
        this.audit = audit;
    }

    PageResult<Warning> search(
            WarningStatus status, WarningRule rule, Severity severity, PageQuery page, CurrentUser user) {
        WarningSearch q = new WarningSearch(status, rule, severity, visibleOrgs(user));
        return page.result(warnings.search(q, page.offset(), page.size()), warnings.count(q));
    }

    List<WarningMapper.RuleCount> summary(CurrentUser user) {
        return warnings.openByRule(new WarningSearch(null, null, null, visibleOrgs(user)));
    }

    Warning get(long id, CurrentUser user) {
        Warning w = warnings.findById(id).orElseThrow(WarningQueries::notFound);
        requireVisible(w, user);
        return w;
    }

    /** Marks an open warning as known, with what is being done; 409 when it is no longer open. */
    @Transactional
    Warning acknowledge(long id, String note, CurrentUser user) {
        Warning w = warnings.lockById(id).orElseThrow(WarningQueries::notFound);
        requireVisible(w, user);
        if (w.status() != WarningStatus.OPEN) {
            throw ApiException.conflict("该预警" + w.status().label() + "，无需再次知悉");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw ApiException.invalid(Map.of("note", "请说明已采取或将采取的措施"));
        }
        warnings.acknowledge(id, user.getUsername(), user.displayName(), text, Clock.now());
        audit.record(
                SUBJECT,
                id,
                AuditAction.WARNING_ACKNOWLEDGED,
                user.getUsername(),
                user.displayName(),
                null,
                w.rule().label() + "：" + w.subjectName() + "。" + text);
        return warnings.findById(id).orElseThrow();
    }

    /** null: the whole county. */
    private List<Long> visibleOrgs(CurrentUser user) {
        if (user.hasAny(Role.OFFICE, Role.ADMIN, Role.REVIEWER, Role.APPROVER, Role.VERIFIER)) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        ids.add(user.orgId());
        if (user.orgType() == OrgType.TOWNSHIP) {
            ids.addAll(orgs.villageIdsUnder(user.orgId()));
        }
        return ids;
    }

    private void requireVisible(Warning w, CurrentUser user) {
        List<Long> visible = visibleOrgs(user);
        if (visible != null && (w.orgId() == null || !visible.contains(w.orgId()))) {
            throw notFound();
        }
    }

    private static ApiException notFound() {
        return ApiException.notFound("没有这条预警");
    }
}
