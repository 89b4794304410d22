package cn.jianfu.bench.dashboard;

import cn.jianfu.bench.ApiSession;
import cn.jianfu.bench.BenchFailure;
import cn.jianfu.bench.Json;
import java.math.BigDecimal;

/**
 * A few of the office's dashboard figures (all time), read before and after seeding to prove the
 * seeded rows are ones the dashboard's queries count: every seeded clue is received, every seeded
 * entry in force reaches some village, and the sweep finds something to warn about.
 */
record Figures(long received, long assigned, long itemsInForce, BigDecimal townshipHours, long warnings) {

    static Figures read(ApiSession office) {
        String clues = office.getOk("/api/monitor/clues");
        return new Figures(
                Json.first(clues, "received").longValueExact(),
                Json.first(clues, "assigned").longValueExact(),
                Json.sum(office.getOk("/api/burden/shares?by=category"), "items")
                        .longValueExact(),
                Json.sum(office.getOk("/api/burden/townships"), "hours"),
                Json.sum(office.getOk("/api/warnings/summary"), "count").longValueExact());
    }

    /** Fails unless the figures grew by what was seeded. */
    void checkGrowth(Figures after, Seeding.Result seeded) {
        if (after.received - received != seeded.clues().clues()) {
            throw new BenchFailure("clues received went from " + received + " to " + after.received + ", not up by the "
                    + seeded.clues().clues() + " seeded");
        }
        if (after.itemsInForce - itemsInForce != seeded.items().inForce()) {
            throw new BenchFailure("list entries in force went from " + itemsInForce + " to " + after.itemsInForce
                    + ", not up by the " + seeded.items().inForce() + " seeded");
        }
        if (after.assigned <= assigned || after.townshipHours.compareTo(townshipHours) <= 0 || after.warnings == 0) {
            throw new BenchFailure("the dashboard did not grow with the seeded data: " + this + " → " + after);
        }
    }

    String compare(Figures after) {
        return "clues received %,d → %,d; assigned units %,d → %,d; list entries in force %,d → %,d; townships' hours"
                        .formatted(received, after.received, assigned, after.assigned, itemsInForce, after.itemsInForce)
                + " per month " + townshipHours.toPlainString() + " → " + after.townshipHours.toPlainString()
                + "; open warnings " + warnings + " → " + after.warnings;
    }

    /** A scoped user's dashboard must show some of the seeded clues, or the scope was not exercised. */
    static void checkScoped(ApiSession user) {
        String clues = user.getOk("/api/monitor/clues");
        if (Json.first(clues, "received").signum() == 0
                || Json.first(clues, "assigned").signum() == 0) {
            throw new BenchFailure(user.username() + " sees no clues on the dashboard");
        }
    }
}
