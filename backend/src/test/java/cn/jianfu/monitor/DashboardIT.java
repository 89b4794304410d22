package cn.jianfu.monitor;

import static cn.jianfu.monitor.DashboardJson.counts;
import static cn.jianfu.monitor.DashboardJson.rate;
import static cn.jianfu.monitor.DashboardJson.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jianfu.clue.DashboardClueFixture;
import cn.jianfu.clue.DashboardClueFixture.Units;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.EngineClock;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The clue section of the dashboard against the hand-counted fixture of {@link DashboardClueFixture}
 * (read that table first): every figure, the period, each scoping rule, and that every number's
 * drill-down lists exactly the clues it counts.
 */
@JianfuTest
@Import(DashboardClueFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIT {

    static final String MARCH = "from=1987-03-01&to=1987-03-31";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    DashboardClueFixture fixture;

    County c;
    Units u;

    @BeforeAll
    void fixture() {
        c = counties.create();
        u = fixture.create(c);
    }

    @BeforeEach
    void now() {
        EngineClock.set(DashboardClueFixture.NOW);
    }

    @AfterAll
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void countyTotalsOfMarch() throws Exception {
        JsonNode d = getJson("/api/monitor/clues?" + MARCH, c.officer());
        assertThat(d.at("/scope/kind").asText()).isEqualTo("COUNTY");
        JsonNode t = d.get("totals");
        assertThat(t.get("received").asLong()).isEqualTo(7); // C1-C7
        assertThat(t.get("accepted").asLong()).isEqualTo(5); // C1, C2, C3, C6, C7
        assertThat(t.get("closed").asLong()).isEqualTo(2); // C1, C2
        assertThat(t.get("assigned").asLong()).isEqualTo(6); // C1-A, C2-V1, C2-B, C3-A, C6-V3, C7-V2
        assertThat(rate(t.get("closure"))).isEqualTo("2/5=0.4");
        assertThat(rate(t.get("satisfaction"))).isEqualTo("1/2=0.5"); // C1 of C1, C2
        // all six were verified or are past their limit (C3-A); in time: C1-A, C2-V1, C6-V3, C7-V2
        assertThat(rate(t.get("response"))).isEqualTo("4/6=0.667");
        // substantiated: C1-A, C2-V1, C6-V3; accepted rectification: C1-A, C2-V1
        assertThat(rate(t.get("resolution"))).isEqualTo("2/3=0.667");
        // finished: C1-A, C2-V1, C2-B, C7-V2; on time: C1-A, C7-V2 (C2-V1 reported late, C2-B verified late)
        assertThat(rate(t.get("onTime"))).isEqualTo("2/4=0.5");
    }

    @Test
    void countsByCategoryTownshipAndMonth() throws Exception {
        JsonNode d = getJson("/api/monitor/clues?" + MARCH, c.officer());
        assertThat(counts(d.get("byCategory"), "key"))
                .contains("FINGERTIP_FORMALISM=3", "INSPECTIONS=2", "MEETINGS_AND_DOCUMENTS=2", "OTHER=0");
        assertThat(counts(d.get("byTownship"), "name"))
                .containsExactly(c.township().name() + "=2", u.t2().name() + "=1"); // C2, C7 | C6
        assertThat(d.get("byMonth")).hasSize(1);
        JsonNode march = d.get("byMonth").get(0);
        assertThat(march.get("month").asText()).isEqualTo("1987-03");
        assertThat(march.get("received").asLong()).isEqualTo(7);
        assertThat(rate(march.get("closure"))).isEqualTo("2/5=0.4");

        JsonNode quarter = getJson("/api/monitor/clues?from=1987-02-01&to=1987-04-30", c.officer());
        assertThat(quarter.get("byMonth"))
                .extracting(
                        m -> m.get("month").asText() + ":" + m.get("received").asLong())
                .containsExactly("1987-02:1", "1987-03:7", "1987-04:1"); // C8 | C1-C7 | C9
        // C8 (A, verified in time, not substantiated) and C9 (V1, not yet due) join the figures
        assertThat(rate(quarter.at("/totals/response"))).isEqualTo("5/7=0.714");
        JsonNode empty = getJson("/api/monitor/clues?from=1987-01-01&to=1987-01-31", c.officer());
        assertThat(empty.at("/totals/received").asLong()).isZero();
        assertThat(empty.at("/totals/closure/value").isNull()).isTrue();
        assertThat(empty.get("units")).isEmpty();
    }

    @Test
    void ratesAndRanksPerUnit() throws Exception {
        JsonNode units = getJson("/api/monitor/clues?" + MARCH, c.officer()).get("units");
        assertThat(units).hasSize(5);
        assertThat(unit(units, u.a()))
                .isEqualTo("assigned=2 closed=1 response=1/2=0.5 resolution=1/1=1.0 satisfaction=1/1=1.0"
                        + " closure=1/2=0.5 onTime=1/1=1.0 ranks=1,1,1,2,1/2");
        assertThat(unit(units, u.b()))
                .isEqualTo("assigned=1 closed=1 response=0/1=0.0 resolution=0/0=— satisfaction=0/1=0.0"
                        + " closure=1/1=1.0 onTime=0/1=0.0 ranks=2,-,2,1,2/2");
        assertThat(unit(units, u.v1()))
                .isEqualTo("assigned=1 closed=1 response=1/1=1.0 resolution=1/1=1.0 satisfaction=0/1=0.0"
                        + " closure=1/1=1.0 onTime=0/1=0.0 ranks=1,1,1,1,2/3");
        assertThat(unit(units, u.v2()))
                .isEqualTo("assigned=1 closed=0 response=1/1=1.0 resolution=0/0=— satisfaction=0/0=—"
                        + " closure=0/1=0.0 onTime=1/1=1.0 ranks=1,-,-,2,1/3");
        assertThat(unit(units, u.v3()))
                .isEqualTo("assigned=1 closed=0 response=1/1=1.0 resolution=0/1=0.0 satisfaction=0/0=—"
                        + " closure=0/1=0.0 onTime=0/0=— ranks=1,2,-,2,-/3");
        // ranked by 办结率, highest first
        assertThat(units.get(0).get("closure").get("value").asDouble()).isEqualTo(1.0);
        assertThat(units.get(units.size() - 1).get("closure").get("value").asDouble())
                .isEqualTo(0.0);
    }

    @Test
    void everyUnitFigureDrillsDownToExactlyItsClues() throws Exception {
        JsonNode units = getJson("/api/monitor/clues?" + MARCH, c.officer()).get("units");
        for (JsonNode row : units) {
            long org = row.get("orgId").asLong();
            String base = "/api/clues?scope=all&" + MARCH + "&unitOrgId=" + org + "&bucket=";
            assertThat(total(base + "ASSIGNED")).isEqualTo(row.get("assigned").asLong());
            assertThat(total(base + "CLOSED")).isEqualTo(row.get("closed").asLong());
            assertThat(total(base + "RESPONSE_DUE"))
                    .isEqualTo(row.at("/response/whole").asLong());
            assertThat(total(base + "RESPONDED_ON_TIME"))
                    .isEqualTo(row.at("/response/part").asLong());
            assertThat(total(base + "SUBSTANTIATED"))
                    .isEqualTo(row.at("/resolution/whole").asLong());
            assertThat(total(base + "RESOLVED"))
                    .isEqualTo(row.at("/resolution/part").asLong());
            assertThat(total(base + "RATED"))
                    .isEqualTo(row.at("/satisfaction/whole").asLong());
            assertThat(total(base + "SATISFIED"))
                    .isEqualTo(row.at("/satisfaction/part").asLong());
            assertThat(total(base + "FINISHED"))
                    .isEqualTo(row.at("/onTime/whole").asLong());
            assertThat(total(base + "ON_TIME")).isEqualTo(row.at("/onTime/part").asLong());
        }
        JsonNode d = getJson("/api/monitor/clues?" + MARCH, c.officer());
        String county = "/api/clues?scope=all&" + MARCH;
        assertThat(total(county + "&bucket=ACCEPTED"))
                .isEqualTo(d.at("/totals/accepted").asLong());
        assertThat(total(county + "&townshipId=" + c.township().id())).isEqualTo(2);
        assertThat(total(county + "&townshipId=" + u.t2().id())).isEqualTo(1);
        assertThat(total("/api/clues?scope=all&from=1987-03-01&to=1987-03-31&category=INSPECTIONS"))
                .isEqualTo(2);
    }

    @Test
    void aDepartmentSeesItsOwnFiguresAndRankOnly() throws Exception {
        JsonNode d = getJson("/api/monitor/clues?" + MARCH, c.applicantA());
        assertThat(d.at("/scope/kind").asText()).isEqualTo("UNIT");
        assertThat(d.at("/totals/received").asLong()).isEqualTo(2); // C1, C3
        assertThat(rate(d.at("/totals/closure"))).isEqualTo("1/2=0.5");
        assertThat(d.get("units")).hasSize(1);
        assertThat(unit(d.get("units"), u.a())).endsWith("ranks=1,1,1,2,1/2");
        assertThat(json.writeValueAsString(d)).doesNotContain(c.deptB().name());
        // its own drill-down, never another unit's
        assertThat(total("/api/clues?" + MARCH + "&bucket=RESPONDED_ON_TIME", c.applicantA()))
                .isEqualTo(1);
        status("/api/clues?" + MARCH + "&unitOrgId=" + u.b().id(), c.applicantA(), 403);
        status("/api/clues?scope=all&" + MARCH, c.applicantA(), 403);
        status("/api/clues?scope=township", c.applicantA(), 403);
    }

    @Test
    void aTownshipSeesItsVillages() throws Exception {
        JsonNode d = getJson("/api/monitor/clues?" + MARCH, u.townshipUser());
        assertThat(d.at("/scope/kind").asText()).isEqualTo("TOWNSHIP");
        assertThat(d.at("/totals/received").asLong()).isEqualTo(2); // C2 (V1), C7 (V2)
        assertThat(d.get("units"))
                .extracting(n -> n.get("orgId").asLong())
                .containsExactlyInAnyOrder(u.v1().id(), u.v2().id());
        assertThat(counts(d.get("byTownship"), "name"))
                .containsExactly(c.township().name() + "=2");
        assertThat(total("/api/clues?scope=township&" + MARCH, u.townshipUser()))
                .isEqualTo(2);
        assertThat(total("/api/clues?" + MARCH + "&unitOrgId=" + u.v1().id() + "&bucket=RATED", u.townshipUser()))
                .isEqualTo(1);
        status("/api/clues?" + MARCH + "&unitOrgId=" + u.v3().id(), u.townshipUser(), 403);
        status("/api/clues?" + MARCH + "&unitOrgId=" + u.a().id(), u.townshipUser(), 403);
    }

    @Test
    void aVillageSeesItselfAndTheLeadershipTheCounty() throws Exception {
        JsonNode v = getJson("/api/monitor/clues?" + MARCH, u.v3User());
        assertThat(v.at("/scope/kind").asText()).isEqualTo("UNIT");
        assertThat(v.get("units")).extracting(n -> n.get("orgId").asLong()).containsExactly(u.v3().id());
        assertThat(v.at("/totals/received").asLong()).isEqualTo(1);
        JsonNode lead = getJson("/api/monitor/clues?" + MARCH, c.approver());
        assertThat(lead.at("/scope/kind").asText()).isEqualTo("COUNTY");
        assertThat(lead.get("units")).hasSize(5);
        assertThat(total("/api/clues?scope=all&" + MARCH, c.approver())).isEqualTo(7);
        JsonNode reviewer = getJson("/api/monitor/clues?" + MARCH, c.reviewer());
        assertThat(reviewer.at("/scope/kind").asText()).isEqualTo("UNIT");
        assertThat(reviewer.at("/totals/received").asLong()).isZero();
    }

    @Test
    void badPeriodsAreRefusedOnTheField() throws Exception {
        JsonNode reversed = error("/api/monitor/clues?from=1987-04-01&to=1987-03-01", c.officer());
        assertThat(reversed.at("/fieldErrors/from").asText()).contains("开始日期不能晚于结束日期");
        JsonNode bad = error("/api/monitor/clues?from=1987-13-01", c.officer());
        assertThat(bad.at("/fieldErrors/from").asText()).contains("yyyy-MM-dd");
        assertThat(error("/api/clues?from=1987-04-01&to=1987-03-01", c.officer())
                        .at("/fieldErrors/from")
                        .asText())
                .isNotBlank();
        assertThat(error("/api/clues?bucket=NOPE", c.officer())
                        .at("/fieldErrors/bucket")
                        .asText())
                .isNotBlank();
    }

    JsonNode getJson(String url, CurrentUser who) throws Exception {
        String body = mvc.perform(get(url).with(user(who)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode n = json.readTree(body);
        assertThat(n.has("status")).as(body).isFalse();
        return n;
    }

    long total(String url) throws Exception {
        return total(url, c.officer());
    }

    long total(String url, CurrentUser who) throws Exception {
        return getJson(url, who).get("total").asLong();
    }

    void status(String url, CurrentUser who, int status) throws Exception {
        assertThat(mvc.perform(get(url).with(user(who)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as(url)
                .isEqualTo(status);
    }

    JsonNode error(String url, CurrentUser who) throws Exception {
        var res = mvc.perform(get(url).with(user(who))).andReturn().getResponse();
        assertThat(res.getStatus()).as(url).isEqualTo(400);
        return json.readTree(res.getContentAsString(StandardCharsets.UTF_8));
    }
}
