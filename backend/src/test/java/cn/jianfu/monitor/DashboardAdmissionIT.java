package cn.jianfu.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jianfu.admission.DashboardAdmissionFixture;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.EngineClock;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
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
 * The admission section of the dashboard against the hand-counted fixture of
 * {@link DashboardAdmissionFixture} (read that table first): figures, scope, drill-downs.
 */
@JianfuTest
@Import(DashboardAdmissionFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardAdmissionIT {

    static final String MARCH = "from=1987-03-01&to=1987-03-31";
    static final LocalDateTime NOW = LocalDateTime.of(1987, 4, 20, 10, 0);

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    DashboardAdmissionFixture fixture;

    County c;

    @BeforeAll
    void fixture() {
        c = counties.create();
        fixture.create(c);
    }

    @BeforeEach
    void now() {
        EngineClock.set(NOW);
    }

    @AfterAll
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void countyFiguresOfMarch() throws Exception {
        JsonNode d = getJson("/api/monitor/admission?" + MARCH, c.officer());
        assertThat(d.get("submitted").asLong()).isEqualTo(4); // A1-A4
        assertThat(DashboardJson.counts(d.get("byStatus"), "key"))
                .contains("ADMITTED=1", "RETURNED=1", "REFUSED=1", "IN_REVIEW=1", "IN_APPROVAL=0", "WITHDRAWN=0");
        // review: A4 waiting and overdue; done for A1 (48 h), A2 (6 h), A3 (192 h, late)
        assertThat(step(d, "Task_Review")).isEqualTo("open=1 overdue=1 completed=3 hours=82.0 onTime=2/3=0.667");
        // approval: A1, 288 h, late
        assertThat(step(d, "Task_Approve")).isEqualTo("open=0 overdue=0 completed=1 hours=288.0 onTime=0/1=0.0");
        // revision has no time limit
        assertThat(step(d, "Task_Revise")).isEqualTo("open=1 overdue=0 completed=0 hours=— onTime=0/0=—");
        assertThat(d.get("departments"))
                .extracting(n -> n.get("name").asText() + ":"
                        + n.get("submitted").asLong() + ","
                        + n.get("refused").asLong() + "," + n.get("returned").asLong() + " #"
                        + n.get("rank").asInt()
                        + "/" + n.get("of").asInt())
                .containsExactly(c.deptB().name() + ":2,1,0 #1/2", c.deptA().name() + ":2,0,1 #2/2");
        // A1's item, admitted 03-16, is in force on 03-31
        assertThat(DashboardJson.counts(d.get("itemsByCategory"), "key")).contains("NEW=1", "BASIC=0");
        assertThat(DashboardJson.counts(d.get("itemsByLead"), "name"))
                .containsExactly(c.deptA().name() + "=1");
        JsonNode feb = getJson("/api/monitor/admission?from=1987-02-01&to=1987-02-28", c.officer());
        assertThat(feb.get("submitted").asLong()).isEqualTo(1); // A5
        assertThat(feb.get("itemsByLead")).isEmpty();
    }

    @Test
    void theNumbersDrillDownToTheApplicationList() throws Exception {
        String all = "/api/admission/applications?scope=all&" + MARCH;
        assertThat(total(all)).isEqualTo(4);
        assertThat(total(all + "&status=REFUSED&deptOrgId=" + c.deptB().id())).isEqualTo(1);
        assertThat(total(all + "&returned=true&deptOrgId=" + c.deptA().id())).isEqualTo(1);
        assertThat(total(all + "&step=Task_Review")).isEqualTo(3);
        assertThat(total(all + "&step=Task_Review&late=true")).isEqualTo(1);
        assertThat(total(all + "&step=Task_Approve&late=true")).isEqualTo(1);
        assertThat(total(all + "&overdue=true")).isEqualTo(1);
        assertThat(total(all + "&status=IN_REVIEW&overdue=true")).isEqualTo(1);
        assertThat(status(all + "&step=Task_Nope", c.officer())).isEqualTo(400);
        assertThat(status("/api/admission/applications?from=1987-04-01&to=1987-03-01", c.officer()))
                .isEqualTo(400);
    }

    @Test
    void aDepartmentSeesItsOwnAndTownshipsAndVillagesNone() throws Exception {
        JsonNode d = getJson("/api/monitor/admission?" + MARCH, c.applicantA());
        assertThat(d.at("/scope/kind").asText()).isEqualTo("UNIT");
        assertThat(d.get("submitted").asLong()).isEqualTo(2); // A1, A2
        assertThat(d.get("departments"))
                .extracting(n -> n.get("name").asText() + " #" + n.get("rank").asInt() + "/"
                        + n.get("of").asInt())
                .containsExactly(c.deptA().name() + " #2/2");
        assertThat(json.writeValueAsString(d)).doesNotContain(c.deptB().name());
        assertThat(status("/api/monitor/admission?" + MARCH, c.villager())).isEqualTo(403);
        assertThat(status("/api/monitor/export?table=ADMISSION_STEPS&" + MARCH, c.villager()))
                .isEqualTo(403);
        JsonNode lead = getJson("/api/monitor/admission?" + MARCH, c.approver());
        assertThat(lead.get("submitted").asLong()).isEqualTo(4);
    }

    static String step(JsonNode d, String key) {
        for (JsonNode s : d.get("steps")) {
            if (s.get("step").asText().equals(key)) {
                JsonNode h = s.get("averageHours");
                return "open=" + s.get("open").asLong() + " overdue="
                        + s.get("overdue").asLong() + " completed="
                        + s.get("completed").asLong() + " hours=" + (h == null || h.isNull() ? "—" : h.asText())
                        + " onTime=" + DashboardJson.rate(s.get("onTime"));
            }
        }
        return "absent";
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
        return getJson(url, c.officer()).get("total").asLong();
    }

    int status(String url, CurrentUser who) throws Exception {
        return mvc.perform(get(url).with(user(who))).andReturn().getResponse().getStatus();
    }
}
