package cn.jianfu.bench.faults;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** The recovery figures the scenarios take while their load runs. */
final class Measures {

    private Measures() {}

    /** How many due jobs the killed node held, and how many seconds after the kill the survivor had them all. */
    record Pickup(int jobs, double seconds) {}

    static Pickup awaitPickup(Timers timers, List<Timers.Job> jobs, Map<String, String> atKill, long killedAt) {
        Set<String> held = null;
        long pickupLimit = killedAt + TimeUnit.SECONDS.toNanos(150);
        while (System.nanoTime() < pickupLimit) {
            Map<String, String> now = timers.locks(jobs);
            Set<String> still = new HashSet<>();
            atKill.forEach((job, owner) -> {
                if (owner.equals(now.get(job))) {
                    still.add(job);
                }
            });
            double since = (System.nanoTime() - killedAt) / 1e9;
            if (held == null && since >= 10) {
                // the survivor's own jobs are done within seconds: what is still locked is the dead node's
                held = new HashSet<>(still);
            }
            if (held != null) {
                if (held.isEmpty()) {
                    return new Pickup(0, 0);
                }
                if (java.util.Collections.disjoint(held, still)) {
                    return new Pickup(held.size(), since);
                }
            }
            Pause.millis(250);
        }
        return new Pickup(held == null ? 0 : held.size(), -1);
    }

    static List<Attempts.Attempt> both(PortalLoad portal, ChainLoad chain, long from, long to) {
        List<Attempts.Attempt> all = new java.util.ArrayList<>(portal.attempts().between(from, to));
        all.addAll(chain.attempts().between(from, to));
        return all;
    }

    /** Seconds from {@code from} to the first 2xx of either load, waiting up to {@code limit} s; -1 if none. */
    static double firstOkAfter(long from, PortalLoad portal, ChainLoad chain, int limitSeconds) {
        long until = from + TimeUnit.SECONDS.toNanos(limitSeconds);
        while (System.nanoTime() < until) {
            var p = portal.attempts().firstOkAfter(from);
            var c = chain.attempts().firstOkAfter(from);
            long first = Math.min(
                    p.map(Attempts.Attempt::endNanos).orElse(Long.MAX_VALUE),
                    c.map(Attempts.Attempt::endNanos).orElse(Long.MAX_VALUE));
            if (first != Long.MAX_VALUE) {
                return (first - from) / 1e9;
            }
            Pause.millis(100);
        }
        return -1;
    }
}
