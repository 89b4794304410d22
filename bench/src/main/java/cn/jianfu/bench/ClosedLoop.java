package cn.jianfu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A closed workload: {@code concurrency} workers, each starting the next of {@code n} iterations as
 * soon as its previous one is answered (like Gatling's closed injection with a constant number of
 * users, without think time). While the run is half done, {@code atHalf} runs once on its own
 * thread (to sample the app's memory under load). An iteration that throws fails the run.
 */
public final class ClosedLoop {

    private ClosedLoop() {}

    private static void awaitQuietly(ExecutorService workers) {
        try {
            if (!workers.awaitTermination(2, TimeUnit.MINUTES)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Runs and answers the wall-clock time from the first start to the last answer, in nanoseconds. */
    public static long run(int n, int concurrency, IntConsumer iteration, Runnable atHalf) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency + 1);
        try {
            List<Future<?>> running = new ArrayList<>();
            long start = System.nanoTime();
            for (int w = 0; w < concurrency; w++) {
                running.add(workers.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        iteration.accept(i);
                        if (done.incrementAndGet() == n / 2) {
                            workers.submit(atHalf);
                        }
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            return System.nanoTime() - start;
        } catch (ExecutionException e) {
            next.set(n);
            throw e.getCause() instanceof BenchFailure failure
                    ? failure
                    : new BenchFailure("an iteration failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        } finally {
            workers.shutdown();
            awaitQuietly(workers);
        }
    }
}
