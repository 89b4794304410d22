package cn.jianfu.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Nodes started together on one MySQL/MariaDB database start one after the other: the first takes a
 * named lock ({@code GET_LOCK}) as soon as its data source exists, before the engine creates its
 * {@code ACT_*} tables, Flyway migrates or the demo county is loaded, and releases it once it is ready;
 * the others wait for it, then find the tables and the data there. Without it, two nodes on an empty
 * database both create the engine's tables and one of them fails to start. The embedded H2 database
 * (one node) needs no lock.
 */
@Component
class ClusterStartup implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(ClusterStartup.class);
    /** Each wait stays under Connector/J's socket timeout (30 s); a node waits at most nine of them. */
    private static final int WAIT_SECONDS = 25;

    private static final int WAITS = 9;

    private Connection holder;

    @Override
    public synchronized Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && holder == null) {
            lock(dataSource);
        }
        return bean;
    }

    private void lock(DataSource dataSource) {
        try {
            Connection c = dataSource.getConnection();
            if (!DatabaseKind.isMySqlFamily(c)) {
                c.close();
                return;
            }
            for (int wait = 0; wait < WAITS; wait++) {
                try (PreparedStatement s =
                        c.prepareStatement("SELECT GET_LOCK(CONCAT('jianfu-startup:', DATABASE()), ?)")) {
                    s.setInt(1, WAIT_SECONDS);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) == 1) {
                            holder = c;
                            warnOnGalera(c);
                            return;
                        }
                    }
                }
            }
            log.warn("another node held the start-up lock for over {} s; starting without it", WAIT_SECONDS * WAITS);
            c.close();
        } catch (SQLException e) {
            // an unreachable database is reported by whatever uses it first, with its own message
        }
    }

    /**
     * On a Galera cluster a named lock holds on one database node only: nodes of the application
     * serialise their start only while they all connect to the same one, as the failover URL of
     * the README's "Run on a cluster" does when every node lists the hosts in the same order.
     */
    private static void warnOnGalera(Connection c) {
        try (PreparedStatement s = c.prepareStatement("SHOW VARIABLES LIKE 'wsrep_on'");
                ResultSet rs = s.executeQuery()) {
            if (rs.next() && "ON".equalsIgnoreCase(rs.getString(2))) {
                log.info("Galera cluster: the start-up lock holds on this database node only;"
                        + " give every node the same failover URL, hosts in the same order");
            }
        } catch (SQLException e) {
            // only a hint: the lock is held either way
        }
    }

    @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class})
    synchronized void release() {
        if (holder == null) {
            return;
        }
        try (Connection c = holder) {
            try (PreparedStatement s =
                    c.prepareStatement("SELECT RELEASE_LOCK(CONCAT('jianfu-startup:', DATABASE()))")) {
                s.executeQuery().close();
            }
        } catch (SQLException e) {
            log.warn("could not release the start-up lock (the connection's end releases it): {}", e.getMessage());
        } finally {
            holder = null;
        }
    }
}
