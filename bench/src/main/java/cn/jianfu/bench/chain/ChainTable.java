package cn.jianfu.bench.chain;

import cn.jianfu.bench.BenchFailure;
import cn.jianfu.bench.MeasuredRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The chain benchmark's Markdown: facts of the run, throughput and cost per line with ratios, step times. */
final class ChainTable {

    private record Line(String side, MeasuredRun run, List<StepTimes.Step> steps, long refusals) {}

    private final String date;
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    ChainTable(String date) {
        this.date = date;
    }

    void fact(String name, String value) {
        facts.put(name, value);
    }

    void line(String side, MeasuredRun run, List<StepTimes.Step> steps, long refusals) {
        lines.add(new Line(side, run, steps, refusals));
    }

    void notes(int chains) {
        notes.add("Lines in the order they ran (Jianfu then the peer at each concurrency). Each line: "
                + "max(" + chains + ", 4 × concurrency) chains, a closed workload (each of the concurrent clients "
                + "starts its next chain when the last one is answered, no think time), JDK HttpClient over HTTP/1.1.");
        notes.add("Jianfu/peer ratios are on the Jianfu line: chains/s above 1 means Jianfu is faster; statements "
                + "and commits above 1 mean Jianfu costs the database more.");
        notes.add("Statements = Com_select + Com_insert + Com_update + Com_delete, commits = Com_commit "
                + "(SHOW GLOBAL STATUS before and after the line, divided by its chains). Server-wide: the idle "
                + "app's job executor and anything else on the server count too (idle rate above).");
        notes.add("RSS = the largest VmRSS of the app's process seen during the line; heap = used / committed "
                + "from jcmd GC.heap_info when half the line's chains were done.");
        notes.add("Jianfu's steps are its API calls (save draft, submit, review, approve, as the SPA sends them, "
                + "with the CSRF header and session cookie; review and approve claim the task themselves). The "
                + "peer's steps are the engine-rest calls a client needs for the same transitions, with the same "
                + "process variables; the peer's delegates and listeners do nothing.");
        notes.add("503 retried: Jianfu answers 503 (nothing saved, Retry-After) when a request waits more than "
                + "5 s for a database connection (Hikari's pool of 10, connection-timeout 5000 ms); the client "
                + "sends the same request again after Retry-After (at most 1 s) as a user pressing the button again "
                + "would, and the step's time runs from the first try to the last answer. The peer (Hikari's "
                + "default 30 s) waits instead.");
        notes.add("Every chain ends admitted: Jianfu's approval answers status ADMITTED and the benchmark counts "
                + "the list entries afterwards; the peer's history is counted for End_Admitted.");
        notes.add("The machine is shared with other builds and tests while this runs: see the load averages; "
                + "figures between runs vary by tens of percent.");
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Admission chain: Jianfu against the stock engine (" + date + ")\n\n");
        facts.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\n| side | concurrency | chains | s | chains/s | Jianfu/peer chains/s | statements/chain"
                + " | Jianfu/peer statements | commits/chain | Jianfu/peer commits | 503 retried | RSS max MiB"
                + " | heap used/committed MiB |\n");
        md.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (Line l : lines) {
            MeasuredRun r = l.run();
            Line peer = "Jianfu".equals(l.side()) ? peerOf(r.concurrency()) : null;
            md.append("| ")
                    .append(l.side())
                    .append(" | ")
                    .append(r.concurrency())
                    .append(" | ")
                    .append(r.n())
                    .append(" | ")
                    .append(f1(r.seconds()))
                    .append(" | ")
                    .append(f2(r.perSecond()))
                    .append(" | ")
                    .append(peer == null ? "" : f2(r.perSecond() / peer.run().perSecond()))
                    .append(" | ")
                    .append(f1(r.statementsPer()))
                    .append(" | ")
                    .append(
                            peer == null
                                    ? ""
                                    : f2(r.statementsPer() / peer.run().statementsPer()))
                    .append(" | ")
                    .append(f1(r.commitsPer()))
                    .append(" | ")
                    .append(peer == null ? "" : f2(r.commitsPer() / peer.run().commitsPer()))
                    .append(" | ")
                    .append(l.refusals())
                    .append(" | ")
                    .append(r.rssMaxMib())
                    .append(" | ")
                    .append(r.heapUsedMib())
                    .append(" / ")
                    .append(r.heapMib())
                    .append(" |\n");
        }
        md.append("\n| side | concurrency | step | n | p50 ms | p99 ms | max ms |\n|---|--:|---|--:|--:|--:|--:|\n");
        for (Line l : lines) {
            for (StepTimes.Step s : l.steps()) {
                md.append("| ")
                        .append(l.side())
                        .append(" | ")
                        .append(l.run().concurrency())
                        .append(" | ")
                        .append(s.name())
                        .append(" | ")
                        .append(s.count())
                        .append(" | ")
                        .append(f1(s.p50()))
                        .append(" | ")
                        .append(f1(s.p99()))
                        .append(" | ")
                        .append(f1(s.max()))
                        .append(" |\n");
            }
        }
        md.append('\n');
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        return md.toString();
    }

    void publish(Path file) {
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

    private Line peerOf(int concurrency) {
        return lines.stream()
                .filter(l -> !"Jianfu".equals(l.side()) && l.run().concurrency() == concurrency)
                .findFirst()
                .orElse(null);
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
