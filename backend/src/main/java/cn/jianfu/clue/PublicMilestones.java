package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.SUBJECT;

import cn.jianfu.audit.AuditEntry;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.org.UserService;
import cn.jianfu.workflow.Milestone;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The step bar the anonymous reporter sees on the tracking page: the same steps and dates as the
 * staff's bar, but each step names the unit that did it (the office, the assigned units), never a
 * person. Steps done by the system or by the reporter name nobody.
 */
@Component
class PublicMilestones {

    private final AuditTrail audit;
    private final OrgService orgs;
    private final UserService users;

    PublicMilestones(AuditTrail audit, OrgService orgs, UserService users) {
        this.audit = audit;
        this.orgs = orgs;
        this.users = users;
    }

    List<Milestone> of(ClueRow r, List<ClueUnitRow> units) {
        List<AuditEntry> history = audit.history(SUBJECT, r.id);
        Map<String, String> unitOf = users.orgNames(history.stream()
                .map(AuditEntry::actorUsername)
                .filter(Objects::nonNull)
                .toList());
        Map<Long, OrgUnit> names =
                orgs.byIds(units.stream().map(u -> u.orgId).distinct().toList());
        List<ClueDetail.Unit> unitViews =
                units.stream().map(u -> ClueDetails.unit(u, names)).toList();
        return ClueMilestones.of(
                r.status,
                r.assignedAt,
                r.repliedAt,
                r.closedAt,
                unitViews,
                history,
                e -> e.actorUsername() == null ? null : unitOf.get(e.actorUsername()));
    }
}
