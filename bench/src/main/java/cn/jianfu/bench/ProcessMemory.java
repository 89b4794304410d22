package cn.jianfu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An application's memory as the operating system and the JVM see it: resident set size from
 * {@code /proc/<pid>/status} (VmRSS) and the Java heap in use from {@code jcmd <pid> GC.heap_info}
 * (the JDK's own tool, beside the java that runs the benchmark). -1 when not readable (not Linux,
 * no jcmd).
 */
public final class ProcessMemory {

    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");
    /** G1: "garbage-first heap   total 262144K, used 123456K"; the other collectors say the same. */
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total\\s+(\\d+)K, used (\\d+)K");

    private ProcessMemory() {}

    /** Resident set size in MiB, -1 when unknown. */
    public static long rssMib(long pid) {
        try {
            Matcher m = RSS.matcher(Files.readString(Path.of("/proc/" + pid + "/status")));
            return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Heap in use and committed, MiB, as {@code {used, committed}}; {@code {-1, -1}} when unknown. */
    public static long[] heapMib(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.heap_info")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new long[] {-1, -1};
            }
            Matcher m = HEAP_USED.matcher(out);
            return m.find()
                    ? new long[] {Long.parseLong(m.group(2)) / 1024, Long.parseLong(m.group(1)) / 1024}
                    : new long[] {-1, -1};
        } catch (IOException e) {
            return new long[] {-1, -1};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        }
    }
}
