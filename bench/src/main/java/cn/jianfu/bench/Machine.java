package cn.jianfu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Facts about the machine a benchmark ran on, for the head of its table (Linux /proc; "?" elsewhere). */
public final class Machine {

    private Machine() {}

    public static String cores() {
        return Runtime.getRuntime().availableProcessors() + " (" + firstValue("/proc/cpuinfo", "model name") + ")";
    }

    public static String memory() {
        String kb = firstValue("/proc/meminfo", "MemTotal").replace("kB", "").trim();
        try {
            return Math.round(Long.parseLong(kb) / 1024.0 / 1024.0 * 10) / 10.0 + " GiB";
        } catch (NumberFormatException e) {
            return "?";
        }
    }

    /** The 1, 5 and 15 minute load averages. */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return String.format(
                    "%.2f (1 min)",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
        }
    }

    /** The Java that runs the benchmark, and so the app (it is started with the same java). */
    public static String java() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }

    public static String os() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    private static String firstValue(String file, String key) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream()
                    .filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
