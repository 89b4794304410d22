package cn.jianfu.bench.dashboard;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes admission list entries (admission_item, admission_item_target; V3, V12): {@code inForce}
 * entries in force today — effective within the last two years and valid for two (as the app
 * admits them), so some expire within 90 days — and a tenth as many that expired. Their scopes:
 * 40 % all villages, 35 % chosen townships, 25 % chosen villages (now and then with a township too);
 * 0.5 to 6 hours per village per month.
 */
public final class ItemSeeder {

    private static final int BATCH = 500;
    private static final String INSERT_ITEM =
            "INSERT INTO admission_item (id, list_no, item_name, category, lead_org_id,"
                    + " legal_basis, content, performance_standard, frequency, effective_date, expiry_date, created_at,"
                    + " target_scope, workload_hours_per_month) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_TARGET = "INSERT INTO admission_item_target (item_id, org_id) VALUES (?, ?)";
    private static final String[] CATEGORIES = {"BASIC", "BASIC", "BASIC", "COOPERATIVE", "COOPERATIVE", "NEW"};
    private static final String[] FREQUENCIES = {"ONCE", "MONTHLY", "QUARTERLY", "YEARLY", "ONGOING"};
    private static final String[] NAMES = {
        "低保对象动态排查", "特困人员走访", "地质灾害隐患点巡查", "森林防火宣传", "控辍保学劝返", "高标准农田巡查", "村级公共卫生服务", "自建房安全排查", "防溺水宣传", "农村人居环境整治检查"
    };

    /** What was written. */
    public record Seeded(int inForce, int expired, int targets) {}

    private final County county;
    private final Random random;
    private final LocalDateTime now;

    public ItemSeeder(County county, Random random, LocalDateTime now) {
        this.county = county;
        this.random = random;
        this.now = now;
    }

    public Seeded seed(Connection c, int inForce) throws SQLException {
        int expired = inForce / 10;
        LocalDate today = now.toLocalDate();
        Counters numbers = new Counters(c, "admission_list_counter", "admission_item", "list_no", "ZR-");
        long id = Sql.maxId(c, "admission_item");
        int targets = 0;
        try (PreparedStatement items = c.prepareStatement(INSERT_ITEM);
                PreparedStatement targetRows = c.prepareStatement(INSERT_TARGET)) {
            for (int i = 0; i < inForce + expired; i++) {
                LocalDate effective =
                        i < inForce ? today.minusDays(random.nextInt(700)) : today.minusDays(760 + random.nextInt(600));
                Set<Long> chosen = scope();
                id++;
                Sql.set(
                        items,
                        id,
                        "ZR-%d-%03d".formatted(effective.getYear(), numbers.next(effective.getYear())),
                        NAMES[random.nextInt(NAMES.length)] + "（基准" + (i + 1) + "）",
                        CATEGORIES[random.nextInt(CATEGORIES.length)],
                        county.departments()
                                .get(random.nextInt(county.departments().size())),
                        "《基准测试依据》第" + (1 + random.nextInt(40)) + "条",
                        "配合开展相关工作（基准测试数据）",
                        "按要求按时完成并报送",
                        FREQUENCIES[random.nextInt(FREQUENCIES.length)],
                        effective,
                        effective.plusYears(2),
                        effective.atTime(10, 0),
                        chosen.isEmpty() ? "ALL" : "SELECTED",
                        BigDecimal.valueOf(1 + random.nextInt(12), 1).multiply(BigDecimal.valueOf(5)));
                items.addBatch();
                for (long org : chosen) {
                    Sql.set(targetRows, id, org);
                    targetRows.addBatch();
                    targets++;
                }
                if ((i + 1) % BATCH == 0 || i + 1 == inForce + expired) {
                    items.executeBatch();
                    targetRows.executeBatch();
                    c.commit();
                }
            }
        }
        numbers.save();
        c.commit();
        return new Seeded(inForce, expired, targets);
    }

    /** The chosen townships and villages; empty for all villages. */
    private Set<Long> scope() {
        int kind = random.nextInt(100);
        Set<Long> chosen = new LinkedHashSet<>();
        if (kind < 40) {
            return chosen;
        }
        List<Long> townships = new ArrayList<>(county.townships());
        if (kind < 75) {
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                chosen.add(townships.get(random.nextInt(townships.size())));
            }
            return chosen;
        }
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            chosen.add(county.villages()
                    .get(random.nextInt(county.villages().size()))
                    .id());
        }
        if (random.nextInt(5) == 0) {
            chosen.add(townships.get(random.nextInt(townships.size())));
        }
        return chosen;
    }
}
