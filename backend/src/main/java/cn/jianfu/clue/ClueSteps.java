package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.*;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.Clock;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.security.CurrentUser;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The steps the process engine takes by itself, called only by the delegates and the task
 * listener beside this class (they run inside the engine's transaction).
 */
@Component
class ClueSteps {

    private final ClueMapper clues;
    private final OrgService orgs;
    private final AuditTrail audit;
    private final int ratingDays;

    ClueSteps(
            ClueMapper clues,
            OrgService orgs,
            AuditTrail audit,
            @Value("${jianfu.clue.rating-days:7}") int ratingDays) {
        this.clues = clues;
        this.orgs = orgs;
        this.audit = audit;
        this.ratingDays = ratingDays;
    }

    /** The process reached a user task: the clue's status follows it. */
    void enteredStep(long id, String taskKey) {
        ClueStatus status =
                switch (taskKey) {
                    case TASK_TRIAGE -> ClueStatus.TRIAGE;
                    case TASK_VERIFY -> ClueStatus.VERIFYING;
                    case TASK_PLAN, TASK_REPORT, TASK_ACCEPT -> ClueStatus.RECTIFYING;
                    case TASK_REPLY -> ClueStatus.REPLYING;
                    default -> throw new IllegalArgumentException("unknown clue step " + taskKey);
                };
        clues.updateStatus(id, status, Clock.now());
        clues.markTallyStale(id);
    }

    /** The time limit of one unit's verification, as the engine set it on the step. */
    void verificationDue(long unitId, java.util.Date due) {
        clues.setVerifyDue(unitId, Clock.toLocal(due));
        clues.markTallyStaleOfUnit(unitId);
    }

    /**
     * Someone took the unit's verification (签收, or claimed on completing it): the unit's first
     * response, kept once.
     */
    void unitResponded(long unitId) {
        if (clues.markUnitFirstResponse(unitId, Clock.now()) == 1) {
            clues.markTallyStaleOfUnit(unitId);
        }
    }

    /** Ends a clue the office did not accept, with the reason the office gave at triage. */
    void markNotAccepted(long id) {
        String reason = clues.load(id).notAcceptedReason;
        LocalDateTime now = Clock.now();
        clues.markNotAccepted(id, now);
        clues.markTallyStale(id);
        clues.insertMessage(id, ClueMessage.Kind.REPLY, "经研究，您反映的问题不予受理。理由：" + reason, now);
    }

    /** Ends a clue merged into another one, which carries on for both. */
    void markMerged(long id, long targetId) {
        ClueRow target = clues.load(targetId);
        LocalDateTime now = Clock.now();
        clues.markMerged(id, targetId, now);
        clues.markTallyStale(id);
        clues.insertMessage(id, ClueMessage.Kind.REPLY, "您反映的问题与线索 " + target.clueNo + " 属同一问题，已合并办理。", now);
    }

    /** Which units rectify: those whose verification found the problem (partly) true. */
    Rectification prepareRectification(long id) {
        return rectify(atFault(clues.findUnits(id)));
    }

    /**
     * The reporter was not satisfied: the units rectify once more — those that rectified before, or
     * every assigned unit when none was found at fault.
     */
    Rectification reopen(long id) {
        clues.markReopened(id, Clock.now());
        clues.markTallyStale(id);
        // a unit that returned the clue (退单) is no longer one of its units
        List<ClueUnitRow> all = clues.findUnits(id).stream()
                .filter(u -> u.status != UnitStatus.RETURNED)
                .toList();
        List<ClueUnitRow> units = atFault(all);
        audit.recordSystem(SUBJECT, id, AuditAction.REOPENED, "反映人不满意，重新交办整改");
        return rectify(units.isEmpty() ? all : units);
    }

    /** Closes (办结) a clue, after the reporter's rating or when the rating period ran out. */
    void close(long id) {
        ClueRow row = clues.load(id);
        clues.markClosed(id, Clock.now());
        clues.markTallyStale(id);
        audit.recordSystem(
                SUBJECT,
                id,
                AuditAction.CLOSED,
                row.rating == null
                        ? "反映人" + ratingDays + "日内未评价，自动办结"
                        : (row.ratingVia == RatingVia.CALLBACK ? "回访评价：" : "反映人评价：") + row.rating.label());
    }

    private static List<ClueUnitRow> atFault(List<ClueUnitRow> units) {
        return units.stream()
                .filter(u -> u.outcome != null && u.outcome.needsRectification())
                .toList();
    }

    private Rectification rectify(List<ClueUnitRow> units) {
        if (units.isEmpty()) {
            return new Rectification(List.of(), List.of());
        }
        clues.markUnitsPlanning(units.stream().map(u -> u.id).toList());
        clues.markTallyStale(units.get(0).clueId);
        Map<Long, OrgUnit> names = orgs.byIds(units.stream().map(u -> u.orgId).toList());
        return new Rectification(
                units.stream().map(u -> String.valueOf(u.id)).toList(),
                units.stream()
                        .map(u -> CurrentUser.orgGroup(names.get(u.orgId).code()))
                        .toList());
    }

    /** The units that rectify (their {@code clue_unit} ids) and the candidate group of each. */
    record Rectification(List<String> unitKeys, List<String> candidateGroups) {
        boolean needed() {
            return !unitKeys.isEmpty();
        }
    }
}
