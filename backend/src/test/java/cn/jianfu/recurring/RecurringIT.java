package cn.jianfu.recurring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.common.Clock;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 未诉先办 on a hand-counted fixture in a period nobody else uses (March 2019, February before it),
 * and a special topic from opening to acceptance through the API.
 */
@JianfuTest
class RecurringIT {

    private static final LocalDateTime MARCH = LocalDateTime.of(2019, 3, 10, 10, 0);
    private static final LocalDateTime FEBRUARY = LocalDateTime.of(2019, 2, 10, 10, 0);

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestCounty counties;

    County c;

    @BeforeEach
    void county() {
        c = counties.create();
    }

    @Test
    void problemsThatKeepComingBackAreCountedByCategoryUnitTownshipAndText() throws Exception {
        // March: deptA gets three inspection clues (one substantiated), village 1 one more inspection clue,
        // village 2 two meeting clues; the three to deptA read alike. February: one inspection clue to deptA.
        String alike = "乡镇每周要求村里上报防汛值班照片和签到表，还要在工作群里打卡";
        long a1 = clue("INSPECTIONS", MARCH, alike + "一" + c.suffix(), c.deptA().id(), "SUBSTANTIATED");
        long a2 = clue(
                "INSPECTIONS",
                MARCH.plusDays(1),
                alike + "二" + c.suffix(),
                c.deptA().id(),
                null);
        long a3 = clue(
                "INSPECTIONS",
                MARCH.plusDays(2),
                alike + "三" + c.suffix(),
                c.deptA().id(),
                null);
        clue(
                "INSPECTIONS",
                MARCH.plusDays(3),
                "村卫生室药品台账每天要手工抄写三遍" + c.suffix(),
                c.village1().id(),
                null);
        clue(
                "MEETINGS_AND_DOCUMENTS",
                MARCH.plusDays(4),
                "一周开了五次视频会议" + c.suffix(),
                c.village2().id(),
                null);
        clue(
                "MEETINGS_AND_DOCUMENTS",
                MARCH.plusDays(5),
                "文件转发层层加码要求签收" + c.suffix(),
                c.village2().id(),
                null);
        clue("INSPECTIONS", FEBRUARY, "二月份的一条检查类线索" + c.suffix(), c.deptA().id(), null);

        JsonNode byCategory = recurring("CATEGORY");
        assertThat(byCategory).hasSize(1);
        assertThat(byCategory.get(0).get("key").asText()).isEqualTo("INSPECTIONS");
        assertThat(byCategory.get(0).get("clues").asLong()).isEqualTo(4);
        assertThat(byCategory.get(0).get("units").asLong()).isEqualTo(2);
        assertThat(byCategory.get(0).get("substantiated").asLong()).isEqualTo(1);
        assertThat(byCategory.get(0).get("previousClues").asLong()).isEqualTo(1);

        JsonNode byUnit = recurring("UNIT");
        assertThat(byUnit).hasSize(1);
        assertThat(byUnit.get(0).get("label").asText()).isEqualTo(c.deptA().name());
        assertThat(byUnit.get(0).get("clues").asLong()).isEqualTo(3);
        assertThat(ids(byUnit.get(0).get("clueIds"))).containsExactlyInAnyOrder(a1, a2, a3);

        JsonNode byTownship = recurring("TOWNSHIP");
        assertThat(byTownship).hasSize(1);
        assertThat(byTownship.get(0).get("label").asText())
                .isEqualTo(c.township().name());
        assertThat(byTownship.get(0).get("clues").asLong()).isEqualTo(3);
        assertThat(byTownship.get(0).get("units").asLong()).isEqualTo(2);
        assertThat(byTownship.get(0).get("previousClues").asLong()).isZero();

        JsonNode byText = recurring("TEXT");
        assertThat(byText).hasSize(1);
        assertThat(ids(byText.get(0).get("clueIds"))).containsExactly(a1, a2, a3);
        assertThat(byText.get(0).get("previousClues").isNull()).isTrue();

        send(
                c.applicantA(),
                get("/api/recurring-problems").param("from", "2019-03-01").param("to", "2019-03-31"),
                null,
                403);
        send(
                c.officer(),
                get("/api/recurring-problems").param("from", "2019-03-31").param("to", "2019-03-01"),
                null,
                400);
        // a missing bound is named
        assertThat(json.readTree(send(
                                c.officer(), get("/api/recurring-problems").param("from", "2019-03-01"), null, 400))
                        .at("/fieldErrors/to")
                        .asText())
                .isEqualTo("必填");
    }

    @Test
    void aSpecialTopicIsRectifiedByItsLeadUnitAndAcceptedByTheOffice() throws Exception {
        long first = clue("INSPECTIONS", MARCH, "专项线索一" + c.suffix(), c.deptA().id(), null);
        long second = clue("INSPECTIONS", MARCH, "专项线索二" + c.suffix(), c.deptA().id(), null);
        Map<String, Object> form = new HashMap<>();
        form.put("title", "清理村级工作群打卡😀");
        form.put("description", "各部门工作群要求村干部每日打卡，统一清理");
        form.put("leadOrgId", c.deptA().id());
        form.put("deadline", Clock.now().toLocalDate().plusDays(30).toString());
        form.put("clueIds", List.of(first));
        send(c.applicantA(), post("/api/special-topics"), form, 403);
        Map<String, Object> bad = new HashMap<>(form);
        bad.put("deadline", "2019-01-01");
        bad.put("leadOrgId", c.office().id());
        JsonNode errors = json.readTree(send(c.officer(), post("/api/special-topics"), bad, 400));
        assertThat(errors.get("fieldErrors").has("deadline")).isTrue();
        assertThat(errors.get("fieldErrors").has("leadOrgId")).isTrue();

        JsonNode opened = json.readTree(send(c.officer(), post("/api/special-topics"), form, 201));
        long id = opened.get("id").asLong();
        assertThat(opened.get("title").asText()).isEqualTo("清理村级工作群打卡😀");
        assertThat(opened.get("status").asText()).isEqualTo("RECTIFYING");
        send(c.officer(), post("/api/special-topics/" + id + "/clues"), Map.of("clueId", second), 200);
        send(c.officer(), post("/api/special-topics/" + id + "/clues"), Map.of("clueId", second), 409);
        send(c.applicantB(), get("/api/special-topics/" + id), null, 404);

        JsonNode forLead = json.readTree(send(c.applicantA(), get("/api/special-topics/" + id), null, 200));
        assertThat(forLead.get("clues")).hasSize(2);
        String rectify = forLead.get("taskId").asText();
        send(c.applicantB(), post("/api/special-topics/tasks/" + rectify + "/report"), Map.of("text", "x"), 403);
        send(c.applicantA(), post("/api/special-topics/tasks/" + rectify + "/report"), Map.of("text", " "), 400);
        JsonNode reported = json.readTree(send(
                c.applicantA(),
                post("/api/special-topics/tasks/" + rectify + "/report"),
                Map.of("text", "已清理12个工作群"),
                200));
        assertThat(reported.get("status").asText()).isEqualTo("ACCEPTING");

        String accept = reported.get("taskId").asText();
        send(c.officer(), post("/api/special-topics/tasks/" + accept + "/acceptance"), Map.of("accept", false), 400);
        send(
                c.officer(),
                post("/api/special-topics/tasks/" + accept + "/acceptance"),
                Map.of("accept", false, "text", "还有3个群未清理"),
                200);
        String again = json.readTree(send(c.applicantA(), get("/api/special-topics/" + id), null, 200))
                .get("taskId")
                .asText();
        send(c.applicantA(), post("/api/special-topics/tasks/" + again + "/report"), Map.of("text", "全部清理完毕"), 200);
        String last = json.readTree(send(c.officer(), get("/api/special-topics/" + id), null, 200))
                .get("taskId")
                .asText();
        JsonNode done = json.readTree(send(
                c.officer(), post("/api/special-topics/tasks/" + last + "/acceptance"), Map.of("accept", true), 200));
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("closedAt").isNull()).isFalse();
        assertThat(done.get("reports"))
                .extracting(r -> r.get("kind").asText())
                .containsExactly("REPORT", "SENT_BACK", "REPORT", "ACCEPTED");
        assertThat(json.readTree(send(c.applicantA(), get("/api/special-topics"), null, 200))
                        .get("items"))
                .extracting(t -> t.get("id").asLong())
                .containsExactly(id);
    }

    // ---------------------------------------------------------------- fixture

    private long clue(String category, LocalDateTime at, String description, long unitOrgId, String outcome) {
        String no = "RP" + c.suffix() + System.nanoTime() % 1000000;
        jdbc.update(
                "INSERT INTO clue (clue_no, category, source, description, anonymous, query_code_hash, status,"
                        + " created_at, updated_at) VALUES (?, ?, 'HOTLINE', ?, TRUE, 'x', 'VERIFYING', ?, ?)",
                no,
                category,
                description,
                at,
                at);
        long id = jdbc.queryForObject("SELECT id FROM clue WHERE clue_no = ?", Long.class, no);
        jdbc.update(
                "INSERT INTO clue_unit (clue_id, org_id, unit_role, status, outcome) VALUES (?, ?, 'DEPARTMENT', ?, ?)",
                id,
                unitOrgId,
                outcome == null ? "VERIFYING" : "RECTIFYING",
                outcome);
        return id;
    }

    private JsonNode recurring(String groupBy) throws Exception {
        return json.readTree(send(
                c.officer(),
                get("/api/recurring-problems")
                        .param("groupBy", groupBy)
                        .param("from", "2019-03-01")
                        .param("to", "2019-03-31"),
                null,
                200));
    }

    private static List<Long> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asLong)
                .toList();
    }

    private String send(CurrentUser u, MockHttpServletRequestBuilder request, Object body, int expected)
            throws Exception {
        request.with(user(u)).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request)
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
