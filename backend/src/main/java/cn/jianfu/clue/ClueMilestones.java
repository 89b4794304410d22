package cn.jianfu.clue;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditEntry;
import cn.jianfu.workflow.Milestone;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The clue's step bar, assigned → verified → rectified → answered, from the clue's units and the
 * audit trail. A clue not accepted or merged stops at the first step; when every unit found the
 * problem not substantiated there is nothing to rectify, so the bar goes from verification straight
 * to the answer. Units that returned the clue (退单) take no part. Who did a step is told by
 * {@code who}: a person's name for staff, the unit's name for the anonymous reporter.
 */
final class ClueMilestones {

    static final String ASSIGNED = "ASSIGNED";
    static final String VERIFIED = "VERIFIED";
    static final String RECTIFIED = "RECTIFIED";
    static final String ANSWERED = "ANSWERED";

    private ClueMilestones() {}

    /** The bar as staff see it: each step with the names of the people who did it. */
    static List<Milestone> of(
            ClueStatus status,
            LocalDateTime assignedAt,
            LocalDateTime repliedAt,
            LocalDateTime closedAt,
            List<ClueDetail.Unit> allUnits,
            List<AuditEntry> history) {
        return of(status, assignedAt, repliedAt, closedAt, allUnits, history, AuditEntry::actorName);
    }

    /**
     * The bar with {@code who} naming the doer of each audit entry (null leaves the entry out): the
     * portal passes the doer's unit, so the reporter never sees a person's name.
     */
    static List<Milestone> of(
            ClueStatus status,
            LocalDateTime assignedAt,
            LocalDateTime repliedAt,
            LocalDateTime closedAt,
            List<ClueDetail.Unit> allUnits,
            List<AuditEntry> history,
            Function<AuditEntry, String> who) {
        Doers people = (action, lastOnly) -> people(history, action, lastOnly, who);
        Milestone assigned = Milestone.waiting(ASSIGNED, "交办");
        if (status == ClueStatus.NOT_ACCEPTED || status == ClueStatus.MERGED) {
            AuditAction ending = status == ClueStatus.MERGED ? AuditAction.MERGED : AuditAction.NOT_ACCEPTED;
            return List.of(assigned.stopped(status.name(), closedAt, people.of(ending, true)));
        }
        if (status == ClueStatus.TRIAGE || assignedAt == null) {
            return List.of(
                    assigned.current(),
                    Milestone.waiting(VERIFIED, "核查"),
                    Milestone.waiting(RECTIFIED, "整改"),
                    Milestone.waiting(ANSWERED, "答复"));
        }
        List<Milestone> bar = new ArrayList<>();
        bar.add(assigned.done(assignedAt, people.of(AuditAction.ASSIGNED, true)));

        List<ClueDetail.Unit> units =
                allUnits.stream().filter(u -> u.status() != UnitStatus.RETURNED).toList();
        boolean verifiedByAll = !units.isEmpty() && units.stream().allMatch(u -> u.verifiedAt() != null);
        List<ClueDetail.Unit> atFault = units.stream()
                .filter(u -> u.outcome() != null && u.outcome().needsRectification())
                .toList();
        Milestone verified = Milestone.waiting(VERIFIED, "核查");
        if (verifiedByAll) {
            List<String> verifiers = people.of(AuditAction.VERIFIED, false);
            LocalDateTime when = latest(units, ClueDetail.Unit::verifiedAt);
            verified = atFault.isEmpty()
                    ? verified.done(UnitStatus.NOT_SUBSTANTIATED.name(), when, verifiers)
                    : verified.done(when, verifiers);
        } else if (status == ClueStatus.VERIFYING) {
            verified = verified.current();
        }
        bar.add(verified);

        if (!verifiedByAll || !atFault.isEmpty()) {
            Milestone rectified = Milestone.waiting(RECTIFIED, "整改");
            if (verifiedByAll && atFault.stream().allMatch(u -> u.acceptedAt() != null)) {
                rectified = rectified.done(
                        latest(atFault, ClueDetail.Unit::acceptedAt),
                        people.of(AuditAction.RECTIFICATION_REPORTED, false));
            } else if (status == ClueStatus.RECTIFYING) {
                rectified = rectified.current();
            }
            bar.add(rectified);
        }

        Milestone answered = Milestone.waiting(ANSWERED, "答复");
        if (repliedAt != null) {
            answered = answered.done(repliedAt, people.of(AuditAction.REPLIED, true));
        } else if (status == ClueStatus.REPLYING) {
            answered = answered.current();
        }
        bar.add(answered);
        return List.copyOf(bar);
    }

    /** The names of who did an action: only the last one, or everyone in order without repeats. */
    @FunctionalInterface
    private interface Doers {
        List<String> of(AuditAction action, boolean lastOnly);
    }

    private static List<String> people(
            List<AuditEntry> history, AuditAction action, boolean lastOnly, Function<AuditEntry, String> who) {
        Set<String> names = new LinkedHashSet<>();
        for (AuditEntry e : history) {
            String name = e.action() == action ? who.apply(e) : null;
            if (name != null) {
                if (lastOnly) {
                    names.clear();
                }
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    private static LocalDateTime latest(List<ClueDetail.Unit> units, Function<ClueDetail.Unit, LocalDateTime> time) {
        return units.stream()
                .map(time)
                .filter(Objects::nonNull)
                .max(LocalDateTime::compareTo)
                .orElse(null);
    }
}
