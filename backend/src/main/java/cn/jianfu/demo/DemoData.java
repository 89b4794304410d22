package cn.jianfu.demo;

import cn.jianfu.admission.AdmissionDemo;
import cn.jianfu.clue.ClueDemo;
import cn.jianfu.evaluation.EvaluationDemo;
import cn.jianfu.org.OrgForm;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.org.Role;
import cn.jianfu.org.UserForm;
import cn.jianfu.org.UserService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small living county for a newcomer's first run: five townships with 35 villages and
 * communities, the county departments, one account per role, a dozen
 * admitted items and a few applications in flight. Loaded once, into an empty database, only when
 * wanted (see {@link DemoDataWanted}: asked for, or the embedded H2 database).
 */
@Component
@Order(0)
@Conditional(DemoDataWanted.class)
class DemoData implements ApplicationRunner {

    /** The password of every demo account; listed in the README, for the demo data only. */
    static final String PASSWORD = "Jianfu@2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final int MAX_ATTEMPTS = 10;

    private final OrgService orgs;
    private final UserService users;
    private final AdmissionDemo admission;
    private final ClueDemo clues;
    private final EvaluationDemo evaluation;
    private final StartupLockMapper lock;
    private final TransactionTemplate transaction;

    DemoData(
            OrgService orgs,
            UserService users,
            AdmissionDemo admission,
            ClueDemo clues,
            EvaluationDemo evaluation,
            StartupLockMapper lock,
            PlatformTransactionManager transactions) {
        this.orgs = orgs;
        this.users = users;
        this.admission = admission;
        this.clues = clues;
        this.evaluation = evaluation;
        this.lock = lock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Two nodes starting together on an empty database: the first takes the demo-data lock row and
     * loads, the second waits for it and then finds the demo county there. A wait longer than the
     * database allows is tried again, never a failed start.
     */
    @Override
    public void run(ApplicationArguments args) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> loadIntoAnEmptyDatabase());
                return;
            } catch (PessimisticLockingFailureException | QueryTimeoutException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                log.info(
                        "another node is loading the demo data; waiting for it ({})",
                        e.getClass().getSimpleName());
            }
        }
    }

    private void loadIntoAnEmptyDatabase() {
        lock.lock(StartupLockMapper.DEMO_DATA);
        if (users.findByUsername("admin").isPresent()) {
            return;
        }
        log.info("loading demo data (organisations, demo accounts, admission list)");
        OrgUnit county = org("COUNTY", "青川县", OrgType.LEADERSHIP_OFFICE, null);
        OrgUnit leadership = org("XWB", "县委县政府办公室", OrgType.LEADERSHIP_OFFICE, null);
        OrgUnit social = org("SHGZB", "县委社会工作部", OrgType.SOCIAL_WORK_DEPT, null);
        OrgUnit office = org("JFB", "县委督查室（减负办）", OrgType.BURDEN_OFFICE, null);
        OrgUnit discipline = org("JWJW", "县纪委监委", OrgType.DISCIPLINE, null);
        OrgUnit edu = org("JYJ", "县教育局", OrgType.COUNTY_DEPT, null);
        OrgUnit civil = org("MZJ", "县民政局", OrgType.COUNTY_DEPT, null);
        OrgUnit emergency = org("YJJ", "县应急管理局", OrgType.COUNTY_DEPT, null);
        OrgUnit agri = org("NYJ", "县农业农村局", OrgType.COUNTY_DEPT, null);
        OrgUnit health = org("WJJ", "县卫生健康局", OrgType.COUNTY_DEPT, null);
        OrgUnit housing = org("ZJJ", "县住房和城乡建设局", OrgType.COUNTY_DEPT, null);
        OrgUnit chengguan = org("T-CG", "城关镇", OrgType.TOWNSHIP, null);
        OrgUnit hekou = org("T-HK", "河口镇", OrgType.TOWNSHIP, null);
        OrgUnit qingshan = org("T-QS", "青山乡", OrgType.TOWNSHIP, null);
        OrgUnit shuanghe = org("T-SH", "双河镇", OrgType.TOWNSHIP, null);
        OrgUnit baisha = org("T-BS", "白沙乡", OrgType.TOWNSHIP, null);
        OrgUnit dongguan = org("V-CG-DG", "东关社区", OrgType.VILLAGE, chengguan.id());
        villages(chengguan, "CG", "西关社区", "南街村", "北门社区", "新华社区", "城郊村", "桥头村", "望江社区");
        OrgUnit liujia = org("V-HK-LJ", "柳家村", OrgType.VILLAGE, hekou.id());
        OrgUnit shawan = org("V-HK-SW", "沙湾村", OrgType.VILLAGE, hekou.id());
        OrgUnit dutou = org("V-HK-DT", "渡头村", OrgType.VILLAGE, hekou.id());
        villages(hekou, "HK", "河口社区", "龙潭村", "鹿鸣村", "白鹤村");
        OrgUnit shikan = org("V-QS-SK", "石坎村", OrgType.VILLAGE, qingshan.id());
        org("V-QS-ZP", "竹坪村", OrgType.VILLAGE, qingshan.id());
        villages(qingshan, "QS", "青峰村", "岩口村", "松林村", "茶园村", "高坪村");
        villages(shuanghe, "SH", "双河社区", "上坝村", "下坝村", "金星村", "红岩村", "田坝村", "水口村");
        villages(baisha, "BS", "白沙社区", "沙坪村", "大湾村", "小河村", "柏树村", "槐花村");

        user("admin", "系统管理员", county, Role.ADMIN);
        user("jiaoyu", "王老师（教育局经办人）", edu, Role.APPLICANT);
        user("minzheng", "李科长（民政局经办人）", civil, Role.APPLICANT);
        user("yingji", "赵干事（应急局经办人）", emergency, Role.APPLICANT);
        user("shegong", "陈审核（社会工作部）", social, Role.REVIEWER);
        user("shegong2", "林复核（社会工作部）", social, Role.REVIEWER);
        user("xianwei", "周主任（县委县政府）", leadership, Role.APPROVER);
        user("jianfuban", "孙督查（减负办）", office, Role.OFFICE);
        user("cungan", "刘书记（东关社区）", dongguan, Role.GRASSROOTS);
        user("hecha", "吴核查（纪委监委）", discipline, Role.VERIFIER);

        admission.load(
                Map.ofEntries(
                        Map.entry("edu", edu.id()),
                        Map.entry("civil", civil.id()),
                        Map.entry("emergency", emergency.id()),
                        Map.entry("agri", agri.id()),
                        Map.entry("health", health.id()),
                        Map.entry("housing", housing.id()),
                        Map.entry("hekou", hekou.id()),
                        Map.entry("qingshan", qingshan.id()),
                        Map.entry("shuanghe", shuanghe.id()),
                        Map.entry("baisha", baisha.id()),
                        Map.entry("liujia", liujia.id()),
                        Map.entry("shawan", shawan.id()),
                        Map.entry("dutou", dutou.id()),
                        Map.entry("shikan", shikan.id())),
                List.of("jiaoyu", "minzheng", "yingji"),
                "shegong");
        clues.load(Map.of("edu", edu.id(), "civil", civil.id(), "dongguan", dongguan.id()), "jianfuban", "jiaoyu");
        evaluation.load(
                List.of(civil.id(), edu.id(), emergency.id(), agri.id(), health.id(), housing.id()),
                List.of(liujia.id(), shawan.id(), dutou.id(), shikan.id(), hekou.id(), qingshan.id()),
                PASSWORD);
    }

    /** The township's further villages, coded V-<township>-01, -02, … */
    private void villages(OrgUnit township, String code, String... names) {
        for (int i = 0; i < names.length; i++) {
            org("V-" + code + "-" + String.format("%02d", i + 1), names[i], OrgType.VILLAGE, township.id());
        }
    }

    private OrgUnit org(String code, String name, OrgType type, Long parentId) {
        return orgs.create(new OrgForm(code, name, type, parentId));
    }

    private void user(String username, String name, OrgUnit org, Role role) {
        users.create(new UserForm(username, name, PASSWORD, org.id(), Set.of(role), true));
    }
}
