package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jianfu.org.Role;
import cn.jianfu.org.UserForm;
import cn.jianfu.org.UserService;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Double clicks and two people at once, fired really concurrently: one of them wins, every other
 * gets 409 with a message a person understands — never a 500 — and nothing is done twice.
 */
@JianfuTest
class AdmissionRacesIT {

    static final int AT_ONCE = 6;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    County c;
    ExecutorService pool;

    @BeforeEach
    void county() {
        c = counties.create();
        pool = Executors.newFixedThreadPool(AT_ONCE);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    record Answer(int status, String body) {}

    private Answer send(CurrentUser who, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r =
                mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
        return new Answer(r.getStatus(), r.getContentAsString());
    }

    /** Runs every call at the same moment and returns their answers. */
    private List<Answer> together(List<Callable<Answer>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> futures = new ArrayList<>();
        for (Callable<Answer> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> f : futures) {
            answers.add(f.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private static void oneWinsTheOthersConflict(List<Answer> answers) {
        assertThat(answers).extracting(Answer::status).doesNotContain(500);
        assertThat(answers)
                .as(answers.toString())
                .filteredOn(a -> a.status() / 100 == 2)
                .hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() / 100 != 2).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(409);
            assertThat(a.body()).containsPattern("[\\u4e00-\\u9fa5]");
        });
    }

    private long submitted() throws Exception {
        Answer created = send(
                c.applicantA(),
                post("/api/admission/applications")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                TestCounty.form("并发事项" + c.suffix(), c.deptA(), c.township()))));
        long id = json.readTree(created.body()).get("id").asLong();
        assertThat(send(c.applicantA(), post("/api/admission/applications/" + id + "/submit"))
                        .status())
                .isEqualTo(200);
        return id;
    }

    private String openTask(long id) {
        return jdbc.queryForObject(
                "SELECT t.ID_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_ "
                        + "WHERE e.BUSINESS_KEY_ = ? AND e.PROC_DEF_ID_ LIKE 'admission:%'",
                String.class, String.valueOf(id));
    }

    private CurrentUser anotherReviewer(int n) {
        String name = "rev" + n + c.suffix();
        users.create(
                new UserForm(name, "审核人" + n, TestCounty.PASSWORD, c.social().id(), Set.of(Role.REVIEWER), true));
        return new CurrentUser(users.findByUsername(name).orElseThrow());
    }

    @Test
    void aDraftSubmittedTwiceAtOnceStartsOneProcess() throws Exception {
        Answer created = send(
                c.applicantA(),
                post("/api/admission/applications")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                TestCounty.form("双击提交" + c.suffix(), c.deptA(), c.township()))));
        long id = json.readTree(created.body()).get("id").asLong();
        List<Callable<Answer>> clicks = Collections.nCopies(
                AT_ONCE, () -> send(c.applicantA(), post("/api/admission/applications/" + id + "/submit")));
        oneWinsTheOthersConflict(together(clicks));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ? AND PROC_DEF_KEY_ = 'admission'",
                        Long.class,
                        String.valueOf(id)))
                .isEqualTo(1);
    }

    @Test
    void reviewersClaimingTheSameTaskAtOnceLeaveOneHolder() throws Exception {
        long id = submitted();
        String task = openTask(id);
        List<Callable<Answer>> claims = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            CurrentUser reviewer = anotherReviewer(i);
            claims.add(() -> send(reviewer, post("/api/inbox/tasks/" + task + "/claim")));
        }
        oneWinsTheOthersConflict(together(claims));
        assertThat(jdbc.queryForObject("SELECT ASSIGNEE_ FROM ACT_RU_TASK WHERE ID_ = ?", String.class, task))
                .isNotNull();
    }

    @Test
    void theSameReviewSentSeveralTimesAtOnceIsDecidedOnce() throws Exception {
        long id = submitted();
        String task = openTask(id);
        List<Callable<Answer>> passes = Collections.nCopies(
                AT_ONCE,
                () -> send(
                        c.reviewer(),
                        post("/api/admission/tasks/" + task + "/review")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json.writeValueAsString(Map.of("decision", "PASS", "comment", "同意")))));
        oneWinsTheOthersConflict(together(passes));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_type = 'ADMISSION_APPLICATION' AND subject_id = ? "
                                + "AND action = 'REVIEWED'",
                        Long.class,
                        id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status FROM admission_application WHERE id = ?", String.class, id))
                .isEqualTo("IN_APPROVAL");
    }

    @Test
    void withdrawalRacingTheReviewLeavesOneConsistentOutcome() throws Exception {
        long id = submitted();
        String task = openTask(id);
        List<Answer> answers = together(List.of(
                () -> send(
                        c.applicantA(),
                        post("/api/admission/applications/" + id + "/withdraw")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json.writeValueAsString(Map.of("reason", "不再需要")))),
                () -> send(
                        c.reviewer(),
                        post("/api/admission/tasks/" + task + "/review")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json.writeValueAsString(Map.of("decision", "PASS"))))));
        assertThat(answers).extracting(Answer::status).doesNotContain(500);
        assertThat(answers).extracting(Answer::status).allMatch(s -> s == 200 || s == 409);
        assertThat(answers).extracting(Answer::status).contains(200);
        String status = jdbc.queryForObject("SELECT status FROM admission_application WHERE id = ?", String.class, id);
        JsonNode detail = json.readTree(send(
                        c.applicantA(),
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/admission/applications/" + id))
                .body());
        if (status.equals("WITHDRAWN")) {
            assertThat(detail.get("currentTask").isNull()).isTrue();
        } else {
            assertThat(status).isEqualTo("IN_APPROVAL");
            assertThat(answers.get(0).status()).isEqualTo(409);
        }
    }

    @Test
    void approvalsAtTheSameMomentGetDistinctListNumbers() throws Exception {
        List<String> approvals = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            long id = submitted();
            Answer reviewed = send(
                    c.reviewer(),
                    post("/api/admission/tasks/" + openTask(id) + "/review")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(Map.of("decision", "PASS"))));
            assertThat(reviewed.status()).isEqualTo(200);
            approvals.add(openTask(id));
        }
        List<Callable<Answer>> approve = new ArrayList<>();
        for (String task : approvals) {
            approve.add(() -> send(
                    c.approver(),
                    post("/api/admission/tasks/" + task + "/approve")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(Map.of("decision", "APPROVE")))));
        }
        List<Answer> answers = together(approve);
        assertThat(answers).extracting(Answer::status).containsOnly(200);
        List<String> numbers = new ArrayList<>();
        for (Answer a : answers) {
            numbers.add(json.readTree(a.body()).get("listNo").asText());
        }
        assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.matches("ZR-\\d{4}-\\d{3,}"));
    }
}
