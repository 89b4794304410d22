package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** The admission list's SQL against the real MariaDB schema; each test rolls back. */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class AdmissionItemMapperTest {

    private static final LocalDate JAN_1 = LocalDate.of(2031, 1, 1);

    @Autowired
    AdmissionItemMapper mapper;

    @Autowired
    JdbcTemplate jdbc;

    long lead;
    long other;

    @BeforeEach
    void organisations() {
        lead = org("AIM-LEAD", "县教育局（清单测试）");
        other = org("AIM-OTHER", "县民政局（清单测试）");
    }

    private long org(String code, String name) {
        jdbc.update(
                "INSERT INTO org_unit (code, name, type, created_at) VALUES (?, ?, 'COUNTY_DEPT', ?)",
                code,
                name,
                LocalDateTime.now());
        return jdbc.queryForObject("SELECT id FROM org_unit WHERE code = ?", Long.class, code);
    }

    private AdmissionItemRow item(String listNo, String name, ItemCategory category, long leadOrgId, LocalDate from) {
        AdmissionItemRow r = new AdmissionItemRow();
        r.listNo = listNo;
        r.itemName = name;
        r.category = category;
        r.leadOrgId = leadOrgId;
        r.content = "村(社区)配合开展" + name;
        r.performanceStandard = "按季度完成";
        r.effectiveDate = from;
        r.expiryDate = from.plusYears(2).minusDays(1);
        r.createdAt = LocalDateTime.of(2031, 1, 1, 9, 0);
        mapper.insert(r);
        return r;
    }

    private static AdmissionItemSearch byLead(long leadOrgId) {
        return new AdmissionItemSearch(null, null, leadOrgId, null);
    }

    @Test
    void insertsAndReadsBackEveryFieldIncludingFourByteCharactersAndNulls() {
        AdmissionItemRow r = new AdmissionItemRow();
        r.listNo = "AIM-2031-001";
        r.itemName = "𠀀村级事务😀公示";
        r.category = ItemCategory.COOPERATIVE;
        r.leadOrgId = lead;
        r.cooperatingOrgs = "县财政局、𠀀乡";
        r.legalBasis = "《村民委员会组织法》";
        r.content = "每季度一次😀入户宣传";
        r.performanceStandard = "登记到户";
        r.frequency = Frequency.QUARTERLY;
        r.targetScope = TargetScope.SELECTED;
        r.workloadHoursPerMonth = new java.math.BigDecimal("3.5");
        r.effectiveDate = JAN_1;
        r.expiryDate = JAN_1.plusYears(2);
        r.createdAt = LocalDateTime.of(2031, 1, 1, 9, 0);
        mapper.insert(r);
        assertThat(r.id).isNotNull();

        AdmissionItem read = mapper.findById(r.id).orElseThrow();
        assertThat(read)
                .isEqualTo(new AdmissionItem(
                        r.id,
                        "AIM-2031-001",
                        "𠀀村级事务😀公示",
                        ItemCategory.COOPERATIVE,
                        lead,
                        "县教育局（清单测试）",
                        "县财政局、𠀀乡",
                        "《村民委员会组织法》",
                        "每季度一次😀入户宣传",
                        "登记到户",
                        Frequency.QUARTERLY,
                        JAN_1,
                        JAN_1.plusYears(2),
                        null,
                        TargetScope.SELECTED,
                        List.of(),
                        List.of(),
                        new java.math.BigDecimal("3.5")));
        mapper.insertTarget(r.id, lead);
        assertThat(mapper.findTargets(List.of(r.id)))
                .containsExactly(new AdmissionItemMapper.Target(r.id, "县教育局（清单测试）", cn.jianfu.org.OrgType.COUNTY_DEPT));

        AdmissionItem bare = mapper.findById(item("AIM-2031-002", "无频次事项", ItemCategory.BASIC, lead, JAN_1).id)
                .orElseThrow();
        assertThat(bare.frequency()).isNull();
        assertThat(bare.cooperatingOrgs()).isNull();
        assertThat(bare.legalBasis()).isNull();
        assertThat(bare.applicationId()).isNull();
        assertThat(mapper.findById(-1)).isEmpty();
    }

    /** Keywords are the search index's business (AdmissionSearchIT); the SQL applies the filters. */
    @Test
    void categoryAndLeadFiltersCombine() {
        item("AIM-2031-010", "氿测防溺水巡查", ItemCategory.NEW, lead, JAN_1);
        item("AIM-2031-011", "氿测文明家庭评选", ItemCategory.BASIC, lead, JAN_1);
        item("AIM-2031-012", "氿测防溺水宣传", ItemCategory.NEW, other, JAN_1);

        assertThat(mapper.search(new AdmissionItemSearch(null, ItemCategory.NEW, lead, null), 0, 50))
                .extracting(AdmissionItem::listNo)
                .containsExactly("AIM-2031-010");
        assertThat(mapper.count(new AdmissionItemSearch(null, ItemCategory.NEW, lead, null)))
                .isEqualTo(1);
        assertThat(mapper.search(new AdmissionItemSearch(null, null, lead, null), 0, 50))
                .extracting(AdmissionItem::listNo)
                .containsExactly("AIM-2031-010", "AIM-2031-011");
        assertThat(mapper.count(new AdmissionItemSearch(null, ItemCategory.COOPERATIVE, lead, null)))
                .isZero();
    }

    @Test
    void activeOnKeepsEntriesValidOnThatDayBothEndsIncluded() {
        AdmissionItemRow r = item("AIM-2031-020", "有效期事项", ItemCategory.NEW, lead, JAN_1);
        LocalDate last = r.expiryDate;
        for (LocalDate day : List.of(JAN_1, JAN_1.plusMonths(6), last)) {
            assertThat(mapper.count(new AdmissionItemSearch(null, null, lead, day)))
                    .as("valid on %s", day)
                    .isEqualTo(1);
            assertThat(mapper.search(new AdmissionItemSearch(null, null, null, day), 0, 10_000))
                    .extracting(AdmissionItem::id)
                    .contains(r.id);
        }
        for (LocalDate day : List.of(JAN_1.minusDays(1), last.plusDays(1))) {
            assertThat(mapper.count(new AdmissionItemSearch(null, null, lead, day)))
                    .as("not valid on %s", day)
                    .isZero();
            assertThat(mapper.search(new AdmissionItemSearch(null, null, null, day), 0, 10_000))
                    .extracting(AdmissionItem::id)
                    .doesNotContain(r.id);
        }
    }

    @Test
    void pagesAreOrderedByListNumberWhateverTheInsertionOrder() {
        for (String no : List.of("AIM-2031-105", "AIM-2031-101", "AIM-2031-104", "AIM-2031-102", "AIM-2031-103")) {
            item(no, "事项" + no, ItemCategory.BASIC, lead, JAN_1);
        }
        assertThat(mapper.search(byLead(lead), 0, 2))
                .extracting(AdmissionItem::listNo)
                .containsExactly("AIM-2031-101", "AIM-2031-102");
        assertThat(mapper.search(byLead(lead), 2, 2))
                .extracting(AdmissionItem::listNo)
                .containsExactly("AIM-2031-103", "AIM-2031-104");
        assertThat(mapper.search(byLead(lead), 4, 2))
                .extracting(AdmissionItem::listNo)
                .containsExactly("AIM-2031-105");
        assertThat(mapper.search(byLead(lead), 6, 2)).isEmpty();
        assertThat(mapper.count(byLead(lead))).isEqualTo(5);
        assertThat(mapper.count(byLead(other))).isZero();
    }

    @Test
    void listNumbersAreCountedPerPrefixAndAnEntryIsFoundByItsApplication() {
        item("AIM-2031-201", "甲", ItemCategory.BASIC, lead, JAN_1);
        item("AIM-2031-202", "乙", ItemCategory.BASIC, lead, JAN_1);
        item("AIM-2032-201", "丙", ItemCategory.BASIC, lead, JAN_1);
        assertThat(mapper.countListNoPrefix("AIM-2031-")).isEqualTo(2);
        assertThat(mapper.countListNoPrefix("AIM-2032-")).isEqualTo(1);
        assertThat(mapper.countListNoPrefix("AIM-2033-")).isZero();

        LocalDateTime now = LocalDateTime.of(2031, 1, 1, 9, 0);
        jdbc.update(
                "INSERT INTO app_user (username, display_name, password_hash, org_id, enabled, created_at) "
                        + "VALUES ('aim-applicant', '经办人', 'x', ?, TRUE, ?)",
                lead,
                now);
        long user = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'aim-applicant'", Long.class);
        jdbc.update(
                "INSERT INTO admission_application (status, applicant_user_id, applicant_org_id, created_at, updated_at) "
                        + "VALUES ('ADMITTED', ?, ?, ?, ?)",
                user,
                lead,
                now,
                now);
        long application = jdbc.queryForObject(
                "SELECT id FROM admission_application WHERE applicant_user_id = ?", Long.class, user);
        AdmissionItemRow r = new AdmissionItemRow();
        r.listNo = "AIM-2031-203";
        r.applicationId = application;
        r.itemName = "由申请准入";
        r.category = ItemCategory.NEW;
        r.leadOrgId = lead;
        r.content = "内容";
        r.performanceStandard = "标准";
        r.effectiveDate = JAN_1;
        r.expiryDate = JAN_1.plusYears(2);
        r.createdAt = now;
        mapper.insert(r);

        assertThat(mapper.findByApplicationId(application))
                .hasValueSatisfying(i -> assertThat(i.listNo()).isEqualTo("AIM-2031-203"));
        assertThat(mapper.findByApplicationId(application + 1)).isEmpty();
    }
}
