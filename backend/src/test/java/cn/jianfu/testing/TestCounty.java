package cn.jianfu.testing;

import cn.jianfu.admission.ApplicationForm;
import cn.jianfu.admission.Frequency;
import cn.jianfu.admission.ItemCategory;
import cn.jianfu.admission.TargetScope;
import cn.jianfu.org.OrgForm;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.org.Role;
import cn.jianfu.org.UserForm;
import cn.jianfu.org.UserService;
import cn.jianfu.security.CurrentUser;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;

/**
 * Builds a small county of its own for each test (unique codes and user names), so tests that
 * share the database never see each other's data.
 */
@TestComponent
public class TestCounty {

    public static final String PASSWORD = "Test@12345";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final OrgService orgs;
    private final UserService users;

    TestCounty(OrgService orgs, UserService users) {
        this.orgs = orgs;
        this.users = users;
    }

    public record County(
            String suffix,
            OrgUnit deptA,
            OrgUnit deptB,
            OrgUnit social,
            OrgUnit leadership,
            OrgUnit office,
            OrgUnit township,
            OrgUnit village1,
            OrgUnit village2,
            CurrentUser applicantA,
            CurrentUser applicantB,
            CurrentUser reviewer,
            CurrentUser approver,
            CurrentUser officer,
            CurrentUser admin,
            CurrentUser villager,
            CurrentUser applicantReviewer) {}

    public County create() {
        String s = System.currentTimeMillis() % 100000 + "x" + SEQ.incrementAndGet() + "z";
        OrgUnit deptA = org("A" + s, "县教育局" + s, OrgType.COUNTY_DEPT, null);
        OrgUnit deptB = org("B" + s, "县民政局" + s, OrgType.COUNTY_DEPT, null);
        OrgUnit social = org("S" + s, "县委社会工作部" + s, OrgType.SOCIAL_WORK_DEPT, null);
        OrgUnit leadership = org("L" + s, "县委县政府办公室" + s, OrgType.LEADERSHIP_OFFICE, null);
        OrgUnit office = org("O" + s, "减负办" + s, OrgType.BURDEN_OFFICE, null);
        OrgUnit township = org("T" + s, "城关镇" + s, OrgType.TOWNSHIP, null);
        OrgUnit v1 = org("V1" + s, "东关社区" + s, OrgType.VILLAGE, township.id());
        OrgUnit v2 = org("V2" + s, "西关社区" + s, OrgType.VILLAGE, township.id());
        return new County(
                s,
                deptA,
                deptB,
                social,
                leadership,
                office,
                township,
                v1,
                v2,
                user("appa" + s, deptA, Role.APPLICANT),
                user("appb" + s, deptB, Role.APPLICANT),
                user("rev" + s, social, Role.REVIEWER),
                user("apr" + s, leadership, Role.APPROVER),
                user("off" + s, office, Role.OFFICE),
                user("adm" + s, office, Role.ADMIN),
                user("vil" + s, v1, Role.GRASSROOTS),
                user("both" + s, deptA, Role.APPLICANT, Role.REVIEWER, Role.APPROVER));
    }

    /** A complete application form led by {@code lead}, aimed at the given township. */
    public static ApplicationForm form(String name, OrgUnit lead, OrgUnit township) {
        return new ApplicationForm(
                name,
                ItemCategory.NEW,
                "《村民委员会组织法》第二条及县委相关文件",
                "村(社区)配合开展入户宣传",
                "每季度一次入户宣传并登记",
                lead.id(),
                List.of(),
                TargetScope.SELECTED,
                List.of(township.id()),
                List.of(),
                new BigDecimal("2.5"),
                Frequency.QUARTERLY,
                false,
                false,
                false,
                false,
                false,
                false,
                true,
                "县财政按户拨付",
                null,
                null,
                "经自评，确需村(社区)配合。");
    }

    /** One more user of the county's {@code org}, named {@code prefix} + the county's suffix. */
    public CurrentUser extraUser(County county, String prefix, OrgUnit org, Role... roles) {
        return user(prefix + county.suffix(), org, roles);
    }

    private OrgUnit org(String code, String name, OrgType type, Long parent) {
        return orgs.create(new OrgForm(code, name, type, parent));
    }

    private CurrentUser user(String username, OrgUnit org, Role... roles) {
        users.create(new UserForm(username, username, PASSWORD, org.id(), Set.of(roles), true));
        return new CurrentUser(users.findByUsername(username).orElseThrow());
    }
}
