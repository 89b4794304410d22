package cn.jianfu.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The machine's limit for durable writes: a raw JDBC loop that inserts one row and commits, as fast
 * as it can for a few seconds, on {@code threads} connections (Connector/J, the applications' own
 * options, InnoDB as configured). An application cannot commit transactions faster than this.
 */
public final class CommitLimit {

    private CommitLimit() {}

    /** Commits per second over {@code seconds} on {@code threads} connections, in a table of its own. */
    public static double commitsPerSecond(Database db, int threads, double seconds) {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_commit_limit (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                    + " thread INT NOT NULL, payload VARCHAR(64) NOT NULL) ENGINE=InnoDB");
        } catch (SQLException e) {
            throw new BenchFailure("cannot create the commit-limit table: " + e.getMessage(), e);
        }
        long end = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> counts = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                counts.add(pool.submit(() -> loop(db, thread, end)));
            }
            long total = 0;
            for (Future<Long> f : counts) {
                total += f.get();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } catch (ExecutionException e) {
            throw new BenchFailure("the commit loop failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long loop(Database db, int thread, long end) throws SQLException {
        try (Connection c = db.connect();
                PreparedStatement insert =
                        c.prepareStatement("INSERT INTO bench_commit_limit (thread, payload) VALUES (?, ?)")) {
            c.setAutoCommit(false);
            long n = 0;
            while (System.nanoTime() < end) {
                insert.setInt(1, thread);
                insert.setString(2, "commit " + n);
                insert.executeUpdate();
                c.commit();
                n++;
            }
            return n;
        }
    }
}
