package cn.jianfu.bench.faults;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The server settings of a Galera node, as Camunda documents them for MariaDB Galera (row binlog,
 * InnoDB, autoinc lock mode 2, READ-COMMITTED, wsrep on, causal reads, wsrep_sync_wait=7 so that a read waits
 * until the node applied every write committed before it anywhere in the cluster), and the
 * cluster's addresses on loopback: group communication 4567-4569, incremental state transfer
 * 4577-4579, full state transfer by rsync 4587-4589.
 */
final class GaleraSettings {

    static final int GROUP_PORT = 4567;
    static final int IST_PORT = 4577;
    static final int SST_PORT = 4587;

    private GaleraSettings() {}

    /** mariadbd options for node {@code i} (1-based) of the cluster, after the data directory and ports. */
    static List<String> server(int i) {
        String cluster = IntStream.rangeClosed(1, GaleraCluster.SIZE)
                .mapToObj(n -> "127.0.0.1:" + (GROUP_PORT + n - 1))
                .collect(Collectors.joining(","));
        return List.of(
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci",
                "--innodb-buffer-pool-size=128M",
                "--max-connections=300",
                // Camunda's documented Galera settings
                "--binlog-format=ROW",
                "--default-storage-engine=InnoDB",
                "--innodb-autoinc-lock-mode=2",
                "--transaction-isolation=READ-COMMITTED",
                "--wsrep-on=ON",
                // deprecated in MariaDB, and the same as bit 1 of wsrep_sync_wait, but on Camunda's list
                "--wsrep-causal-reads=ON",
                "--wsrep-sync-wait=7",
                // the cluster on loopback
                "--wsrep-provider=/usr/lib/galera/libgalera_smm.so",
                "--wsrep-cluster-name=jianfu_faults",
                "--wsrep-cluster-address=gcomm://" + cluster,
                "--wsrep-node-name=n" + i,
                "--wsrep-node-address=127.0.0.1:" + (GROUP_PORT + i - 1),
                "--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:" + (GROUP_PORT + i - 1)
                        + ";ist.recv_addr=127.0.0.1:" + (IST_PORT + i - 1) + ";gcache.size=256M",
                "--wsrep-sst-receive-address=127.0.0.1:" + (SST_PORT + i - 1),
                "--wsrep-sst-method=rsync");
    }
}
