package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** The mapper's SQL against the real MariaDB schema; each test rolls back. */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ApplicationMapperTest {

    @Autowired
    ApplicationMapper mapper;

    @Autowired
    JdbcTemplate jdbc;

    long orgA;
    long orgB;
    long user;

    @BeforeEach
    void orgsAndUser() {
        LocalDateTime now = LocalDateTime.now();
        jdbc.update(
                "INSERT INTO org_unit (code, name, type, created_at) VALUES ('MT-A', '部门甲', 'COUNTY_DEPT', ?)", now);
        jdbc.update(
                "INSERT INTO org_unit (code, name, type, created_at) VALUES ('MT-B', '部门乙', 'COUNTY_DEPT', ?)", now);
        orgA = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = 'MT-A'", Long.class);
        orgB = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = 'MT-B'", Long.class);
        jdbc.update(
                "INSERT INTO app_user (username, display_name, password_hash, org_id, enabled, created_at) "
                        + "VALUES ('mapper-test', '测试', 'x', ?, TRUE, ?)",
                orgA,
                now);
        user = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'mapper-test'", Long.class);
    }

    private ApplicationRow row(String name, ApplicationStatus status) {
        ApplicationRow r = new ApplicationRow();
        r.itemName = name;
        r.category = ItemCategory.NEW;
        r.workloadHoursPerMonth = new BigDecimal("2.5");
        r.requiresPhotoProof = true;
        r.status = status;
        r.applicantUserId = user;
        r.applicantOrgId = orgA;
        r.createdAt = LocalDateTime.now().withNano(0);
        r.updatedAt = r.createdAt;
        mapper.insert(r);
        return r;
    }

    @Test
    void insertsAndReadsBackEveryField() {
        ApplicationRow saved = row("测试事项", ApplicationStatus.DRAFT);
        ApplicationRow read = mapper.findById(saved.id).orElseThrow();
        assertThat(read.itemName).isEqualTo("测试事项");
        assertThat(read.category).isEqualTo(ItemCategory.NEW);
        assertThat(read.workloadHoursPerMonth).isEqualByComparingTo("2.5");
        assertThat(read.requiresPhotoProof).isTrue();
        assertThat(read.requiresCheckIn).isFalse();
        assertThat(read.applicantUsername).isEqualTo("mapper-test");
        assertThat(read.createdAt).isEqualTo(saved.createdAt);
    }

    @Test
    void departmentSearchIncludesDraftsWhileTheOverviewNeverDoes() {
        ApplicationRow draft = row("草稿甲", ApplicationStatus.DRAFT);
        ApplicationRow submitted = row("已提交甲", ApplicationStatus.IN_REVIEW);
        List<ApplicationRow> mine = mapper.search(new ApplicationSearch(orgA, null, null), 0, 50);
        assertThat(mine).extracting(r -> r.id).contains(draft.id, submitted.id);
        List<ApplicationRow> overview = mapper.search(new ApplicationSearch(null, null, "甲"), 0, 50);
        assertThat(overview).extracting(r -> r.id).contains(submitted.id).doesNotContain(draft.id);
        assertThat(mapper.search(new ApplicationSearch(orgB, null, null), 0, 50))
                .isEmpty();
        assertThat(mapper.count(new ApplicationSearch(orgA, ApplicationStatus.IN_REVIEW, null)))
                .isEqualTo(1);
    }

    @Test
    void preCheckFindingsAndLinkedOrganisationsAreReplacedAsAWhole() {
        ApplicationRow r = row("预审事项", ApplicationStatus.IN_REVIEW);
        mapper.insertFinding(r.id, new PreCheckFinding("A", PreCheckFinding.Level.WARN, "一"));
        mapper.deleteFindings(r.id);
        mapper.insertFinding(r.id, new PreCheckFinding("B", PreCheckFinding.Level.INFO, "二"));
        assertThat(mapper.findFindings(r.id))
                .containsExactly(new PreCheckFinding("B", PreCheckFinding.Level.INFO, "二"));

        mapper.insertFinding(
                r.id,
                new PreCheckFinding(
                        "DUPLICATE_ITEM",
                        PreCheckFinding.Level.WARN,
                        "重复",
                        java.util.Map.of("listNo", "ZR-2026-001", "itemName", "𠀾村务公开😀")));
        assertThat(mapper.findFindings(r.id))
                .extracting(PreCheckFinding::params)
                .containsExactly(java.util.Map.of(), java.util.Map.of("listNo", "ZR-2026-001", "itemName", "𠀾村务公开😀"));

        mapper.insertOrg(r.id, orgB, "COOPERATING");
        mapper.insertOrg(r.id, orgA, "VILLAGE");
        mapper.insertOrg(r.id, orgB, "TOWNSHIP");
        ApplicationOrgs named = mapper.findOrgs(r.id);
        assertThat(named.cooperating()).containsExactly(orgB);
        assertThat(named.townships()).containsExactly(orgB);
        assertThat(named.villages()).containsExactly(orgA);
        assertThat(named.targets()).containsExactly(orgB, orgA);
        mapper.deleteOrgs(r.id);
        assertThat(mapper.findOrgs(r.id)).isEqualTo(new ApplicationOrgs(List.of(), List.of(), List.of()));
    }

    @Test
    void inFlightExcludesDraftsFinishedOnesAndItself() {
        ApplicationRow self = row("在办一", ApplicationStatus.IN_REVIEW);
        row("在办二", ApplicationStatus.IN_APPROVAL);
        row("已准入在办", ApplicationStatus.ADMITTED);
        row("草稿在办", ApplicationStatus.DRAFT);
        assertThat(mapper.findInFlightLike(self.id, List.of("在办"), 10))
                .extracting(r -> r.itemName)
                .contains("在办二")
                .doesNotContain("在办一", "已准入在办", "草稿在办");
    }

    @Test
    void inFlightCandidatesShareAPatternAndAreBounded() {
        ApplicationRow self = row("界限一", ApplicationStatus.IN_REVIEW);
        row("界限二", ApplicationStatus.RETURNED);
        row("界限三", ApplicationStatus.IN_REVIEW);
        row("毫不相干", ApplicationStatus.IN_REVIEW);
        assertThat(mapper.findInFlightLike(self.id, List.of("界限", "𠀾😀"), 10))
                .extracting(r -> r.itemName)
                .containsExactlyInAnyOrder("界限二", "界限三");
        assertThat(mapper.findInFlightLike(self.id, List.of("界限"), 1)).hasSize(1);
    }
}
