package cn.jianfu.bench.volume;

import cn.jianfu.bench.ApiSession;
import cn.jianfu.bench.Latency;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * One line of the table: {@code warmup} untimed calls, then up to {@code n} timed ones one after
 * another, within a time budget (a request that takes seconds would otherwise hold the run for an
 * hour: the line then says how many calls it timed). A call answered with anything but 200 ends the
 * line as failed, with that call's time in every column; the run goes on and fails at its end.
 */
final class Timing {

    /** A timed line, or a failed one ({@code failure} not null). */
    record Line(Latency.Row row, String failure) {}

    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(60);

    private Timing() {}

    static Line get(String user, ApiSession session, String path, int warmup, int n) {
        return time(user, path, () -> session.get(path), warmup, n);
    }

    static Line post(String user, ApiSession session, String path, String body, int warmup, int n) {
        return time(user, "POST " + path, () -> session.post(path, body), warmup, n);
    }

    private interface Call {
        ApiSession.Response send();
    }

    private static Line time(String user, String request, Call call, int warmup, int n) {
        long start = System.nanoTime();
        for (int i = 0; i < warmup && System.nanoTime() - start < BUDGET_NANOS / 4; i++) {
            ApiSession.Response r = call.send();
            if (r.status() != 200) {
                return failed(user, request, r);
            }
        }
        Histogram histogram = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        String body = "";
        int timed = 0;
        start = System.nanoTime();
        while (timed < n && (timed < 5 || System.nanoTime() - start < BUDGET_NANOS)) {
            ApiSession.Response r = call.send();
            if (r.status() != 200) {
                return failed(user, request, r);
            }
            histogram.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(r.nanos())));
            body = r.body();
            timed++;
        }
        return new Line(
                new Latency.Row(
                        user,
                        request,
                        timed,
                        millis(histogram.getValueAtPercentile(50)),
                        millis(histogram.getValueAtPercentile(95)),
                        millis(histogram.getValueAtPercentile(99)),
                        millis(histogram.getMaxValue()),
                        body.getBytes(StandardCharsets.UTF_8).length),
                null);
    }

    private static Line failed(String user, String request, ApiSession.Response r) {
        double ms = r.nanos() / 1e6;
        String why = request + " as " + user + " answered " + r.status() + " after "
                + String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000) + ": "
                + r.body().substring(0, Math.min(200, r.body().length()));
        return new Line(new Latency.Row(user, request, 0, ms, ms, ms, ms, 0), why);
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
