package cn.jianfu.bench.faults;

import cn.jianfu.bench.BenchFailure;
import cn.jianfu.bench.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a scenario runs on: a database of its own on the suite's private MariaDB, one or more nodes
 * of the app on it (started together, as a county would), and the people of the demo county as
 * HTTP clients spread over the live nodes.
 */
final class Rig implements AutoCloseable {

    static final String PASSWORD = "Jianfu@2026";

    /** A request is given up after this long: far beyond every time limit the app sets itself. */
    static final Duration CLIENT_LIMIT = Duration.ofSeconds(150);

    /** The suite's private MariaDB, or null when the rig runs on a Galera cluster. */
    final PrivateMariaDb server;

    final Database db;
    final List<Node> nodes = new CopyOnWriteArrayList<>();
    private final FaultConfig config;
    private Client portal;
    private Client clerk;
    private Client reviewer;
    private Client approver;

    private Rig(PrivateMariaDb server, Database db, FaultConfig config) {
        this.server = server;
        this.db = db;
        this.config = config;
    }

    /** A fresh database {@code dbName} and {@code nodeCount} nodes started together on it. */
    static Rig start(PrivateMariaDb server, String dbName, int nodeCount, FaultConfig config) {
        Database db = server.database(dbName);
        return start(new Rig(server, db, config), db.appUrl(), nodeCount);
    }

    /**
     * A fresh database {@code db} (created through the server it names) and one node per JDBC URL
     * (a Galera cluster's failover URLs), started together.
     */
    static Rig start(Database db, List<String> appUrls, boolean oneAfterAnother, FaultConfig config) {
        return start(new Rig(null, db, config), appUrls, appUrls.size(), oneAfterAnother);
    }

    private static Rig start(Rig rig, String appUrl, int nodeCount) {
        return start(rig, List.of(appUrl), nodeCount, false);
    }

    /**
     * Node i is started with {@code appUrls.get(i)}, or the last URL when there are fewer; all at
     * once, or each once the one before is healthy.
     */
    private static Rig start(Rig rig, List<String> appUrls, int nodeCount, boolean oneAfterAnother) {
        FaultConfig config = rig.config;
        String dbName = rig.db.name();
        rig.db.recreate();
        try {
            List<Node> started = new ArrayList<>();
            for (int i = 0; i < nodeCount; i++) {
                Node node = Node.start(
                        dbName + "-node-" + (char) ('a' + i),
                        config.jar(),
                        appUrls.get(Math.min(i, appUrls.size() - 1)),
                        rig.db,
                        config.work(),
                        config.appXmx());
                started.add(node);
                rig.nodes.add(node);
                if (oneAfterAnother) {
                    node.awaitHealthy();
                }
            }
            started.forEach(Node::awaitHealthy);
            return rig;
        } catch (RuntimeException e) {
            rig.close();
            throw e;
        }
    }

    Client portal() {
        if (portal == null) {
            portal = new Client(() -> nodes, CLIENT_LIMIT).csrf();
        }
        return portal;
    }

    Client clerk() {
        if (clerk == null) {
            clerk = new Client(() -> nodes, CLIENT_LIMIT).login("jiaoyu", PASSWORD);
        }
        return clerk;
    }

    Client reviewer() {
        if (reviewer == null) {
            reviewer = new Client(() -> nodes, CLIENT_LIMIT).login("shegong", PASSWORD);
        }
        return reviewer;
    }

    Client approver() {
        if (approver == null) {
            approver = new Client(() -> nodes, CLIENT_LIMIT).login("xianwei", PASSWORD);
        }
        return approver;
    }

    /** The id of the demo organisation with {@code code} (the department reported on the portal). */
    long orgId(String code) {
        try (Connection c = db.connect();
                PreparedStatement s = c.prepareStatement("SELECT id FROM org_unit WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new BenchFailure("no organisation " + code + " in the demo county");
                }
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new BenchFailure("cannot read the organisations", e);
        }
    }

    PortalLoad portalLoad(String tag, int workers, long pauseMillis) {
        clerk(); // the demo county is loaded once a login succeeds
        return new PortalLoad(portal(), tag, orgId("JYJ"), workers, pauseMillis);
    }

    ChainLoad chainLoad(String tag, int workers) {
        return new ChainLoad(clerk(), reviewer(), approver(), tag, workers);
    }

    Reconciliation reconciliation() {
        return new Reconciliation(db);
    }

    Timers timers() {
        return new Timers(db);
    }

    Path work() {
        return config.work();
    }

    @Override
    public void close() {
        for (Node node : nodes) {
            node.close();
        }
    }
}
