package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jianfu.org.Role;
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
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 加签 and the reviewer's 撤回 through the API: who may add whom, each co-signer's own step, an
 * objection sending the application back, and taking a pass back until the approver claims it.
 */
@JianfuTest
class CoSignIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    County c;
    CurrentUser colleague;
    CurrentUser leader;

    @BeforeEach
    void county() {
        c = counties.create();
        colleague = counties.extraUser(c, "rev2", c.social(), Role.REVIEWER);
        leader = counties.extraUser(c, "apr2", c.leadership(), Role.APPROVER);
    }

    private JsonNode call(CurrentUser who, MockHttpServletRequestBuilder request, int expected) throws Exception {
        MockHttpServletResponse r =
                mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).as(body).isEqualTo(expected);
        return body.isEmpty() ? null : json.readTree(body);
    }

    private MockHttpServletRequestBuilder jsonPost(String url, Object body) throws Exception {
        return post(url).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private long submitted(String name) throws Exception {
        long id = call(
                        c.applicantA(),
                        jsonPost(
                                "/api/admission/applications",
                                TestCounty.form(name + c.suffix(), c.deptA(), c.township())),
                        201)
                .get("id")
                .asLong();
        call(c.applicantA(), post("/api/admission/applications/" + id + "/submit"), 200);
        return id;
    }

    private Task open(long id, String taskKey, CurrentUser assignee) {
        var q = tasks.createTaskQuery()
                .processDefinitionKey("admission")
                .processInstanceBusinessKey(String.valueOf(id))
                .taskDefinitionKey(taskKey);
        return assignee == null
                ? q.singleResult()
                : q.taskAssignee(assignee.getUsername()).singleResult();
    }

    private List<String> trail(long id) {
        return jdbc.queryForList(
                "SELECT CONCAT(action, ' ', actor_username, ' ', COALESCE(decision, '-'), ' ', COALESCE(comment, '-'))"
                        + " FROM audit_event WHERE subject_type = 'ADMISSION_APPLICATION' AND subject_id = ? AND action"
                        + " IN ('CO_SIGNER_ADDED', 'CO_SIGNER_REMOVED', 'CO_SIGNED', 'REVIEW_RECALLED') ORDER BY id",
                String.class,
                id);
    }

    private static List<String> usernames(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(n -> names.add(n.get("username").asText()));
        return names;
    }

    @Test
    void coSignersAddedToAReviewMustEachAgreeAndOneObjectionSendsItBack() throws Exception {
        long id = submitted("加签事项");
        String review = open(id, "Task_Review", null).getId();
        String base = "/api/admission/tasks/" + review;

        List<String> candidates =
                usernames(call(c.reviewer(), get(base + "/co-signer-candidates?keyword=" + c.suffix()), 200));
        assertThat(candidates)
                .contains(colleague.getUsername(), leader.getUsername())
                .doesNotContain(
                        c.reviewer().getUsername(), c.applicantReviewer().getUsername());

        // who may not add, and whom nobody may add
        call(c.applicantB(), jsonPost(base + "/co-signers", Map.of("username", colleague.getUsername())), 403);
        assertThat(call(
                                c.reviewer(),
                                jsonPost(
                                        base + "/co-signers",
                                        Map.of("username", c.applicantReviewer().getUsername())),
                                400)
                        .at("/fieldErrors/username")
                        .asText())
                .contains("不能是申请单位");
        call(
                c.reviewer(),
                jsonPost(base + "/co-signers", Map.of("username", c.officer().getUsername())),
                400);
        call(
                c.reviewer(),
                jsonPost(base + "/co-signers", Map.of("username", c.reviewer().getUsername())),
                400);
        call(c.reviewer(), jsonPost(base + "/co-signers", Map.of("username", "无此人😀𠀀")), 400);

        call(c.reviewer(), jsonPost(base + "/co-signers", Map.of("username", colleague.getUsername())), 200);
        JsonNode two =
                call(c.reviewer(), jsonPost(base + "/co-signers", Map.of("username", leader.getUsername())), 200);
        assertThat(usernames(two)).containsExactly(colleague.getUsername(), leader.getUsername());
        call(c.reviewer(), jsonPost(base + "/co-signers", Map.of("username", leader.getUsername())), 409);
        call(c.reviewer(), delete(base + "/co-signers/" + c.officer().getUsername()), 404);

        call(c.reviewer(), jsonPost(base + "/review", Map.of("decision", "PASS", "comment", "同意，请加签人会签")), 200);
        Task colleagues = open(id, "Task_CoSignReview", colleague);
        Task leaders = open(id, "Task_CoSignReview", leader);
        assertThat(colleagues).isNotNull();
        assertThat(leaders).isNotNull();
        assertThat(open(id, "Task_Approve", null)).isNull();
        JsonNode seen = call(colleague, get("/api/admission/applications/" + id), 200);
        assertThat(seen.at("/currentTask/taskId").asText()).isEqualTo(colleagues.getId());
        assertThat(seen.get("coSigners")).hasSize(2);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id"
                                + " WHERE u.username = ? AND n.kind = 'TASK_ASSIGNED' AND n.event_key = ?",
                        Long.class,
                        colleague.getUsername(),
                        "task:" + colleagues.getId()))
                .as("the co-signer hears of their step")
                .isEqualTo(1);

        // only the co-signer speaks for their step; an objection owes a reason
        String coSign = "/api/admission/tasks/" + colleagues.getId() + "/co-sign";
        call(c.reviewer(), jsonPost(coSign, Map.of("decision", "AGREE")), 403);
        call(leader, jsonPost(coSign, Map.of("decision", "AGREE")), 403);
        call(colleague, jsonPost(coSign, Map.of("decision", "OBJECT")), 400);
        call(colleague, jsonPost(coSign, Map.of()), 400);
        call(
                leader,
                jsonPost("/api/admission/tasks/" + leaders.getId() + "/co-sign", Map.of("decision", "AGREE")),
                200);
        JsonNode back = call(colleague, jsonPost(coSign, Map.of("decision", "OBJECT", "comment", "依据不足😀𠀀")), 200);

        assertThat(back.get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(open(id, "Task_Review", null)).isNotNull();
        assertThat(open(id, "Task_CoSignReview", null)).isNull();
        JsonNode signers = back.get("coSigners");
        assertThat(signers.get(0).get("decision").asText()).isEqualTo("OBJECT");
        assertThat(signers.get(0).get("comment").asText()).isEqualTo("依据不足😀𠀀");
        assertThat(signers.get(1).get("decision").asText()).isEqualTo("AGREE");
        assertThat(trail(id)).hasSize(4).last().isEqualTo("CO_SIGNED " + colleague.getUsername() + " OBJECT 依据不足😀𠀀");
    }

    @Test
    void aCoSignerWhoAgreesLetsThePassGoOnAndCanBeRemovedBeforehand() throws Exception {
        long id = submitted("加签同意");
        String review = open(id, "Task_Review", null).getId();
        String base = "/api/admission/tasks/" + review;
        call(c.reviewer(), jsonPost(base + "/co-signers", Map.of("username", colleague.getUsername())), 200);
        call(c.reviewer(), jsonPost(base + "/co-signers", Map.of("username", leader.getUsername())), 200);
        assertThat(usernames(call(c.reviewer(), delete(base + "/co-signers/" + colleague.getUsername()), 200)))
                .containsExactly(leader.getUsername());

        call(c.reviewer(), jsonPost(base + "/review", Map.of("decision", "PASS")), 200);
        Task step = open(id, "Task_CoSignReview", leader);
        JsonNode agreed = call(
                leader,
                jsonPost("/api/admission/tasks/" + step.getId() + "/co-sign", Map.of("decision", "AGREE")),
                200);
        assertThat(agreed.get("status").asText()).isEqualTo("IN_APPROVAL");
        assertThat(open(id, "Task_Approve", null)).isNotNull();
        call(leader, jsonPost("/api/admission/tasks/" + step.getId() + "/co-sign", Map.of("decision", "AGREE")), 404);
        assertThat(trail(id)).hasSize(4);
    }

    @Test
    void theReviewerTakesBackTheirPassUntilTheApproverClaimsIt() throws Exception {
        // a person's name that differs from the user name, so the page could show either
        jdbc.update(
                "UPDATE app_user SET display_name = ? WHERE username = ?",
                "吴审核" + c.suffix(),
                c.reviewer().getUsername());
        long id = submitted("撤回审核");
        String review = open(id, "Task_Review", null).getId();
        call(c.reviewer(), jsonPost("/api/admission/tasks/" + review + "/review", Map.of("decision", "PASS")), 200);
        String recall = "/api/admission/applications/" + id + "/recall-review";

        assertThat(call(c.reviewer(), get("/api/admission/applications/" + id), 200)
                        .get("canRecallReview")
                        .asBoolean())
                .isTrue();
        assertThat(call(colleague, get("/api/admission/applications/" + id), 200)
                        .get("canRecallReview")
                        .asBoolean())
                .isFalse();
        call(colleague, post(recall), 409);
        call(c.approver(), post(recall), 403);
        call(c.applicantA(), post(recall), 403);

        JsonNode back = call(c.reviewer(), post(recall), 200);
        assertThat(back.at("/currentTask/taskKey").asText()).isEqualTo("Task_Review");
        assertThat(back.at("/currentTask/assignee").asText())
                .isEqualTo(c.reviewer().getUsername());
        assertThat(back.at("/currentTask/assigneeName").asText()).isEqualTo("吴审核" + c.suffix());
        assertThat(back.get("canRecallReview").asBoolean()).isFalse();
        call(c.reviewer(), post(recall), 409);

        // passed again, the approver claims it: too late to take back
        String again = open(id, "Task_Review", null).getId();
        call(c.reviewer(), jsonPost("/api/admission/tasks/" + again + "/review", Map.of("decision", "PASS")), 200);
        call(
                c.approver(),
                post("/api/inbox/tasks/" + open(id, "Task_Approve", null).getId() + "/claim"),
                204);
        assertThat(call(c.reviewer(), post(recall), 409).get("message").asText())
                .contains("已签收");
        assertThat(trail(id)).containsExactly("REVIEW_RECALLED " + c.reviewer().getUsername() + " - -");
    }
}
