package cn.jianfu.bench.chain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/** How long each step of the chain took, per step, for one timed run (workers record concurrently). */
final class StepTimes {

    /** One step's percentiles in milliseconds. */
    record Step(String name, long count, double p50, double p99, double max) {}

    private final Map<String, Histogram> steps = new LinkedHashMap<>();

    StepTimes(List<String> names) {
        names.forEach(n -> steps.put(n, new SynchronizedHistogram(TimeUnit.MINUTES.toMicros(5), 3)));
    }

    void record(String step, long nanos) {
        steps.get(step).recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(nanos)));
    }

    List<Step> summary() {
        return steps.entrySet().stream()
                .map(e -> new Step(
                        e.getKey(),
                        e.getValue().getTotalCount(),
                        e.getValue().getValueAtPercentile(50) / 1000.0,
                        e.getValue().getValueAtPercentile(99) / 1000.0,
                        e.getValue().getMaxValue() / 1000.0))
                .toList();
    }
}
