package cn.jianfu.bench.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes up one clue's life until now, the way the process leaves its rows (see the backend's
 * ClueHistory, which does the same for 320 demo clues): triage within days, 8 % not accepted, one
 * unit or two (双交办) verifying within 15 working days or late, 70 % substantiated and rectified by
 * their deadline or late, sent back now and then, a reply, a rating for two thirds (80 % satisfied).
 * A step whose time has not come yet is where the clue or unit stands now, so the last weeks' clues
 * are still in flight (without process instances: the dashboard reads only these tables).
 */
final class ClueLife {

    static final String[] CATEGORIES = {
        "MEETINGS_AND_DOCUMENTS", "INSPECTIONS", "FINGERTIP_FORMALISM", "LAYERED_OVERLOADING",
        "TERRITORIAL_SHIFTING", "UNADMITTED_TASK", "SECONDED_CADRES", "DEMONSTRATION_RATINGS",
        "CERTIFICATES_AND_SIGNBOARDS", "OTHER"
    };
    private static final String[] SOURCES = {"PORTAL", "PORTAL", "PORTAL", "HOTLINE", "VILLAGE_REFUSAL", "MAILBOX"};

    /** One row of clue. */
    static final class Clue {
        LocalDateTime received;
        String category;
        String source;
        long reportedOrg;
        String status;
        boolean dual;
        LocalDateTime assignedAt;
        LocalDateTime repliedAt;
        String rating;
        LocalDateTime ratedAt;
        LocalDateTime closedAt;
        LocalDateTime updatedAt;
        final List<Unit> units = new ArrayList<>();
    }

    /** One row of clue_unit. */
    static final class Unit {
        long orgId;
        String role;
        String status;
        String outcome;
        LocalDateTime verifyDue;
        LocalDateTime verifiedAt;
        LocalDate planDeadline;
        LocalDateTime plannedAt;
        LocalDateTime reportedAt;
        LocalDateTime acceptedAt;
        int sendBacks;
        /** When the unit was through (verified not substantiated, or accepted); null while in flight. */
        LocalDateTime finished;
    }

    private final County county;
    private final Random random;
    private final LocalDateTime now;

    ClueLife(County county, Random random, LocalDateTime now) {
        this.county = county;
        this.random = random;
        this.now = now;
    }

    /** A moment of office hours on one of the last 365 days. */
    LocalDateTime receivedTime() {
        LocalDateTime t =
                now.toLocalDate().minusDays(random.nextInt(365)).atTime(8 + random.nextInt(10), random.nextInt(60));
        return t.isAfter(now) ? t.minusDays(1) : t;
    }

    Clue live(LocalDateTime received) {
        Clue c = new Clue();
        c.received = received;
        c.category = CATEGORIES[Math.min(CATEGORIES.length - 1, (int) (Math.abs(random.nextGaussian()) * 3))];
        c.source = SOURCES[random.nextInt(SOURCES.length)];
        c.reportedOrg = pick(county.departments());
        c.status = "TRIAGE";
        c.updatedAt = received;
        LocalDateTime triaged = received.plusHours(2).plusDays(random.nextInt(4));
        if (triaged.isAfter(now)) {
            return c;
        }
        c.updatedAt = triaged;
        if (random.nextInt(100) < 8) {
            c.status = "NOT_ACCEPTED";
            c.closedAt = triaged;
            return c;
        }
        c.assignedAt = triaged;
        c.dual = random.nextInt(5) == 0;
        County.Village village =
                county.villages().get(random.nextInt(county.villages().size()));
        int single = random.nextInt(100);
        if (c.dual || single < 45) {
            c.units.add(unit(village.id(), "GRASSROOTS", triaged));
        }
        if (c.dual || single >= 45 && single < 90) {
            c.units.add(unit(c.reportedOrg, "DEPARTMENT", triaged));
        }
        if (!c.dual && single >= 90) {
            c.units.add(unit(village.township(), "GRASSROOTS", triaged));
        }
        finish(c);
        return c;
    }

    /** Reply, rating and closing once every unit is through. */
    private void finish(Clue c) {
        LocalDateTime handled = c.assignedAt;
        for (Unit u : c.units) {
            if (u.finished == null) {
                c.status = c.units.stream().anyMatch(x -> "VERIFYING".equals(x.status)) ? "VERIFYING" : "RECTIFYING";
                c.updatedAt = latest(c);
                return;
            }
            handled = max(handled, u.finished);
        }
        LocalDateTime replied = handled.plusDays(1 + random.nextInt(2)).plusHours(random.nextInt(6));
        if (replied.isAfter(now)) {
            c.status = "REPLYING";
            c.updatedAt = handled;
            return;
        }
        c.repliedAt = replied;
        boolean rates = random.nextInt(100) < 65;
        LocalDateTime closed = rates ? replied.plusDays(1 + random.nextInt(5)) : replied.plusDays(7);
        if (closed.isAfter(now)) {
            c.status = "RATING";
            c.updatedAt = replied;
            return;
        }
        c.status = "CLOSED";
        c.closedAt = closed;
        c.updatedAt = closed;
        if (rates) {
            c.rating = random.nextInt(100) < 80 ? "SATISFIED" : "UNSATISFIED";
            c.ratedAt = closed;
        }
    }

    /** One unit's verification and, when substantiated, rectification, as far as now. */
    private Unit unit(long orgId, String role, LocalDateTime assigned) {
        Unit u = new Unit();
        u.orgId = orgId;
        u.role = role;
        u.status = "VERIFYING";
        u.verifyDue = assigned.plusDays(21);
        boolean late = random.nextInt(100) < 15;
        LocalDateTime verified = late
                ? u.verifyDue.plusDays(1 + random.nextInt(10))
                : assigned.plusDays(1 + random.nextInt(14)).plusHours(random.nextInt(8));
        if (verified.isAfter(now)) {
            return u;
        }
        u.verifiedAt = verified;
        int kind = random.nextInt(100);
        u.outcome = kind < 55 ? "SUBSTANTIATED" : kind < 70 ? "PARTLY_SUBSTANTIATED" : "NOT_SUBSTANTIATED";
        if (kind >= 70) {
            u.status = "NOT_SUBSTANTIATED";
            u.finished = verified;
            return u;
        }
        u.status = "VERIFIED";
        LocalDateTime planned = verified.plusDays(1 + random.nextInt(4));
        if (planned.isAfter(now)) {
            return u;
        }
        u.status = "RECTIFYING";
        u.plannedAt = planned;
        u.planDeadline = planned.toLocalDate().plusDays(10 + random.nextInt(20));
        LocalDateTime reported = random.nextInt(100) < 82
                ? u.planDeadline.atTime(9, 0).minusDays(random.nextInt(8))
                : u.planDeadline.atTime(9, 0).plusDays(1 + random.nextInt(10));
        int sent = random.nextInt(100);
        u.sendBacks = sent < 2 ? 2 : sent < 8 ? 1 : 0;
        reported = max(reported, planned.plusDays(1)).plusDays(5L * u.sendBacks);
        if (reported.isAfter(now)) {
            return u;
        }
        u.status = "ACCEPTING";
        u.reportedAt = reported;
        LocalDateTime accepted = reported.plusDays(1 + random.nextInt(2));
        if (accepted.isAfter(now)) {
            return u;
        }
        u.status = "DONE";
        u.acceptedAt = accepted;
        u.finished = accepted;
        return u;
    }

    private static LocalDateTime latest(Clue c) {
        LocalDateTime t = c.assignedAt;
        for (Unit u : c.units) {
            for (LocalDateTime x : new LocalDateTime[] {u.verifiedAt, u.plannedAt, u.reportedAt, u.acceptedAt}) {
                t = x == null ? t : max(t, x);
            }
        }
        return t;
    }

    private long pick(List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
