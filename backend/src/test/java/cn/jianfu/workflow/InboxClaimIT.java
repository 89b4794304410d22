package cn.jianfu.workflow;

import static cn.jianfu.workflow.InboxTesting.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import cn.jianfu.workflow.InboxTesting.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Claiming (签收) and handing back (取消签收) from the inbox: who may, what is refused and how, the
 * audit trail of both, and two people claiming the same task at the same moment.
 */
@JianfuTest
class InboxClaimIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcTemplate jdbc;

    County c;
    InboxTesting t;
    ExecutorService pool;

    @BeforeEach
    void county() {
        c = counties.create();
        t = new InboxTesting(mvc, json, taskService);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private List<String> trail(String subjectType, long id) {
        return jdbc.queryForList(
                "SELECT CONCAT(action, ' ', actor_username, ' ', comment) FROM audit_event "
                        + "WHERE subject_type = ? AND subject_id = ? AND action IN ('CLAIMED', 'UNCLAIMED') ORDER BY id",
                String.class,
                subjectType,
                id);
    }

    private String assignee(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    @Test
    void aCandidateClaimsAndHandsBackAndBothAreRecorded() throws Exception {
        long id = t.submittedApplication(c, "签收事项");
        String task = t.task("admission", id, "Task_Review").getId();
        CurrentUser colleague = counties.extraUser(c, "rev2", c.social(), Role.REVIEWER);
        String claim = "/api/inbox/tasks/" + task + "/claim";
        String unclaim = "/api/inbox/tasks/" + task + "/unclaim";

        // not a candidate; the applicant's own department (separation of duties)
        t.call(c.applicantB(), post(claim), 403);
        t.call(c.applicantReviewer(), post(claim), 403);
        // nobody holds it yet: nothing to hand back
        assertThat(t.call(c.reviewer(), post(unclaim), 409).get("message").asText())
                .contains("尚未签收");

        t.call(c.reviewer(), post(claim), 204);
        assertThat(assignee(task)).isEqualTo(c.reviewer().getUsername());
        t.call(c.reviewer(), post(claim), 204); // claiming what one holds changes nothing
        JsonNode claimed = t.call(c.reviewer(), get("/api/inbox/claimed"), 200);
        assertThat(field(claimed, "taskId")).containsExactly(task);
        assertThat(field(claimed, "groupTask")).as("it can be handed back").containsExactly("true");
        assertThat(field(t.call(colleague, get("/api/inbox?unitId=" + c.deptA().id()), 200), "taskId"))
                .as("a claimed task leaves the other candidates' inbox")
                .isEmpty();

        JsonNode taken = t.call(colleague, post(claim), 409);
        assertThat(taken.get("message").asText()).contains("已由其他人签收");
        assertThat(t.call(colleague, post(unclaim), 403).get("message").asText())
                .contains("签收人本人");

        t.call(c.reviewer(), post(unclaim), 204);
        assertThat(assignee(task)).isNull();
        assertThat(field(t.call(colleague, get("/api/inbox?unitId=" + c.deptA().id()), 200), "taskId"))
                .containsExactly(task);
        assertThat(field(t.call(c.reviewer(), get("/api/inbox/claimed"), 200), "taskId"))
                .isEmpty();

        assertThat(trail("ADMISSION_APPLICATION", id))
                .containsExactly(
                        "CLAIMED " + c.reviewer().getUsername() + " 社会工作部审核（"
                                + c.deptA().name() + "）",
                        "UNCLAIMED " + c.reviewer().getUsername() + " 社会工作部审核（"
                                + c.deptA().name() + "）");

        t.call(c.reviewer(), post("/api/inbox/tasks/no-such-task/claim"), 404);
        t.call(c.reviewer(), post("/api/inbox/tasks/no-such-task/unclaim"), 404);
    }

    @Test
    void aStepGivenToOnePersonByNameCannotBeHandedBack() throws Exception {
        long id = t.submittedApplication(c, "退回修改事项");
        String review = t.task("admission", id, "Task_Review").getId();
        t.call(
                c.reviewer(),
                t.jsonPost(
                        "/api/admission/tasks/" + review + "/review",
                        Map.of("decision", "RETURN", "comment", "请补充法定依据")),
                200);
        String revise = t.task("admission", id, "Task_Revise").getId();
        assertThat(assignee(revise)).isEqualTo(c.applicantA().getUsername());
        assertThat(field(t.call(c.applicantA(), get("/api/inbox/claimed"), 200), "groupTask"))
                .as("given by name: nothing to hand it back to")
                .containsExactly("false");

        JsonNode refused = t.call(c.applicantA(), post("/api/inbox/tasks/" + revise + "/unclaim"), 409);
        assertThat(refused.get("message").asText()).contains("不能取消签收");
        assertThat(assignee(revise)).isEqualTo(c.applicantA().getUsername());
    }

    @Test
    void aVerifierClaimsOneUnitsVerificationOfADualAssignment() throws Exception {
        long clue = t.recordedClue(c, "乡镇要求村干部每天在工作群里拍照打卡");
        t.dualAssigned(c, clue);
        CurrentUser verifier = counties.extraUser(c, "ver", c.office(), Role.VERIFIER);
        JsonNode villageTask = t.call(
                        verifier,
                        get("/api/inbox?chain=clue&unitId=" + c.village1().id()),
                        200)
                .get("items")
                .get(0);
        String task = villageTask.get("taskId").asText();

        t.call(verifier, post("/api/inbox/tasks/" + task + "/claim"), 204);
        // the village's own cadre is a candidate too, but it is taken now
        assertThat(t.call(c.villager(), post("/api/inbox/tasks/" + task + "/claim"), 409)
                        .get("message")
                        .asText())
                .containsPattern("\\p{IsHan}");
        assertThat(trail("CLUE", clue))
                .containsExactly("CLAIMED " + verifier.getUsername() + " 联合核查（"
                        + c.village1().name() + "）");
    }

    @Test
    void twoCandidatesClaimingAtTheSameMomentLeaveOneHolderAndTheOtherA409() throws Exception {
        CurrentUser second = counties.extraUser(c, "rev3", c.social(), Role.REVIEWER);
        for (int round = 0; round < 3; round++) {
            long id = t.submittedApplication(c, "同时签收" + round);
            String task = t.task("admission", id, "Task_Review").getId();
            String url = "/api/inbox/tasks/" + task + "/claim";

            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> calls = new ArrayList<>();
            for (CurrentUser who : List.of(c.reviewer(), second)) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return t.send(who, post(url));
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : calls) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }

            assertThat(answers)
                    .as(answers.toString())
                    .extracting(Answer::status)
                    .containsExactlyInAnyOrder(204, 409);
            Answer loser =
                    answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
            assertThat(json.readTree(loser.body()).get("message").asText()).contains("其他人签收");
            String winner = answers.get(0).status() == 204 ? c.reviewer().getUsername() : second.getUsername();
            assertThat(assignee(task)).isEqualTo(winner);
            assertThat(trail("ADMISSION_APPLICATION", id))
                    .singleElement()
                    .asString()
                    .startsWith("CLAIMED " + winner);
        }
    }
}
