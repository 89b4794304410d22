package cn.jianfu.bench;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * One timed run of a closed workload against one application ({@link ClosedLoop}), with what it
 * cost: the server's statement and commit counters before and after ({@link ServerCounters}), the
 * application's largest resident set seen during the run (sampled every 200 ms) and its heap in use
 * when half of the iterations were done ({@link ProcessMemory}).
 */
public record MeasuredRun(
        int n, int concurrency, long nanos, ServerCounters counters, long rssMaxMib, long heapUsedMib, long heapMib) {

    public static MeasuredRun of(Database server, long pid, int n, int concurrency, IntConsumer iteration) {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong rss = new AtomicLong(-1);
        long[][] heap = {{-1, -1}};
        Thread sampler = new Thread(
                () -> {
                    while (running.get()) {
                        rss.accumulateAndGet(ProcessMemory.rssMib(pid), Math::max);
                        try {
                            Thread.sleep(200);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "rss-sampler");
        sampler.setDaemon(true);
        ServerCounters before = ServerCounters.read(server);
        sampler.start();
        long nanos;
        try {
            nanos = ClosedLoop.run(n, concurrency, iteration, () -> heap[0] = ProcessMemory.heapMib(pid));
        } finally {
            running.set(false);
            sampler.interrupt();
        }
        ServerCounters cost = ServerCounters.read(server).since(before);
        return new MeasuredRun(n, concurrency, nanos, cost, rss.get(), heap[0][0], heap[0][1]);
    }

    public double perSecond() {
        return n / (nanos / 1e9);
    }

    public double statementsPer() {
        return counters.statements() / (double) n;
    }

    public double commitsPer() {
        return counters.commits() / (double) n;
    }

    public double seconds() {
        return nanos / 1e9;
    }
}
