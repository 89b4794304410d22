package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.SUBJECT;

import cn.jianfu.attachment.AttachmentService;
import cn.jianfu.audit.AuditEntry;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.FieldCipher;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.search.NegativeListScreen;
import cn.jianfu.security.CurrentUser;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Puts together the clue page: the clue, its units, the open steps, messages, files and history.
 * The reporter's name and phone leave it decrypted only for the office and verifiers.
 */
@Component
class ClueDetails {

    private final ClueMapper clues;
    private final OrgService orgs;
    private final FieldCipher crypto;
    private final AttachmentService attachments;
    private final AuditTrail audit;
    private final ClueOpenTasks openTasks;
    private final NegativeListScreen screen;
    private final ClueWorkOrders workOrders;

    ClueDetails(
            ClueMapper clues,
            OrgService orgs,
            FieldCipher crypto,
            AttachmentService attachments,
            AuditTrail audit,
            ClueOpenTasks openTasks,
            NegativeListScreen screen,
            ClueWorkOrders workOrders) {
        this.screen = screen;
        this.workOrders = workOrders;
        this.clues = clues;
        this.orgs = orgs;
        this.crypto = crypto;
        this.attachments = attachments;
        this.audit = audit;
        this.openTasks = openTasks;
    }

    /** The clue as {@code user} sees it now; callers have checked that the user may. */
    ClueDetail of(long id, CurrentUser user) {
        return of(clues.load(id), user);
    }

    ClueDetail of(ClueRow r, CurrentUser user) {
        List<ClueUnitRow> units = clues.findUnits(r.id);
        Set<Long> orgIds = new HashSet<>();
        units.forEach(u -> orgIds.add(u.orgId));
        if (r.reportedOrgId != null) {
            orgIds.add(r.reportedOrgId);
        }
        Map<Long, OrgUnit> names = orgs.byIds(orgIds);
        Map<Long, String> unitNames = new HashMap<>();
        units.forEach(u -> unitNames.put(u.id, name(names, u.orgId)));
        ClueDetail.Reporter reporter = ClueAccess.maySeeReporter(user)
                ? new ClueDetail.Reporter(
                        r.anonymous, crypto.decrypt(r.reporterNameEnc), crypto.decrypt(r.reporterPhoneEnc))
                : null;
        String mergedInto = r.mergedIntoId == null ? null : clues.load(r.mergedIntoId).clueNo;
        List<ClueDetail.CurrentTask> current = openTasks.of(r.processInstanceId, unitNames);
        List<ClueDetail.Unit> unitViews =
                units.stream().map(u -> unit(u, names)).toList();
        List<AuditEntry> history = audit.history(SUBJECT, r.id);
        return new ClueDetail(
                r.id,
                r.clueNo,
                r.category,
                r.category.label(),
                r.source,
                r.source.label(),
                r.reportedOrgId,
                name(names, r.reportedOrgId),
                r.reportedUnitText,
                r.place,
                r.occurredWhen,
                r.description,
                reporter,
                r.status,
                r.status.label(),
                r.mergedIntoId,
                mergedInto,
                r.notAcceptedReason,
                r.dualAssigned,
                r.reopenCount,
                r.reply,
                r.repliedAt,
                r.rating,
                r.ratingComment,
                r.ratedAt,
                r.ratingVia,
                r.typical,
                r.typicalSummary,
                r.createdAt,
                r.assignedAt,
                r.firstResponseAt,
                r.closedAt,
                unitViews,
                current,
                clues.findMessages(r.id),
                attachments.list(SUBJECT, r.id),
                history,
                screen.screen(r.description),
                workOrders.returns(r.id),
                workOrders.extensions(r.id, current),
                workOrders.supervisions(r.id, units, user),
                workOrders.suggestedSupervisionDue(r, user),
                ClueAccess.maySeeReporter(user) ? workOrders.callbacks(r.id) : List.of(),
                ClueCallbacks.possible(r, user),
                ClueMilestones.of(r.status, r.assignedAt, r.repliedAt, r.closedAt, unitViews, history));
    }

    static ClueDetail.Unit unit(ClueUnitRow u, Map<Long, OrgUnit> names) {
        return new ClueDetail.Unit(
                u.id,
                u.orgId,
                name(names, u.orgId),
                u.unitRole,
                u.status,
                u.status.label(),
                u.outcome,
                u.findings,
                u.verifiedAt,
                u.verifyDueAt,
                u.firstResponseAt,
                u.plan,
                u.planDeadline,
                u.plannedAt,
                u.report,
                u.reportedAt,
                u.acceptedAt,
                u.sendBackCount);
    }

    static String name(Map<Long, OrgUnit> names, Long id) {
        OrgUnit o = id == null ? null : names.get(id);
        return o == null ? null : o.name();
    }
}
