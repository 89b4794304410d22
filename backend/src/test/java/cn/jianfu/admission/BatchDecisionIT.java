package cn.jianfu.admission;

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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 批量通过 / 批量审批: each task decided on its own, refusals explained per task, nothing decided twice. */
@JianfuTest
class BatchDecisionIT {

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

    record Answer(int status, JsonNode body) {}

    private Answer send(CurrentUser who, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r =
                mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        return new Answer(r.getStatus(), body.isEmpty() ? null : json.readTree(body));
    }

    private long submitted(CurrentUser applicant, String name) throws Exception {
        var lead = applicant == c.applicantA() ? c.deptA() : c.deptB();
        Answer created = send(
                applicant,
                post("/api/admission/applications")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(TestCounty.form(name + c.suffix(), lead, c.township()))));
        long id = created.body().get("id").asLong();
        assertThat(send(applicant, post("/api/admission/applications/" + id + "/submit"))
                        .status())
                .isEqualTo(200);
        return id;
    }

    private String taskOf(long id) throws Exception {
        return send(c.admin(), get("/api/admission/applications/" + id))
                .body()
                .at("/currentTask/taskId")
                .asText();
    }

    private Answer batch(CurrentUser who, List<String> taskIds, String decision, String comment) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("taskIds", taskIds);
        body.put("decision", decision);
        body.put("comment", comment);
        return send(
                who,
                post("/api/admission/tasks/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)));
    }

    private long lines(long id, String action) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE subject_type = 'ADMISSION_APPLICATION' AND subject_id = ?"
                        + " AND action = ?",
                Long.class,
                id,
                action);
    }

    @Test
    void eachTaskIsDecidedOnItsOwnAndRefusalsAreExplained() throws Exception {
        long first = submitted(c.applicantB(), "批量一");
        long decidedMeanwhile = submitted(c.applicantB(), "批量二");
        long ownDepartment = submitted(c.applicantA(), "批量三");
        long last = submitted(c.applicantB(), "批量四");
        List<String> tasks = List.of(taskOf(first), taskOf(decidedMeanwhile), taskOf(ownDepartment), taskOf(last));

        Answer single = send(
                c.reviewer(),
                post("/api/admission/tasks/" + tasks.get(1) + "/review")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"PASS\"}"));
        assertThat(single.status()).isEqualTo(200);

        // applicantReviewer works in deptA: the deptA application is theirs to keep away from
        Answer answer = batch(c.applicantReviewer(), tasks, "PASS", "同意𠀀😀");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode results = answer.body().get("results");
        assertThat(results).hasSize(4);
        assertThat(results.get(0).get("ok").asBoolean()).isTrue();
        assertThat(results.get(0).get("applicationId").asLong()).isEqualTo(first);
        assertThat(results.get(1).get("ok").asBoolean()).isFalse();
        assertThat(results.get(1).get("reason").asText()).contains("已办结");
        assertThat(results.get(2).get("ok").asBoolean()).isFalse();
        assertThat(results.get(2).get("reason").asText()).contains("本单位");
        assertThat(results.get(3).get("ok").asBoolean()).isTrue();

        assertThat(lines(first, "REVIEWED")).isEqualTo(1);
        assertThat(lines(decidedMeanwhile, "REVIEWED")).isEqualTo(1);
        assertThat(lines(ownDepartment, "REVIEWED")).isZero();
        assertThat(lines(last, "REVIEWED")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT comment FROM audit_event WHERE subject_type = 'ADMISSION_APPLICATION'"
                                + " AND subject_id = ? AND action = 'REVIEWED'",
                        String.class,
                        first))
                .isEqualTo("同意𠀀😀");
        assertThat(send(c.admin(), get("/api/admission/applications/" + ownDepartment))
                        .body()
                        .at("/currentTask/taskKey")
                        .asText())
                .isEqualTo("Task_Review");

        Answer again = batch(c.applicantReviewer(), tasks, "PASS", "同意𠀀😀");
        assertThat(again.status()).isEqualTo(200);
        List<Boolean> oks = new ArrayList<>();
        again.body().get("results").forEach(r -> oks.add(r.get("ok").asBoolean()));
        assertThat(oks).containsOnly(false);
        assertThat(lines(first, "REVIEWED")).isEqualTo(1);
        assertThat(lines(last, "REVIEWED")).isEqualTo(1);

        // the approver approves both in one go; the reviewer cannot
        List<String> approvals = List.of(taskOf(first), taskOf(last));
        assertThat(batch(c.reviewer(), approvals, "APPROVE", null).status()).isEqualTo(403);
        Answer approved = batch(c.approver(), approvals, "APPROVE", null);
        assertThat(approved.status()).isEqualTo(200);
        approved.body().get("results").forEach(r -> assertThat(r.get("ok").asBoolean())
                .isTrue());
        assertThat(lines(first, "APPROVED")).isEqualTo(1);
        assertThat(lines(last, "APPROVED")).isEqualTo(1);
        assertThat(send(c.admin(), get("/api/admission/applications/" + first))
                        .body()
                        .get("status")
                        .asText())
                .isEqualTo("ADMITTED");
    }

    @Test
    void twoIdenticalBatchesAtOnceDecideEachTaskOnce() throws Exception {
        long one = submitted(c.applicantB(), "并发一");
        long two = submitted(c.applicantB(), "并发二");
        List<String> tasks = List.of(taskOf(one), taskOf(two));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Answer> answers = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> clicks = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                clicks.add(pool.submit(() -> {
                    start.await();
                    return batch(c.reviewer(), tasks, "PASS", "同意");
                }));
            }
            start.countDown();
            for (Future<Answer> f : clicks) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        int decided = 0;
        for (Answer a : answers) {
            assertThat(a.status()).isEqualTo(200);
            for (JsonNode r : a.body().get("results")) {
                decided += r.get("ok").asBoolean() ? 1 : 0;
            }
        }
        assertThat(decided).isEqualTo(2);
        assertThat(lines(one, "REVIEWED")).isEqualTo(1);
        assertThat(lines(two, "REVIEWED")).isEqualTo(1);
    }

    @Test
    void aReviewTaskIsNotApprovedInBatch() throws Exception {
        long id = submitted(c.applicantB(), "批量环节");
        Answer answer = batch(c.approver(), List.of(taskOf(id)), "APPROVE", null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().at("/results/0/ok").asBoolean()).isFalse();
        assertThat(lines(id, "APPROVED")).isZero();
    }

    @Test
    void badRequestsDecideNothing() throws Exception {
        long id = submitted(c.applicantB(), "批量校验");
        String task = taskOf(id);
        Answer none = batch(c.reviewer(), List.of(), "PASS", null);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body().at("/fieldErrors/taskIds").asText()).isNotBlank();
        List<String> many = new ArrayList<>(Collections.nCopies(1, task));
        IntStream.range(0, 50).forEach(i -> many.add("t" + i));
        assertThat(batch(c.reviewer(), many, "PASS", null).status()).isEqualTo(400);
        assertThat(batch(c.reviewer(), List.of(task), "RETURN", "退回").status()).isEqualTo(400);
        assertThat(batch(c.reviewer(), List.of(task), "PASS", "长".repeat(2001)).status())
                .isEqualTo(400);
        assertThat(batch(c.applicantA(), List.of(task), "PASS", null).status()).isEqualTo(403);
        assertThat(lines(id, "REVIEWED")).isZero();
    }
}
