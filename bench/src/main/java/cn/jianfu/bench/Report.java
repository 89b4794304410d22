package cn.jianfu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A benchmark's Markdown report: a title, the facts of the run (machine, load, versions, data), the
 * table of latencies against a target, and notes. Printed and written to bench/results.
 */
public final class Report {

    private final String title;
    private final double targetMillis;
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final List<Latency.Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public Report(String title, double targetMillis) {
        this.title = title;
        this.targetMillis = targetMillis;
    }

    public void fact(String name, String value) {
        facts.put(name, value);
    }

    public void row(Latency.Row row) {
        rows.add(row);
    }

    public void note(String note) {
        notes.add(note);
    }

    public List<Latency.Row> rows() {
        return List.copyOf(rows);
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        facts.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        String target = format(targetMillis);
        md.append("\n| user | request | n | p50 ms | p95 ms | p99 ms | max ms | body KiB | p95 ≤ ")
                .append(target)
                .append(" ms |\n");
        md.append("|---|---|--:|--:|--:|--:|--:|--:|:-:|\n");
        for (Latency.Row r : rows) {
            md.append("| ")
                    .append(r.user())
                    .append(" | `")
                    .append(r.request())
                    .append("` | ")
                    .append(r.n())
                    .append(" | ")
                    .append(format(r.p50()))
                    .append(" | ")
                    .append(format(r.p95()))
                    .append(" | ")
                    .append(format(r.p99()))
                    .append(" | ")
                    .append(format(r.max()))
                    .append(" | ")
                    .append(format(r.bytes() / 1024.0))
                    .append(" | ")
                    .append(r.within(targetMillis) ? "yes" : "**no**")
                    .append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    /** Prints the report and writes it to {@code file}. */
    public void publish(Path file) {
        String md = markdown();
        System.out.println();
        System.out.println(md);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, md, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BenchFailure("cannot write " + file, e);
        }
        System.out.println("written to " + file);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
