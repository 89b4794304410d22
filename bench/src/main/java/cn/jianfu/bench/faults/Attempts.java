package cn.jianfu.bench.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every request the load made, with its status, how long it took and when it ended: the figures
 * for "answered quickly during the outage" and "the first 2xx after it". Thread-safe.
 */
final class Attempts {

    /** One request: ended at {@code endNanos} (System.nanoTime), took {@code millis}. */
    record Attempt(String what, int status, long millis, long endNanos) {
        @Override
        public String toString() {
            return what + " answered " + status + " after "
                    + String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
        }
    }

    private final List<Attempt> all = new ArrayList<>();

    synchronized void add(String what, Client.Answer answer) {
        all.add(new Attempt(what, answer.status(), answer.millis(), System.nanoTime()));
    }

    synchronized List<Attempt> snapshot() {
        return List.copyOf(all);
    }

    /** Attempts that ended in [from, to) (System.nanoTime). */
    List<Attempt> between(long from, long to) {
        return snapshot().stream()
                .filter(a -> a.endNanos() >= from && a.endNanos() < to)
                .toList();
    }

    /** The first successful request that ended at or after {@code from}, if any. */
    java.util.Optional<Attempt> firstOkAfter(long from) {
        return snapshot().stream()
                .filter(a -> a.endNanos() >= from && a.status() >= 200 && a.status() < 300)
                .min(java.util.Comparator.comparingLong(Attempt::endNanos));
    }

    /** "201×310, 503×12, 0×4": how many answers of each status (0 no connection, -1 no answer in time). */
    static String statuses(List<Attempt> attempts) {
        Map<Integer, Integer> counts = new TreeMap<>();
        attempts.forEach(a -> counts.merge(a.status(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) -> parts.add(status + "×" + n));
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    /** The longest time any of {@code attempts} took, in seconds. */
    static double maxSeconds(List<Attempt> attempts) {
        return attempts.stream().mapToLong(Attempt::millis).max().orElse(0) / 1000.0;
    }
}
