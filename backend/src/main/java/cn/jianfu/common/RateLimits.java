package cn.jianfu.common;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.local.LocalBucketBuilder;
import io.github.bucket4j.mysql.Bucket4jMySQL;
import io.github.bucket4j.mysql.MySQLSelectForUpdateBasedProxyManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) that every node of the application shares: on MySQL/MariaDB each bucket is
 * a row of {@code rate_limit_bucket}, read and written under {@code SELECT ... FOR UPDATE}, so two
 * nodes count a client's requests together. The embedded H2 database (one node, the newcomer's demo)
 * keeps them in memory. Buckets that have refilled expire and are removed every ten minutes by one
 * node.
 */
@Component
public class RateLimits {

    private static final int REMOVE_BATCH = 1000;
    private static final RetryTemplate CONFLICTS = WriteConflictRetry.template();

    private final MySQLSelectForUpdateBasedProxyManager<String> shared;
    private final Map<String, Bucket> local = new ConcurrentHashMap<>();

    public RateLimits(DataSource dataSource) {
        this.shared = sharedByDatabase(dataSource)
                ? Bucket4jMySQL.selectForUpdateBasedBuilder(dataSource)
                        .primaryKeyMapper(PrimaryKeyMapper.STRING)
                        .table("rate_limit_bucket")
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                Duration.ofMinutes(1)))
                        .build()
                : null;
    }

    /** The bucket under {@code key}, created full with {@code limit} when it does not exist yet. */
    public Bucket bucket(String key, Bandwidth limit) {
        if (shared != null) {
            ProxyManager<String> proxies = shared;
            return proxies.builder().build(key, () -> BucketConfiguration.builder()
                    .addLimit(limit)
                    .build());
        }
        return local.computeIfAbsent(key, k -> {
            LocalBucketBuilder builder = Bucket.builder();
            return builder.addLimit(limit).build();
        });
    }

    /**
     * Takes {@code tokens} from the bucket under {@code key}, if it has them. Each take is a
     * transaction on the bucket's row; one that lost a write conflict (two Galera nodes taking from
     * the same bucket at once) changed nothing and is taken again ({@link WriteConflictRetry}).
     */
    public boolean tryConsume(String key, Bandwidth limit, long tokens) {
        return CONFLICTS.execute(context -> bucket(key, limit).tryConsume(tokens));
    }

    /** The tokens left in the bucket under {@code key}, read like {@link #tryConsume}. */
    public long availableTokens(String key, Bandwidth limit) {
        return CONFLICTS.execute(context -> bucket(key, limit).getAvailableTokens());
    }

    /** True when the buckets live in the database (MySQL/MariaDB), false for H2's in-memory ones. */
    public boolean shared() {
        return shared != null;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    @SchedulerLock(name = "rate-limit-cleanup", lockAtMostFor = "PT5M")
    void removeExpired() {
        if (shared != null) {
            while (shared.removeExpired(REMOVE_BATCH) == REMOVE_BATCH) {
                // a full batch: there may be more
            }
        }
    }

    private static boolean sharedByDatabase(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return DatabaseKind.isMySqlFamily(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database the rate limits use", e);
        }
    }
}
