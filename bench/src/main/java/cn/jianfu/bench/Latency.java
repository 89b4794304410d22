package cn.jianfu.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Times one request: {@code warmup} untimed calls, then {@code n} timed ones, one after the other
 * (no concurrency: the figure is what one user waits). Every answer must be 200, warm-up included.
 */
public final class Latency {

    /** One line of the table; times in milliseconds. */
    public record Row(String user, String request, int n, double p50, double p95, double p99, double max, int bytes) {

        public boolean within(double targetMillis) {
            return p95 <= targetMillis;
        }
    }

    private Latency() {}

    public static Row measure(String user, ApiSession session, String request, int warmup, int n) {
        for (int i = 0; i < warmup; i++) {
            session.expect200(request, session.get(request));
        }
        Histogram histogram = new Histogram(TimeUnit.MINUTES.toMicros(2), 3);
        String body = "";
        for (int i = 0; i < n; i++) {
            ApiSession.Response r = session.expect200(request, session.get(request));
            histogram.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(r.nanos())));
            body = r.body();
        }
        return new Row(
                user,
                request,
                n,
                millis(histogram.getValueAtPercentile(50)),
                millis(histogram.getValueAtPercentile(95)),
                millis(histogram.getValueAtPercentile(99)),
                millis(histogram.getMaxValue()),
                body.getBytes(StandardCharsets.UTF_8).length);
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
