package cn.jianfu.bench.faults;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The fault scenarios. Each runs load, does its fault, lets the load finish, and reconciles. */
final class Scenarios {

    /** The app's longest wait for the database: Connector/J's socketTimeout (30 s) plus Hikari's 5 s, and slack. */
    static final double FROZEN_LIMIT_SECONDS = 45;

    /**
     * While the database is down the app must answer 503 within this: a request may wait for a
     * connection twice (the session read before the controller, the session write after it), each
     * time up to Hikari's connection-timeout of 5 s; and slack for a busy machine.
     */
    static final double OUTAGE_LIMIT_SECONDS = 15;

    /** How many query codes are tried on the portal after each scenario. */
    private static final int CODES = 25;

    private final FaultConfig config;

    Scenarios(FaultConfig config) {
        this.config = config;
    }

    /**
     * a. Two nodes, portal and chain load spread over both; the clues' triage timers are made due so
     * both nodes are running jobs, then node A is killed with SIGKILL while it holds some. The load
     * goes on against node B. Measured: when the jobs A held are run by B (its lock time).
     */
    Outcome nodeKill(Rig rig, String tag) {
        Outcome o = new Outcome("a", "kill -9 of one of two app nodes under portal and chain load");
        PortalLoad portal = rig.portalLoad(tag, config.portalWorkers(), 0);
        ChainLoad chain = rig.chainLoad(tag, config.chainWorkers());
        portal.start();
        chain.start();
        Pause.seconds(config.loadSeconds());
        Timers timers = rig.timers();
        List<Timers.Job> jobs = timers.triageJobs(
                portal.receipts().stream().map(PortalLoad.Receipt::clueId).toList());
        LocalDateTime due = timers.makeDue(jobs);
        // kill when both nodes hold due jobs, so the dead one leaves some locked behind
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int runningOn = 0;
        while (System.nanoTime() < waitUntil && runningOn < 2) {
            runningOn = Math.max(runningOn, new HashSet<>(timers.locks(jobs).values()).size());
            Pause.millis(50);
        }
        Node victim = rig.nodes.get(0);
        int acknowledgedBefore = portal.receipts().size() + chain.chains().size();
        long killedAt = System.nanoTime();
        victim.kill9();
        Map<String, String> atKill = timers.locks(jobs);
        Measures.Pickup pickedUp = Measures.awaitPickup(timers, jobs, atKill, killedAt);
        int deadJobs = pickedUp.jobs();
        double pickup = pickedUp.seconds();
        if (deadJobs > 0 && pickup < 0) {
            o.counts.inconsistent(deadJobs + " jobs of the killed node were still locked 150 s after the kill");
        }
        long loadUntil = killedAt + TimeUnit.SECONDS.toNanos(config.loadSeconds());
        long left = loadUntil - System.nanoTime();
        if (left > 0) {
            Pause.millis(TimeUnit.NANOSECONDS.toMillis(left));
        }
        portal.stopAndDrain();
        chain.stopAndDrain();
        Timers.Outcome fired = timers.await(jobs, due, Duration.ofSeconds(150));
        Reconciliation r = rig.reconciliation();
        o.counts.add(r.portal(portal, rig.portal(), CODES));
        o.counts.add(r.chain(chain));
        o.counts.add(fired.counts());
        List<Attempts.Attempt> refused = portal.attempts().between(killedAt, Long.MAX_VALUE).stream()
                .filter(a -> a.status() == Client.NO_CONNECTION)
                .toList();
        o.recovery.add(
                deadJobs == 0
                        ? "the killed node held no due job at the moment it died (nothing to pick up)"
                        : String.format(
                                Locale.ROOT,
                                "the %d due timer jobs the killed node held were picked up by the survivor %.1f s after the kill",
                                deadJobs,
                                pickup));
        o.notes.add(acknowledgedBefore + " writes acknowledged before the kill; "
                + portal.receipts().size() + " receipts, " + chain.chains().size() + " applications in all; "
                + refused.size() + " portal requests found node A gone and were retried");
        o.notes.add(String.format(
                Locale.ROOT,
                "%d triage timers made due just before the kill while both nodes ran them (%d lock owners seen);"
                        + " the last fired %.1f s after due",
                jobs.size(),
                runningOn,
                fired.lateMaxSeconds()));
        o.notes.add("answers: portal " + Attempts.statuses(portal.attempts().snapshot()) + "; chain "
                + Attempts.statuses(chain.attempts().snapshot()));
        return o;
    }

    /**
     * b. One node under load; the database server is killed with SIGKILL, stays down for
     * faults.outage.seconds, and is started again. During the outage the app must answer 503
     * quickly; after it the load's retries (same keys) go through.
     */
    Outcome databaseKill(Rig rig, String tag) {
        Outcome o = new Outcome("b", "kill -9 of the database under load, then restart");
        PortalLoad portal = rig.portalLoad(tag, config.portalWorkers(), 0);
        ChainLoad chain = rig.chainLoad(tag, config.chainWorkers());
        portal.start();
        chain.start();
        Pause.seconds(config.loadSeconds());
        long killedAt = System.nanoTime();
        rig.server.kill9();
        Pause.seconds(config.outageSeconds());
        long restartAt = System.nanoTime();
        rig.server.restart();
        long upAt = System.nanoTime();
        double firstOk = Measures.firstOkAfter(upAt, portal, chain, 120);
        Pause.seconds(config.loadSeconds() / 2.0);
        portal.stopAndDrain();
        chain.stopAndDrain();
        Reconciliation r = rig.reconciliation();
        o.counts.add(r.portal(portal, rig.portal(), CODES));
        o.counts.add(r.chain(chain));
        // requests sent while the server was down (the first second after the kill is in-flight work)
        List<Attempts.Attempt> during = Measures.both(portal, chain, killedAt + TimeUnit.SECONDS.toNanos(1), restartAt);
        List<Attempts.Attempt> bad = new java.util.ArrayList<>(during.stream()
                .filter(a -> a.status() != 503 || a.millis() > OUTAGE_LIMIT_SECONDS * 1000)
                .toList());
        // around the outage too (requests in flight at the kill, the first after the restart): no 500
        Measures.both(portal, chain, killedAt, Long.MAX_VALUE).stream()
                .filter(a -> !during.contains(a) && a.status() >= 500 && a.status() != 503)
                .forEach(bad::add);
        o.badAnswers = bad.size();
        bad.stream().limit(5).forEach(a -> o.notes.add("bad answer: " + a));
        o.recovery.add(String.format(
                Locale.ROOT,
                "database down %d s; restarted in %.1f s; first 2xx %.1f s after it was up (%.1f s after the kill)",
                config.outageSeconds(),
                (upAt - restartAt) / 1e9,
                firstOk,
                firstOk < 0 ? -1 : (upAt - killedAt) / 1e9 + firstOk));
        o.recovery.add(String.format(
                Locale.ROOT,
                "during the outage: %s, slowest %.1f s (limit: 503 within %.0f s)",
                Attempts.statuses(during),
                Attempts.maxSeconds(during),
                OUTAGE_LIMIT_SECONDS));
        o.notes.add(portal.receipts().size() + " receipts, " + chain.chains().size() + " applications; answers: portal "
                + Attempts.statuses(portal.attempts().snapshot()) + "; chain "
                + Attempts.statuses(chain.attempts().snapshot()));
        return o;
    }

    /**
     * c. The database server is frozen with SIGSTOP for faults.freeze.seconds (longer than the
     * app's socket timeout) under load, then continued. Every request must end within the app's
     * limits, and nothing may be stored twice or without its answer: the load retries every failed
     * write with the same key.
     */
    Outcome databaseFreeze(Rig rig, String tag) {
        Outcome o =
                new Outcome("c", "database frozen (SIGSTOP " + config.freezeSeconds() + " s, then SIGCONT) under load");
        PortalLoad portal = rig.portalLoad(tag, config.portalWorkers(), 0);
        ChainLoad chain = rig.chainLoad(tag, config.chainWorkers());
        portal.start();
        chain.start();
        Pause.seconds(config.loadSeconds());
        long frozenAt = System.nanoTime();
        rig.server.freeze();
        double firstFailure;
        try {
            Pause.seconds(config.freezeSeconds());
        } finally {
            rig.server.thaw();
        }
        long thawedAt = System.nanoTime();
        double firstOk = Measures.firstOkAfter(thawedAt, portal, chain, 120);
        Pause.seconds(config.loadSeconds() / 2.0);
        portal.stopAndDrain();
        chain.stopAndDrain();
        Reconciliation r = rig.reconciliation();
        o.counts.add(r.portal(portal, rig.portal(), CODES));
        o.counts.add(r.chain(chain));
        List<Attempts.Attempt> failedInFreeze = Measures.both(portal, chain, frozenAt, thawedAt);
        firstFailure = failedInFreeze.stream()
                .filter(a -> !(a.status() >= 200 && a.status() < 300))
                .mapToDouble(a -> (a.endNanos() - frozenAt) / 1e9)
                .min()
                .orElse(-1);
        List<Attempts.Attempt> touched = Measures.both(portal, chain, frozenAt, Long.MAX_VALUE);
        // past the app's own limits, or failed any other way than 503 (a 500 is a bug, a dropped connection a crash)
        List<Attempts.Attempt> hung = touched.stream()
                .filter(a -> a.millis() > FROZEN_LIMIT_SECONDS * 1000
                        || a.status() <= 0
                        || (a.status() >= 500 && a.status() != 503))
                .toList();
        o.badAnswers = hung.size();
        hung.stream().limit(5).forEach(a -> o.notes.add("bad answer: " + a));
        o.recovery.add(String.format(
                Locale.ROOT,
                "first failed answer %.1f s into the freeze; answers that ended during it: %s; slowest request %.1f s (limit %.0f s)",
                firstFailure,
                Attempts.statuses(failedInFreeze),
                Attempts.maxSeconds(touched),
                FROZEN_LIMIT_SECONDS));
        o.recovery.add(String.format(Locale.ROOT, "first 2xx %.1f s after SIGCONT", firstOk));
        o.notes.add(portal.receipts().size() + " receipts, " + chain.chains().size() + " applications; answers: portal "
                + Attempts.statuses(portal.attempts().snapshot()) + "; chain "
                + Attempts.statuses(chain.attempts().snapshot()));
        return o;
    }

    /**
     * d. Two nodes; faults.timer.clues portal clues, then all their triage timers (two per clue)
     * made due at once: each must fire exactly once across the two nodes.
     */
    Outcome timersOnce(Rig rig, String tag) {
        Outcome o = new Outcome("d", "timers fired exactly once across two nodes");
        PortalLoad portal = rig.portalLoad(tag, config.portalWorkers(), 0);
        portal.start();
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (portal.receipts().size() < config.timerClues() && System.nanoTime() < until) {
            Pause.millis(200);
        }
        portal.stopAndDrain();
        Timers timers = rig.timers();
        List<Timers.Job> jobs = timers.triageJobs(
                portal.receipts().stream().map(PortalLoad.Receipt::clueId).toList());
        LocalDateTime due = timers.makeDue(jobs);
        long start = System.nanoTime();
        Timers.Outcome fired = timers.await(jobs, due, Duration.ofMinutes(5));
        double all = (System.nanoTime() - start) / 1e9;
        o.counts.add(rig.reconciliation().portal(portal, rig.portal(), CODES));
        o.counts.add(fired.counts());
        if (jobs.size() != 2 * portal.receipts().size()) {
            o.counts.inconsistent(portal.receipts().size() + " clues but " + jobs.size() + " triage timers");
        }
        o.recovery.add(String.format(
                Locale.ROOT,
                "%d timer jobs (%d clues) made due at once: all done in %.1f s, on %d nodes; lateness p50 %.1f s, max %.1f s",
                jobs.size(),
                portal.receipts().size(),
                all,
                fired.owners(),
                fired.lateP50Seconds(),
                fired.lateMaxSeconds()));
        return o;
    }
}
