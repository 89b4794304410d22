package cn.jianfu.bench.faults;

import cn.jianfu.bench.BenchConfig;
import cn.jianfu.bench.BenchFailure;
import cn.jianfu.bench.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The clue's triage timers (到期前提醒 and 分办超期 on Task_Triage) made due at once by moving their
 * jobs' due date into the past in ACT_RU_JOB (the engine's clock cannot be shared across processes),
 * then their effect counted: each fired timer writes one deadline_notice row (REMINDER or
 * ESCALATION) for its process instance. Exactly one row per job is "fired once".
 */
final class Timers {

    /** A timer job and the notice it must leave. */
    record Job(String id, String processInstanceId, String kind) {}

    /** What happened to a batch of due jobs. */
    record Outcome(Counts counts, double lateMaxSeconds, double lateP50Seconds, int owners, int failedJobs) {}

    private final Database db;

    Timers(Database db) {
        this.db = db;
    }

    /** The triage timers of the clues with these ids. */
    List<Job> triageJobs(Collection<Long> clueIds) {
        List<Job> jobs = new ArrayList<>();
        if (clueIds.isEmpty()) {
            return jobs;
        }
        try (Connection con = db.connect();
                PreparedStatement s =
                        con.prepareStatement("SELECT j.ID_, j.PROCESS_INSTANCE_ID_, j.HANDLER_CFG_ FROM ACT_RU_JOB j"
                                + " JOIN clue c ON c.process_instance_id = j.PROCESS_INSTANCE_ID_"
                                + " WHERE j.TYPE_ = 'timer' AND j.HANDLER_CFG_ LIKE 'Timer\\_Triage%' AND c.id IN ("
                                + placeholders(clueIds.size()) + ")")) {
            int i = 1;
            for (Long id : clueIds) {
                s.setLong(i++, id);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String kind = r.getString(3).startsWith("Timer_TriageReminder") ? "REMINDER" : "ESCALATION";
                    jobs.add(new Job(r.getString(1), r.getString(2), kind));
                }
            }
        } catch (SQLException e) {
            throw new BenchFailure("cannot read the triage timers", e);
        }
        return jobs;
    }

    /** Moves the jobs' due date into the past; answers the county time it was done (the notices' clock). */
    LocalDateTime makeDue(List<Job> jobs) {
        LocalDateTime at = BenchConfig.countyNow();
        try (Connection con = db.connect();
                PreparedStatement s = con.prepareStatement("UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE ID_ = ?")) {
            for (Job job : jobs) {
                s.setTimestamp(1, Timestamp.valueOf(LocalDateTime.of(2000, 1, 1, 0, 0)));
                s.setString(2, job.id());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new BenchFailure("cannot make the timers due", e);
        }
        return at;
    }

    /** The lock owner of every job of the batch that is locked right now: job id → owner. */
    Map<String, String> locks(List<Job> jobs) {
        Map<String, String> locks = new HashMap<>();
        if (jobs.isEmpty()) {
            return locks;
        }
        try (Connection con = db.connect();
                PreparedStatement s = con.prepareStatement(
                        "SELECT ID_, LOCK_OWNER_ FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL AND LOCK_EXP_TIME_ IS NOT NULL"
                                + " AND ID_ IN (" + placeholders(jobs.size()) + ")")) {
            int i = 1;
            for (Job job : jobs) {
                s.setString(i++, job.id());
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    locks.put(r.getString(1), r.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new BenchFailure("cannot read the job locks", e);
        }
        return locks;
    }

    /**
     * Waits until none of the jobs is left (each fired and was deleted, or failed for good), noting
     * the lock owners seen on the way (one per node that ran some); then counts the notices.
     */
    Outcome await(List<Job> jobs, LocalDateTime dueAt, Duration timeout) {
        Set<String> owners = new HashSet<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        int left = jobs.size();
        int failed = 0;
        while (System.nanoTime() < deadline) {
            owners.addAll(locks(jobs).values());
            int[] state = remaining(jobs);
            left = state[0];
            failed = state[1];
            if (left == failed) {
                break;
            }
            Pause.millis(250);
        }
        Counts c = count(jobs);
        if (left > failed) {
            c.inconsistent(
                    left + " of " + jobs.size() + " due timers still waiting after " + timeout.toSeconds() + " s");
        }
        if (failed > 0) {
            c.inconsistent(failed + " timer jobs failed (see ACT_RU_JOB.EXCEPTION_MSG_)");
        }
        List<Double> late = lateness(jobs, dueAt);
        double max = late.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double p50 = late.isEmpty() ? 0 : late.stream().sorted().toList().get(late.size() / 2);
        return new Outcome(c, max, p50, owners.size(), failed);
    }

    /** [jobs still in ACT_RU_JOB, of them failed with no retries left]. */
    private int[] remaining(List<Job> jobs) {
        if (jobs.isEmpty()) {
            return new int[] {0, 0};
        }
        try (Connection con = db.connect();
                PreparedStatement s = con.prepareStatement(
                        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN RETRIES_ = 0 THEN 1 ELSE 0 END), 0) FROM ACT_RU_JOB WHERE ID_ IN ("
                                + placeholders(jobs.size()) + ")")) {
            int i = 1;
            for (Job job : jobs) {
                s.setString(i++, job.id());
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new int[] {r.getInt(1), r.getInt(2)};
            }
        } catch (SQLException e) {
            throw new BenchFailure("cannot count the timer jobs", e);
        }
    }

    /** One notice per job: none is lost, more than one is duplicated. */
    private Counts count(List<Job> jobs) {
        Counts c = new Counts();
        Map<String, Integer> notices = new HashMap<>();
        try (Connection con = db.connect();
                PreparedStatement s = con.prepareStatement(
                        "SELECT process_instance_id, kind, COUNT(*) FROM deadline_notice WHERE activity_id = 'Task_Triage'"
                                + " GROUP BY process_instance_id, kind");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                notices.put(r.getString(1) + "/" + r.getString(2), r.getInt(3));
            }
        } catch (SQLException e) {
            throw new BenchFailure("cannot count the deadline notices", e);
        }
        for (Job job : jobs) {
            c.acknowledged++;
            int n = notices.getOrDefault(job.processInstanceId() + "/" + job.kind(), 0);
            if (n == 0) {
                c.lost("timer " + job.kind() + " of " + job.processInstanceId() + " never fired");
            } else if (n > 1) {
                c.duplicated(
                        "timer " + job.kind() + " of " + job.processInstanceId() + " fired " + n + " times", n - 1);
            }
        }
        return c;
    }

    /** Seconds from making the jobs due to their notice, per notice. */
    private List<Double> lateness(List<Job> jobs, LocalDateTime dueAt) {
        Set<String> wanted = new HashSet<>();
        jobs.forEach(j -> wanted.add(j.processInstanceId()));
        List<Double> late = new ArrayList<>();
        try (Connection con = db.connect();
                PreparedStatement s = con.prepareStatement(
                        "SELECT process_instance_id, created_at FROM deadline_notice WHERE activity_id = 'Task_Triage'");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                if (wanted.contains(r.getString(1))) {
                    LocalDateTime at = r.getObject(2, LocalDateTime.class);
                    late.add(Math.max(0, Duration.between(dueAt, at).toMillis() / 1000.0));
                }
            }
        } catch (SQLException e) {
            throw new BenchFailure("cannot read the deadline notices", e);
        }
        return late;
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(Math.max(1, n), "?"));
    }
}
