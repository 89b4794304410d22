package cn.jianfu.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jianfu.clue.DashboardClueFixture;
import cn.jianfu.clue.DashboardClueFixture.Units;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.EngineClock;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's clue figures read from the daily tallies equal the same figures counted live from
 * the clue tables, for every kind of period and every scope, on the hand-counted fixture of {@link DashboardClueFixture} (in 2009, whose calendar is
 * 1987's: DashboardIT owns 1987, DashboardExportIT 1998).
 */
@JianfuTest
@Import(DashboardClueFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClueTalliesIT {

    @Autowired
    TestCounty counties;

    @Autowired
    DashboardClueFixture fixture;

    @Autowired
    ClueFigures figures;

    @Autowired
    ClueTallies tallies;

    @Autowired
    JdbcTemplate jdbc;

    County c;
    Units u;

    @BeforeAll
    void fixture() {
        c = counties.create();
        u = fixture.create(c, 2009);
    }

    @BeforeEach
    void now() {
        EngineClock.set(DashboardClueFixture.NOW.withYear(2009));
    }

    @AfterAll
    void realTime() {
        ClockUtil.reset();
    }

    static final List<DashboardPeriod> PERIODS = List.of(
            new DashboardPeriod(null, null),
            new DashboardPeriod(day(3, 1), day(3, 31)),
            new DashboardPeriod(day(2, 1), day(4, 30)),
            new DashboardPeriod(day(3, 3), day(3, 9)),
            new DashboardPeriod(day(2, 27), day(4, 1)),
            new DashboardPeriod(day(2, 15), day(4, 10)),
            new DashboardPeriod(null, day(3, 4)),
            new DashboardPeriod(day(3, 5), null),
            new DashboardPeriod(day(3, 1), null),
            new DashboardPeriod(null, day(2, 28)));

    static LocalDate day(int month, int day) {
        return LocalDate.of(2009, month, day);
    }

    @Test
    void theDailyTalliesEqualEverythingCountedLive() {
        Map<String, CurrentUser> users = Map.of(
                "county office", c.officer(),
                "department A", c.applicantA(),
                "township T", u.townshipUser(),
                "village V2", u.v2User(),
                "village V3", u.v3User());
        users.forEach((who, user) -> PERIODS.forEach(period ->
                assertThat(figures.of(period, user)).as(who + " " + period).isEqualTo(figures.live(period, user))));
    }

    @Test
    void theFixturesDaysAreReadFromTheTallies() {
        tallies.refreshStale();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clue_tally_stale", Long.class))
                .isZero();
        // March 2009 of the county: the fixture's seven March clues (other tests keep out of 2009)
        assertThat(jdbc.queryForObject(
                        "SELECT SUM(received) FROM clue_day_scope WHERE scope_org_id = 0"
                                + " AND day_key BETWEEN 20090301 AND 20090331",
                        Long.class))
                .isEqualTo(7);
        // a change behind the tallies' back is not seen until its days are marked, and then is
        jdbc.update("UPDATE clue SET category = 'MEETINGS_AND_DOCUMENTS' WHERE category = 'INSPECTIONS'"
                + " AND created_at >= '2009-03-01' AND created_at < '2009-04-01'");
        DashboardPeriod march = new DashboardPeriod(day(3, 1), day(3, 31));
        long inspections = inspections(figures.of(march, c.officer()));
        jdbc.update("INSERT INTO clue_tally_stale (day_key) VALUES (20090304), (20090305)");
        assertThat(inspections).isEqualTo(2);
        assertThat(inspections(figures.of(march, c.officer()))).isZero();
        assertThat(figures.of(march, c.officer())).isEqualTo(figures.live(march, c.officer()));
    }

    private static long inspections(ClueDashboard d) {
        return d.byCategory().stream()
                .filter(x -> x.key().equals("INSPECTIONS"))
                .findFirst()
                .orElseThrow()
                .count();
    }
}
