package cn.jianfu.bench.portal;

import cn.jianfu.bench.BenchFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The portal benchmark's Markdown: facts, one line per concurrency, notes; printed and written. */
final class PortalTable {

    private PortalTable() {}

    static void publish(
            Path file,
            String date,
            Map<String, String> facts,
            List<String> rows,
            int n,
            double targetPerSecond,
            double targetP99) {
        StringBuilder md = new StringBuilder("# Public portal: anonymous submissions (" + date + ")\n\n");
        facts.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append(String.format(
                Locale.ROOT,
                "- target (issue 11): ≥ %.0f submissions/s with p99 ≤ %.0f ms at 32 concurrent%n",
                targetPerSecond,
                targetP99));
        md.append("\n| concurrency | submissions | s | submissions/s | p50 ms | p95 ms | p99 ms | max ms | 503 retried"
                + " | statements/submission | commits/submission | RSS max MiB | heap used/committed MiB |\n");
        md.append("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        md.append("\n- Each line: ")
                .append(n)
                .append(" submissions, a closed workload (each reporter sends the next report when the last one "
                        + "is answered), JDK HttpClient over HTTP/1.1, one anonymous session per reporter (CSRF "
                        + "cookie and header as the SPA), a new Idempotency-Key per report; times from sending to the "
                        + "last byte of the 201 answer.\n");
        md.append("- 503 retried: the app answers 503 with Retry-After (nothing saved) when a request waits more than "
                + "5 s for one of its 10 database connections; the reporter sends the same report again (same "
                + "Idempotency-Key) after Retry-After, at most 1 s, as a person pressing the button again would. The "
                + "time of such a submission runs from the first try to the 201.\n");
        md.append("- Every report comes from its own client address (X-Forwarded-For behind a load balancer), so "
                + "each checks and takes a token from its own new row in rate_limit_bucket, under "
                + "SELECT … FOR UPDATE, with the default limit of 10 per address and hour.\n");
        md.append("- Statements = Com_select + Com_insert + Com_update + Com_delete, commits = Com_commit, "
                + "server-wide (SHOW GLOBAL STATUS before and after the line). RSS = largest VmRSS during the line; "
                + "heap from jcmd GC.heap_info at half of the line.\n");
        md.append("- The machine is shared with other builds and tests while this runs: see the load averages.\n");
        String text = md.toString();
        System.out.println();
        System.out.println(text);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BenchFailure("cannot write " + file, e);
        }
        System.out.println("written to " + file);
    }
}
