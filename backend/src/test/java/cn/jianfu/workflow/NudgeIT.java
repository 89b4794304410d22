package cn.jianfu.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 催办 through the API, on both chains: who may nudge, once a case and day (also when clicked twice
 * at once), what the holders of the open step hear, and the line in the case's history.
 */
@JianfuTest
class NudgeIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    JdbcTemplate jdbc;

    County c;

    @BeforeEach
    void county() {
        c = counties.create();
    }

    record Answer(int status, String body) {}

    private Answer send(CurrentUser who, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r =
                mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
        return new Answer(r.getStatus(), r.getContentAsString(StandardCharsets.UTF_8));
    }

    private long submitted(String name) throws Exception {
        Answer created = send(
                c.applicantA(),
                post("/api/admission/applications")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(TestCounty.form(name + c.suffix(), c.deptA(), c.township()))));
        long id = json.readTree(created.body()).get("id").asLong();
        assertThat(send(c.applicantA(), post("/api/admission/applications/" + id + "/submit"))
                        .status())
                .isEqualTo(200);
        return id;
    }

    private long nudgeNotices(CurrentUser who) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id"
                        + " WHERE u.username = ? AND n.kind = 'TASK_NUDGED'",
                Long.class,
                who.getUsername());
    }

    private long nudgeLines(String subjectType, long id) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE subject_type = ? AND subject_id = ? AND action = 'NUDGED'",
                Long.class,
                subjectType,
                id);
    }

    @Test
    void theApplicantNudgesTheReviewersOnceADay() throws Exception {
        long id = submitted("催办事项");
        JsonNode before = json.readTree(
                send(c.applicantA(), get("/api/admission/applications/" + id)).body());
        assertThat(before.get("canNudge").asBoolean()).isTrue();

        // another department, a reviewer, and an application of another department
        assertThat(send(c.applicantB(), post("/api/admission/applications/" + id + "/nudge"))
                        .status())
                .isEqualTo(404);
        assertThat(send(c.reviewer(), post("/api/admission/applications/" + id + "/nudge"))
                        .status())
                .isEqualTo(403);
        assertThat(nudgeLines("ADMISSION_APPLICATION", id)).isZero();

        Answer first = send(c.applicantA(), post("/api/admission/applications/" + id + "/nudge"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(json.readTree(first.body()).get("canNudge").asBoolean()).isFalse();
        assertThat(nudgeNotices(c.reviewer())).isEqualTo(1);
        assertThat(nudgeNotices(c.approver()))
                .as("the approver holds no open step")
                .isZero();
        assertThat(nudgeLines("ADMISSION_APPLICATION", id)).isEqualTo(1);

        Answer again = send(c.applicantA(), post("/api/admission/applications/" + id + "/nudge"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(json.readTree(again.body()).get("message").asText()).contains("今天已经催办过");
        assertThat(nudgeNotices(c.reviewer())).isEqualTo(1);
        assertThat(nudgeLines("ADMISSION_APPLICATION", id)).isEqualTo(1);
    }

    @Test
    void aDoubleClickNudgesOnce() throws Exception {
        long id = submitted("双击催办");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> clicks = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                clicks.add(pool.submit(() -> {
                    start.await();
                    return send(c.applicantA(), post("/api/admission/applications/" + id + "/nudge"));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Answer> f : clicks) {
                statuses.add(f.get(60, TimeUnit.SECONDS).status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(nudgeLines("ADMISSION_APPLICATION", id)).isEqualTo(1);
        assertThat(nudgeNotices(c.reviewer())).isEqualTo(1);
    }

    @Test
    void anApplicationBackWithItsDepartmentHasNobodyElseToNudge() throws Exception {
        long id = submitted("退回后催办");
        String task = jdbc.queryForObject(
                "SELECT t.ID_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_"
                        + " WHERE e.BUSINESS_KEY_ = ? AND e.PROC_DEF_ID_ LIKE 'admission:%'",
                String.class, String.valueOf(id));
        assertThat(send(
                                c.reviewer(),
                                post("/api/admission/tasks/" + task + "/review")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(json.writeValueAsString(
                                                Map.of("decision", "RETURN", "comment", "请补充依据"))))
                        .status())
                .isEqualTo(200);
        assertThat(json.readTree(send(c.applicantA(), get("/api/admission/applications/" + id))
                                .body())
                        .get("canNudge")
                        .asBoolean())
                .isFalse();
        Answer refused = send(c.applicantA(), post("/api/admission/applications/" + id + "/nudge"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(nudgeLines("ADMISSION_APPLICATION", id)).isZero();
    }

    @Test
    void theOfficeNudgesTheUnitsOfAClue() throws Exception {
        Answer received = send(
                c.officer(),
                post("/api/clues")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "category",
                                "FINGERTIP_FORMALISM",
                                "source",
                                "HOTLINE",
                                "reportedOrgId",
                                c.deptA().id(),
                                "description",
                                "催办线索：每天要在群里打卡上传照片" + c.suffix(),
                                "anonymous",
                                true))));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        long id = json.readTree(received.body()).get("id").asLong();
        // nothing to nudge while the office itself holds the clue
        assertThat(send(c.officer(), post("/api/clues/" + id + "/nudge")).status())
                .isEqualTo(409);
        String triage = jdbc.queryForObject(
                "SELECT t.ID_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_"
                        + " WHERE e.BUSINESS_KEY_ = ? AND e.PROC_DEF_ID_ LIKE 'clue:%'",
                String.class, String.valueOf(id));
        assertThat(send(
                                c.officer(),
                                post("/api/clues/tasks/" + triage + "/triage")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(json.writeValueAsString(Map.of(
                                                "decision",
                                                "ASSIGN",
                                                "unitIds",
                                                List.of(c.deptA().id())))))
                        .status())
                .isEqualTo(200);

        assertThat(send(c.applicantA(), post("/api/clues/" + id + "/nudge")).status())
                .isEqualTo(403);
        assertThat(send(c.officer(), post("/api/clues/" + id + "/nudge")).status())
                .isEqualTo(200);
        assertThat(nudgeNotices(c.applicantA())).isEqualTo(1);
        assertThat(nudgeLines("CLUE", id)).isEqualTo(1);
        assertThat(send(c.officer(), post("/api/clues/" + id + "/nudge")).status())
                .isEqualTo(409);
        assertThat(send(c.officer(), post("/api/clues/999999999/nudge")).status())
                .isEqualTo(404);
    }
}
