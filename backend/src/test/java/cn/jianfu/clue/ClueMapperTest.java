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
        LocalDateTime rated = LocalDateTime.of(1990, 5, 8, 9, 0);
        LocalDateTime closed = LocalDateTime.of(1990, 5, 9, 9, 0);
        mapper.markReplied(saved.id, "已整改", LocalDateTime.of(1990, 5, 2, 9, 0));
        mapper.recordRating(saved.id, Rating.UNSATISFIED, "还没改", RatingVia.PORTAL, rated);
        mapper.markReopened(saved.id, rated);
        mapper.markClosed(saved.id, closed);
        mapper.markTypical(saved.id, true, "典型", closed, closed);
        ClueRow read = mapper.findByClueNo("XS-1990-0001").orElseThrow();
        assertThat(read.id).isEqualTo(saved.id);
        assertThat(read.status).isEqualTo(ClueStatus.CLOSED);
        assertThat(read.rating).isEqualTo(Rating.UNSATISFIED);
        assertThat(read.reopenCount).isEqualTo(1);
        assertThat(read.typical).isTrue();
        assertThat(read.anonymous).isTrue();
        assertThat(mapper.findByClueNo("XS-1990-0002")).isEmpty();
        // each statement sets only its own columns
        assertThat(read.reply).isNull();
        assertThat(read.repliedAt).isNull();
        assertThat(read.ratingComment).isEqualTo("还没改");
        assertThat(read.ratedAt).isEqualTo(rated);
        assertThat(read.closedAt).isEqualTo(closed);
        assertThat(read.typicalSummary).isEqualTo("典型");
        assertThat(read.description).isEqualTo("映射测试：XS-1990-0001");
        assertThat(read.updatedAt).isEqualTo(closed);
    }

    @Test
    void endsAClueNotAcceptedOrMerged() {
        ClueRow target = clue("XS-1996-0001", ClueStatus.VERIFYING, LocalDateTime.of(1996, 1, 1, 9, 0));
        ClueRow refused = clue("XS-1996-0002", ClueStatus.TRIAGE, LocalDateTime.of(1996, 1, 2, 9, 0));
        ClueRow merged = clue("XS-1996-0003", ClueStatus.TRIAGE, LocalDateTime.of(1996, 1, 3, 9, 0));
        LocalDateTime at = LocalDateTime.of(1996, 1, 4, 9, 0);
        mapper.setNotAcceptedReason(refused.id, "与减负无关", at);
        mapper.markNotAccepted(refused.id, at);
        mapper.markMerged(merged.id, target.id, at);
        mapper.markAssigned(target.id, true, at);
        assertThat(mapper.load(refused.id)).satisfies(r -> {
            assertThat(r.status).isEqualTo(ClueStatus.NOT_ACCEPTED);
            assertThat(r.notAcceptedReason).isEqualTo("与减负无关");
            assertThat(r.closedAt).isEqualTo(at);
        });
        assertThat(mapper.load(merged.id)).satisfies(r -> {
            assertThat(r.status).isEqualTo(ClueStatus.MERGED);
            assertThat(r.mergedIntoId).isEqualTo(target.id);
            assertThat(r.closedAt).isEqualTo(at);
        });
        assertThat(mapper.load(target.id)).satisfies(r -> {
            assertThat(r.status).isEqualTo(ClueStatus.VERIFYING);
            assertThat(r.dualAssigned).isTrue();
            assertThat(r.assignedAt).isEqualTo(at);
            assertThat(r.closedAt).isNull();
        });
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
    void recordsUnitStepsAndSearchesByUnitStatusAndPeriod() {
        ClueRow a = clue("XS-1993-0001", ClueStatus.VERIFYING, LocalDateTime.of(1993, 3, 1, 9, 0));
        ClueRow b = clue("XS-1993-0002", ClueStatus.TRIAGE, LocalDateTime.of(1993, 3, 2, 9, 0));
        ClueUnitRow unit = new ClueUnitRow();
        unit.clueId = a.id;
        unit.orgId = orgB;
        unit.unitRole = UnitRole.GRASSROOTS;
        unit.status = UnitStatus.VERIFYING;
        mapper.insertUnit(unit);
        LocalDateTime at = LocalDateTime.of(1993, 3, 3, 9, 0);
        mapper.recordVerification(
                unit.id, UnitStatus.VERIFIED, VerificationOutcome.PARTLY_SUBSTANTIATED, "部分属实", "ver", at);
        mapper.markUnitsPlanning(List.of(unit.id));
        assertThat(mapper.findUnit(unit.id).orElseThrow().status).isEqualTo(UnitStatus.PLANNING);
        mapper.recordPlan(unit.id, "整改", LocalDate.of(1993, 4, 1), at);
        assertThat(mapper.findUnits(a.id)).singleElement().satisfies(u -> {
            assertThat(u.status).isEqualTo(UnitStatus.RECTIFYING);
            assertThat(u.outcome).isEqualTo(VerificationOutcome.PARTLY_SUBSTANTIATED);
            assertThat(u.findings).isEqualTo("部分属实");
            assertThat(u.planDeadline).isEqualTo(LocalDate.of(1993, 4, 1));
        });
        mapper.recordReport(unit.id, "已整改", at);
        mapper.sendUnitBack(unit.id);
        mapper.recordReport(unit.id, "已整改，附通知", at);
        mapper.markUnitAccepted(unit.id, at);
        assertThat(mapper.findUnitsOfClues(List.of(a.id, b.id))).singleElement().satisfies(u -> {
            assertThat(u.status).isEqualTo(UnitStatus.DONE);
            assertThat(u.sendBackCount).isEqualTo(1);
            assertThat(u.report).isEqualTo("已整改，附通知");
            assertThat(u.plan).isEqualTo("整改");
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
