package cn.jianfu.bench.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a Galera node's error log says about how it joined, and where it recovered to. */
final class GaleraLogs {

    private static final Pattern RECOVERED = Pattern.compile("WSREP: Recovered position: (\\S+)");

    private GaleraLogs() {}

    /** "incremental (IST)" or "full (SST by rsync)": the last state transfer the node received. */
    static String lastTransfer(Path errorLog) {
        try {
            String log = Files.readString(errorLog);
            // since the node's last start (a full transfer is followed by an incremental one too)
            String last = log.substring(Math.max(0, log.lastIndexOf("Starting MariaDB")));
            // wsrep_sst_rsync says which it did ("rsync IST completed on joiner" after a recovered position)
            if (last.contains("rsync SST completed")) {
                return "full (SST by rsync)";
            }
            return last.contains("Receiving IST") ? "incremental (IST)" : "none";
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The position (cluster uuid:seqno) that mariadbd --wsrep-recover wrote to {@code recoverLog}. */
    static Optional<String> recoveredPosition(Path recoverLog) {
        try {
            Matcher m = RECOVERED.matcher(Files.readString(recoverLog));
            String position = null;
            while (m.find()) {
                position = m.group(1);
            }
            return Optional.ofNullable(position);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
