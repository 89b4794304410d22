package cn.jianfu.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jianfu.clue.DashboardClueFixture;
import cn.jianfu.clue.DashboardClueFixture.Units;
import cn.jianfu.org.OrgForm;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.EngineClock;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An assignment the unit returned as not its business (退单) was the office's mistake: it counts for
 * none of the unit's figures (assigned, 响应率 and the rest), and no drill-down lists it.
 */
@JianfuTest
@Import(DashboardClueFixture.class)
class ReturnedAssignmentsIT {

    static final int YEAR = 1998;
    static final String MARCH = "from=1998-03-01&to=1998-03-31";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    DashboardClueFixture fixture;

    @Autowired
    OrgService orgs;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    private JsonNode getJson(String url, CurrentUser who) throws Exception {
        String body = mvc.perform(get(url).with(user(who)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private List<Long> unitIds(County c) throws Exception {
        List<Long> ids = new ArrayList<>();
        getJson("/api/monitor/clues?" + MARCH, c.officer())
                .get("units")
                .forEach(u -> ids.add(u.get("orgId").asLong()));
        return ids;
    }

    @Test
    void aReturnedAssignmentCountsForNoFigureOfTheUnit() throws Exception {
        County c = counties.create();
        Units u = fixture.create(c, YEAR);
        EngineClock.set(DashboardClueFixture.NOW.withYear(YEAR));
        OrgUnit wrong = orgs.create(new OrgForm("RX" + c.suffix(), "县林业局" + c.suffix(), OrgType.COUNTY_DEPT, null));
        assertThat(unitIds(c)).contains(u.a().id()).doesNotContain(wrong.id());

        // a clue of 县教育局 had also been sent to 县林业局, which returned it; its time limit has passed
        jdbc.update(
                "INSERT INTO clue_unit (clue_id, org_id, unit_role, status, verify_due_at)"
                        + " SELECT clue_id, ?, 'DEPARTMENT', 'RETURNED', ? FROM clue_unit WHERE org_id = ? LIMIT 1",
                wrong.id(),
                LocalDateTime.of(YEAR, 3, 10, 17, 0),
                u.a().id());

        assertThat(unitIds(c)).as("the unit has no figures").doesNotContain(wrong.id());
        String base = "/api/clues?scope=all&" + MARCH + "&unitOrgId=" + wrong.id() + "&bucket=";
        for (String bucket : List.of("ASSIGNED", "RESPONSE_DUE", "CLOSED")) {
            assertThat(getJson(base + bucket, c.officer()).get("total").asLong())
                    .as(bucket)
                    .isZero();
        }
    }
}
