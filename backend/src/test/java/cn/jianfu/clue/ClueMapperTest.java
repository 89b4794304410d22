package cn.jianfu.clue;

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

/** The mapper's SQL against the real MariaDB schema; each test rolls back. */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ClueMapperTest {

    @Autowired
    ClueMapper mapper;

    @Autowired
    JdbcTemplate jdbc;

    long orgA;
    long orgB;

    @BeforeEach
    void orgs() {
        LocalDateTime now = LocalDateTime.now();
        jdbc.update(
                "INSERT INTO org_unit (code, name, type, created_at) VALUES ('CM-A', '线索部门甲', 'COUNTY_DEPT', ?)", now);
        jdbc.update("INSERT INTO org_unit (code, name, type, created_at) VALUES ('CM-B', '线索乡镇乙', 'TOWNSHIP', ?)", now);
        orgA = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = 'CM-A'", Long.class);
        orgB = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = 'CM-B'", Long.class);
    }

    private ClueRow clue(String no, ClueStatus status, LocalDateTime created) {
        ClueRow r = new ClueRow();
        r.clueNo = no;
        r.category = ClueCategory.INSPECTIONS;
        r.source = ClueSource.PORTAL;
        r.reportedOrgId = orgA;
        r.description = "映射测试：" + no;
        r.anonymous = true;
        r.queryCodeHash = "$2a$10$hash";
        r.status = status;
        r.createdAt = created;
        r.updatedAt = created;
        mapper.insert(r);
        return r;
    }

    @Test
    void insertsUpdatesAndFindsByNumber() {
        ClueRow saved = clue("XS-1990-0001", ClueStatus.TRIAGE, LocalDateTime.of(1990, 5, 1, 9, 0));
        saved.status = ClueStatus.CLOSED;
        saved.rating = Rating.UNSATISFIED;
        saved.reopenCount = 1;
        saved.typical = true;
        saved.closedAt = LocalDateTime.of(1990, 5, 9, 9, 0);
        mapper.update(saved);
        ClueRow read = mapper.findByClueNo("XS-1990-0001").orElseThrow();
        assertThat(read.id).isEqualTo(saved.id);
        assertThat(read.status).isEqualTo(ClueStatus.CLOSED);
        assertThat(read.rating).isEqualTo(Rating.UNSATISFIED);
        assertThat(read.reopenCount).isEqualTo(1);
        assertThat(read.typical).isTrue();
        assertThat(read.anonymous).isTrue();
        assertThat(mapper.findByClueNo("XS-1990-0002")).isEmpty();
    }

    @Test
    void countsClueNumbersPerYear() {
        assertThat(mapper.lockCounter(1991)).isNull();
        mapper.insertCounter(1991);
        mapper.updateCounter(1991, mapper.lockCounter(1991) + 1);
        mapper.updateCounter(1991, mapper.lockCounter(1991) + 1);
        assertThat(mapper.lockCounter(1991)).isEqualTo(2);
        assertThat(mapper.lockCounter(1992)).isNull();
    }

    @Test
    void searchesByUnitStatusAndPeriodAndCountsByUnit() {
        ClueRow a = clue("XS-1993-0001", ClueStatus.VERIFYING, LocalDateTime.of(1993, 3, 1, 9, 0));
        ClueRow b = clue("XS-1993-0002", ClueStatus.TRIAGE, LocalDateTime.of(1993, 3, 2, 9, 0));
        ClueUnitRow unit = new ClueUnitRow();
        unit.clueId = a.id;
        unit.orgId = orgB;
        unit.unitRole = UnitRole.GRASSROOTS;
        unit.status = UnitStatus.VERIFYING;
        mapper.insertUnit(unit);
        unit.status = UnitStatus.RECTIFYING;
        unit.outcome = VerificationOutcome.PARTLY_SUBSTANTIATED;
        unit.planDeadline = LocalDate.of(1993, 4, 1);
        mapper.updateUnit(unit);
        assertThat(mapper.findUnits(a.id)).singleElement().satisfies(u -> {
            assertThat(u.outcome).isEqualTo(VerificationOutcome.PARTLY_SUBSTANTIATED);
            assertThat(u.planDeadline).isEqualTo(LocalDate.of(1993, 4, 1));
        });
        assertThat(mapper.isAssignedTo(a.id, orgB)).isTrue();
        assertThat(mapper.isAssignedTo(b.id, orgB)).isFalse();

        LocalDateTime from = LocalDateTime.of(1993, 1, 1, 0, 0);
        LocalDateTime to = LocalDateTime.of(1994, 1, 1, 0, 0);
        List<ClueRow> byUnit = mapper.search(new ClueSearch(orgB, null, null, null, null, from, to, null), 0, 10);
        assertThat(byUnit).extracting(r -> r.id).containsExactly(a.id);
        assertThat(mapper.count(new ClueSearch(null, ClueStatus.TRIAGE, null, null, null, from, to, null)))
                .isEqualTo(1);
        assertThat(mapper.count(new ClueSearch(null, null, null, null, "XS-1993-0002", null, null, null)))
                .isEqualTo(1);
        assertThat(mapper.statistics(from, to)).hasSize(2).allSatisfy(s -> assertThat(s.escalated)
                .isFalse());
        assertThat(mapper.countByUnit(from, to)).singleElement().satisfies(c -> {
            assertThat(c.orgId()).isEqualTo(orgB);
            assertThat(c.count()).isEqualTo(1);
        });
    }

    @Test
    void keepsMessagesInOrder() {
        ClueRow a = clue("XS-1995-0001", ClueStatus.RATING, LocalDateTime.of(1995, 1, 1, 9, 0));
        mapper.insertMessage(a.id, ClueMessage.Kind.SUPPLEMENT, "补充", LocalDateTime.of(1995, 1, 2, 9, 0));
        mapper.insertMessage(a.id, ClueMessage.Kind.REPLY, "答复", LocalDateTime.of(1995, 1, 3, 9, 0));
        assertThat(mapper.findMessages(a.id))
                .extracting(ClueMessage::kind)
                .containsExactly(ClueMessage.Kind.SUPPLEMENT, ClueMessage.Kind.REPLY);
    }
}
