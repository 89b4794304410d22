package cn.jianfu.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 转办 and 委派 on the engine's own task model, through the API: who may hand a task to whom, what
 * the receiver may then do, the trail and the notices, and two hand-overs of one task at once.
 */
@JianfuTest
class HandOverIT {

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
    CurrentUser colleague;
    ExecutorService pool;

    @BeforeEach
    void county() {
        c = counties.create();
        t = new InboxTesting(mvc, json, taskService);
        colleague = counties.extraUser(c, "rev2", c.social(), Role.REVIEWER);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private Task task(String id) {
        return taskService.createTaskQuery().taskId(id).singleResult();
    }

    private List<String> trail(long id) {
        return jdbc.queryForList(
                "SELECT CONCAT(action, ' ', actor_username, ' ', comment) FROM audit_event WHERE subject_type ="
                        + " 'ADMISSION_APPLICATION' AND subject_id = ? AND action IN ('TRANSFERRED', 'DELEGATED',"
                        + " 'DELEGATION_RESOLVED') ORDER BY id",
                String.class,
                id);
    }

    private long notices(CurrentUser who, String kind) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id"
                        + " WHERE u.username = ? AND n.kind = ?",
                Long.class,
                who.getUsername(),
                kind);
    }

    private Map<String, String> to(CurrentUser who) {
        return Map.of("username", who.getUsername());
    }

    @Test
    void aReviewerTransfersTheReviewToAColleagueWhoMayHoldIt() throws Exception {
        long id = t.submittedApplication(c, "转办事项");
        String task = t.task("admission", id, "Task_Review").getId();
        String base = "/api/inbox/tasks/" + task;

        JsonNode holders = t.call(c.reviewer(), get(base + "/holders?keyword=" + c.suffix()), 200);
        List<String> names = new ArrayList<>();
        holders.forEach(h -> names.add(h.get("username").asText()));
        assertThat(names)
                .as("a colleague may; the reviewer of the applying department and the reviewer himself may not")
                .contains(colleague.getUsername())
                .doesNotContain(
                        c.reviewer().getUsername(), c.applicantReviewer().getUsername());
        assertThat(t.call(c.reviewer(), get(base + "/holders?keyword=" + colleague.getUsername()), 200))
                .hasSize(1);

        // not a candidate; receivers who may not hold it; nobody named
        t.call(c.applicantB(), t.jsonPost(base + "/transfer", to(colleague)), 403);
        JsonNode own = t.call(c.reviewer(), t.jsonPost(base + "/transfer", to(c.applicantReviewer())), 400);
        assertThat(own.at("/fieldErrors/username").asText()).contains("不能办理此任务");
        t.call(c.reviewer(), t.jsonPost(base + "/transfer", to(c.approver())), 400);
        assertThat(t.call(c.reviewer(), t.jsonPost(base + "/transfer", to(c.reviewer())), 400)
                        .at("/fieldErrors/username")
                        .asText())
                .contains("自己");
        t.call(c.reviewer(), t.jsonPost(base + "/transfer", Map.of("username", "nobody😀𠀀")), 400);
        t.call(c.reviewer(), t.jsonPost(base + "/transfer", Map.of()), 400);
        assertThat(task(task).getAssignee()).isNull();
        assertThat(trail(id)).isEmpty();

        t.call(c.reviewer(), t.jsonPost(base + "/transfer", to(colleague)), 204);
        assertThat(task(task).getAssignee()).isEqualTo(colleague.getUsername());
        assertThat(notices(colleague, "TASK_TRANSFERRED")).isEqualTo(1);
        // the second click: the task is no longer the reviewer's
        t.call(c.reviewer(), t.jsonPost(base + "/transfer", to(colleague)), 409);
        t.call(c.reviewer(), t.jsonPost("/api/admission/tasks/" + task + "/review", Map.of("decision", "PASS")), 409);

        t.call(colleague, t.jsonPost("/api/admission/tasks/" + task + "/review", Map.of("decision", "PASS")), 200);
        assertThat(t.task("admission", id, "Task_Approve")).isNotNull();
        assertThat(trail(id))
                .containsExactly("TRANSFERRED " + c.reviewer().getUsername() + " 社会工作部审核（"
                        + c.deptA().name() + "），转给" + colleague.displayName() + "（"
                        + c.social().name() + "）");
    }

    @Test
    void aDelegateWorksOnTheTaskAndHandsItBackToItsOwnerWhoDecides() throws Exception {
        long id = t.submittedApplication(c, "委派事项");
        String task = t.task("admission", id, "Task_Review").getId();
        String base = "/api/inbox/tasks/" + task;
        String review = "/api/admission/tasks/" + task + "/review";

        t.call(c.reviewer(), t.jsonPost(base + "/delegate", to(colleague)), 204);
        Task delegated = task(task);
        assertThat(delegated.getOwner()).isEqualTo(c.reviewer().getUsername());
        assertThat(delegated.getAssignee()).isEqualTo(colleague.getUsername());
        assertThat(delegated.getDelegationState()).isEqualTo(DelegationState.PENDING);
        assertThat(notices(colleague, "TASK_DELEGATED")).isEqualTo(1);
        assertThat(t.call(c.reviewer(), get("/api/admission/applications/" + id), 200)
                        .at("/currentTask/delegatedBy")
                        .asText())
                .isEqualTo(c.reviewer().getUsername());

        // while delegated nobody decides: the delegate hands back, the owner waits
        assertThat(t.call(colleague, t.jsonPost(review, Map.of("decision", "PASS")), 409)
                        .get("message")
                        .asText())
                .contains("交回");
        t.call(c.reviewer(), t.jsonPost(review, Map.of("decision", "PASS")), 409);
        t.call(colleague, t.jsonPost(base + "/delegate", to(c.reviewer())), 409);
        t.call(c.reviewer(), t.jsonPost(base + "/resolve", Map.of("opinion", "同意")), 403);
        t.call(colleague, t.jsonPost(base + "/resolve", Map.of("opinion", "  ")), 400);
        t.call(colleague, t.jsonPost(base + "/resolve", Map.of("opinion", "长".repeat(2001))), 400);

        t.call(colleague, t.jsonPost(base + "/resolve", Map.of("opinion", "材料齐全，建议通过😀𠀀")), 204);
        Task back = task(task);
        assertThat(back.getAssignee()).isEqualTo(c.reviewer().getUsername());
        assertThat(back.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
        assertThat(notices(c.reviewer(), "TASK_RESOLVED")).isEqualTo(1);
        t.call(colleague, t.jsonPost(base + "/resolve", Map.of("opinion", "再交回一次")), 409);

        t.call(c.reviewer(), t.jsonPost(review, Map.of("decision", "PASS")), 200);
        assertThat(trail(id))
                .containsExactly(
                        "DELEGATED " + c.reviewer().getUsername() + " 社会工作部审核（"
                                + c.deptA().name() + "），委派给" + colleague.displayName() + "（"
                                + c.social().name() + "）",
                        "DELEGATION_RESOLVED " + colleague.getUsername() + " 社会工作部审核（"
                                + c.deptA().name() + "）：材料齐全，建议通过😀𠀀");
    }

    @Test
    void aStepGivenToOnePersonByNameIsNotHandedOn() throws Exception {
        long id = t.submittedApplication(c, "指定办理事项");
        String review = t.task("admission", id, "Task_Review").getId();
        t.call(
                c.reviewer(),
                t.jsonPost(
                        "/api/admission/tasks/" + review + "/review",
                        Map.of("decision", "RETURN", "comment", "请补充法定依据")),
                200);
        String revise = t.task("admission", id, "Task_Revise").getId();
        CurrentUser sameDept = counties.extraUser(c, "appa2", c.deptA(), Role.APPLICANT);
        t.call(c.applicantA(), t.jsonPost("/api/inbox/tasks/" + revise + "/transfer", to(sameDept)), 409);
        t.call(c.applicantA(), t.jsonPost("/api/inbox/tasks/" + revise + "/delegate", to(sameDept)), 409);
        t.call(c.applicantA(), t.jsonPost("/api/inbox/tasks/" + revise + "/resolve", Map.of("opinion", "x")), 409);
        t.call(c.reviewer(), t.jsonPost("/api/inbox/tasks/no-such-task/transfer", to(colleague)), 404);
    }

    @Test
    void theOfficeTransfersAClueTriageToAColleague() throws Exception {
        long clue = t.recordedClue(c, "转办线索：村里要求每天在群里打卡");
        String triage = t.task("clue", clue, "Task_Triage").getId();
        CurrentUser officer2 = counties.extraUser(c, "off2", c.office(), Role.OFFICE);
        t.call(c.reviewer(), t.jsonPost("/api/inbox/tasks/" + triage + "/transfer", to(officer2)), 403);
        t.call(c.officer(), t.jsonPost("/api/inbox/tasks/" + triage + "/transfer", to(c.reviewer())), 400);
        t.call(c.officer(), t.jsonPost("/api/inbox/tasks/" + triage + "/transfer", to(officer2)), 204);
        assertThat(task(triage).getAssignee()).isEqualTo(officer2.getUsername());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_type = 'CLUE' AND subject_id = ?"
                                + " AND action = 'TRANSFERRED'",
                        Long.class,
                        clue))
                .isEqualTo(1);
    }

    @Test
    void twoCandidatesHandingTheSameTaskOnAtOnceHandItOnOnce() throws Exception {
        long id = t.submittedApplication(c, "同时转办");
        String task = t.task("admission", id, "Task_Review").getId();
        CurrentUser third = counties.extraUser(c, "rev3", c.social(), Role.REVIEWER);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (CurrentUser who : List.of(c.reviewer(), colleague)) {
            answers.add(pool.submit(() -> {
                start.await();
                return t.send(who, t.jsonPost("/api/inbox/tasks/" + task + "/transfer", to(third)));
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Answer> a : answers) {
            statuses.add(a.get(60, TimeUnit.SECONDS).status());
        }
        assertThat(statuses).containsExactlyInAnyOrder(204, 409);
        assertThat(task(task).getAssignee()).isEqualTo(third.getUsername());
        assertThat(trail(id)).hasSize(1);
        assertThat(notices(third, "TASK_TRANSFERRED")).isEqualTo(1);
    }
}
