package cn.jianfu.clue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jianfu.common.FieldCipher;
import cn.jianfu.common.RateLimits;
import cn.jianfu.testing.JianfuTest;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes on one MariaDB database count a client's portal submissions together: each node has its
 * own {@link RateLimits} and {@link PortalThrottle}, as two running jars would, over the same table.
 */
@JianfuTest
class PortalThrottleTwoNodesIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    FieldCipher cipher;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClientGetsTheLimitOnceAcrossBothNodes() {
        PortalThrottle nodeA = new PortalThrottle(new RateLimits(dataSource), cipher, 3, 60, 10, 15, 200);
        PortalThrottle nodeB = new PortalThrottle(new RateLimits(dataSource), cipher, 3, 60, 10, 15, 200);
        String address = "203.0.113." + (UUID.randomUUID().hashCode() & 0x7f);
        String client = nodeA.client(address);
        assertThat(nodeB.client(address)).isEqualTo(client);

        nodeA.submission(client);
        nodeB.submission(client);
        nodeA.submission(client);
        assertThatThrownBy(() -> nodeB.submission(client)).hasMessageContaining("提交过于频繁");
        assertThatThrownBy(() -> nodeA.submission(client)).hasMessageContaining("提交过于频繁");
        // the bucket is one row, named by the keyed hash, never the address
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rate_limit_bucket WHERE id = ?",
                        Integer.class,
                        "portal-submit:" + client))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rate_limit_bucket WHERE id LIKE ?", Integer.class, "%" + address + "%"))
                .isZero();
        // another client is not affected
        nodeB.submission(nodeB.client(address + "1"));
    }
}
