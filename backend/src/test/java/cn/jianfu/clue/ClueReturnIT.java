package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.common.Clock;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.UserService;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 退单 and 重新交办 through the API: who may, within which time, what is kept, double clicks. */
@JianfuTest
class ClueReturnIT {

    private static final String REASON = "反映的是民政事项，不属本局职责𠀀😀";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClueIntake intake;

    @Autowired
    OrgService orgs;

    @Autowired
    UserService users;

    @Autowired
    TaskService taskService;

    County c;
    ClueTesting t;
    CurrentUser verifier;

    @BeforeEach
    void county() {
        c = counties.create();
        t = new ClueTesting(orgs, users, taskService);
        verifier = t.verifier(c);
    }

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    private JsonNode call(CurrentUser u, MockHttpServletRequestBuilder request, Object body, int expected)
            throws Exception {
        String text = mvc.perform(request.contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body))
                        .with(user(u))
                        .with(csrf()))
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return text.isEmpty() ? null : json.readTree(text);
    }

    /** A clue assigned to the village and department A. */
    private long assigned() throws Exception {
        long id = intake.submitPublic(ClueTesting.form(c, "要求社区每天在工作群里打卡报送照片" + c.suffix()))
                .id();
        call(
                c.officer(),
                post("/api/clues/tasks/" + t.taskId(id, TASK_TRIAGE) + "/triage"),
                new TriageForm(
                        TriageDecision.ASSIGN,
                        null,
                        null,
                        List.of(c.village1().id(), c.deptA().id()),
                        false),
                200);
        return id;
    }

    private JsonNode returned(long id, CurrentUser by, String reason, int expected) throws Exception {
        return call(
                by,
                post("/api/clues/tasks/" + t.taskId(id, TASK_VERIFY, c.deptA()) + "/return"),
                Map.of("reason", reason),
                expected);
    }

    private int returnRows(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM clue_return WHERE clue_id = ?", Integer.class, id);
    }

    private void rename(CurrentUser u, String name) {
        jdbc.update("UPDATE app_user SET display_name = ? WHERE username = ?", name, u.getUsername());
    }

    private static JsonNode openTask(JsonNode detail, String taskId) {
        for (JsonNode task : detail.get("currentTasks")) {
            if (task.get("taskId").asText().equals(taskId)) {
                return task;
            }
        }
        throw new AssertionError("no open task " + taskId + " in " + detail.get("currentTasks"));
    }

    @Test
    void theClueNamesWhoReturnedItWhoDecidedAndWhoHoldsOrDelegatedAStep() throws Exception {
        // names that differ from the user names, so the page could show either
        CurrentUser colleague = counties.extraUser(c, "vb", c.village1(), cn.jianfu.org.Role.GRASSROOTS);
        rename(c.applicantA(), "赵退单" + c.suffix());
        rename(c.officer(), "钱分办" + c.suffix());
        rename(c.villager(), "孙村干😀" + c.suffix());
        rename(colleague, "周协办𠀀" + c.suffix());
        long id = assigned();
        String villageTask = t.taskId(id, TASK_VERIFY, c.village1());
        taskService.claim(villageTask, c.villager().getUsername());

        JsonNode detail = returned(id, c.applicantA(), REASON, 200);
        JsonNode r = detail.get("returns").get(0);
        assertThat(r.get("returnedBy").asText()).isEqualTo(c.applicantA().getUsername());
        assertThat(r.get("returnedByName").asText()).isEqualTo("赵退单" + c.suffix());
        assertThat(r.get("decidedByName").isNull()).isTrue();
        JsonNode held = openTask(detail, villageTask);
        assertThat(held.get("assignee").asText()).isEqualTo(c.villager().getUsername());
        assertThat(held.get("assigneeName").asText()).isEqualTo("孙村干😀" + c.suffix());
        assertThat(held.get("delegatedByName").isNull()).isTrue();

        call(
                c.villager(),
                post("/api/inbox/tasks/" + villageTask + "/delegate"),
                Map.of("username", colleague.getUsername()),
                204);
        held = openTask(call(c.officer(), get("/api/clues/" + id), Map.of(), 200), villageTask);
        assertThat(held.get("assigneeName").asText()).isEqualTo("周协办𠀀" + c.suffix());
        assertThat(held.get("delegatedBy").asText()).isEqualTo(c.villager().getUsername());
        assertThat(held.get("delegatedByName").asText()).isEqualTo("孙村干😀" + c.suffix());

        detail = call(
                c.officer(),
                post("/api/clues/tasks/" + t.taskId(id, TASK_REASSIGN) + "/reassign"),
                Map.of("decision", "CONTINUE"),
                200);
        assertThat(detail.get("returns").get(0).get("decidedByName").asText()).isEqualTo("钱分办" + c.suffix());
    }

    @Test
    void aUnitReturnsWithItsReasonAndTheOfficeReassignsToAnotherUnit() throws Exception {
        long id = assigned();
        String verifyTask = t.taskId(id, TASK_VERIFY, c.deptA());
        JsonNode detail = returned(id, c.applicantA(), REASON, 200);

        assertThat(detail.get("returns")).hasSize(1);
        JsonNode r = detail.get("returns").get(0);
        assertThat(r.get("reason").asText()).isEqualTo(REASON);
        assertThat(r.get("orgId").asLong()).isEqualTo(c.deptA().id());
        assertThat(r.get("decision").isNull()).isTrue();
        assertThat(detail.get("history").findValuesAsText("action")).contains("RETURNED");
        assertThat(t.task(id, TASK_VERIFY, c.deptA())).isNull();
        assertThat(t.task(id, TASK_VERIFY, c.village1())).isNotNull();
        String reassignTask = t.taskId(id, TASK_REASSIGN);

        // the second click of a double click: no second return
        JsonNode again =
                call(c.applicantA(), post("/api/clues/tasks/" + verifyTask + "/return"), Map.of("reason", "再退"), 409);
        assertThat(again.toString()).contains("已办理");
        assertThat(returnRows(id)).isEqualTo(1);

        // only the office answers; the unit must be a new one
        call(
                c.applicantA(),
                post("/api/clues/tasks/" + reassignTask + "/reassign"),
                Map.of("decision", "REASSIGN", "orgId", c.deptB().id()),
                403);
        JsonNode taken = call(
                c.officer(),
                post("/api/clues/tasks/" + reassignTask + "/reassign"),
                Map.of("decision", "REASSIGN", "orgId", c.village1().id()),
                400);
        assertThat(taken.toString()).contains("orgId");
        call(
                c.officer(),
                post("/api/clues/tasks/" + reassignTask + "/reassign"),
                Map.of("decision", "REASSIGN", "orgId", c.office().id()),
                400);
        Map<String, Object> noDecision = new HashMap<>();
        noDecision.put("orgId", c.deptB().id());
        call(c.officer(), post("/api/clues/tasks/" + reassignTask + "/reassign"), noDecision, 400);

        detail = call(
                c.officer(),
                post("/api/clues/tasks/" + reassignTask + "/reassign"),
                Map.of("decision", "REASSIGN", "orgId", c.deptB().id()),
                200);
        r = detail.get("returns").get(0);
        assertThat(r.get("decision").asText()).isEqualTo("REASSIGN");
        long newUnit = r.get("reassignedUnitId").asLong();
        assertThat(detail.get("history").findValuesAsText("action")).contains("REASSIGNED");
        assertThat(detail.get("units").findValuesAsText("status")).contains("RETURNED", "VERIFYING");

        // department B verifies in department A's place, as its own unit
        String bTask = t.taskId(id, TASK_VERIFY, c.deptB());
        assertThat(taskService.getVariable(bTask, VAR_UNIT_KEY)).isEqualTo(String.valueOf(newUnit));
        CurrentUser bUser = counties.extraUser(c, "db", c.deptB(), cn.jianfu.org.Role.APPLICANT);
        call(
                bUser,
                post("/api/clues/tasks/" + bTask + "/verify"),
                Map.of("outcome", "NOT_SUBSTANTIATED", "findings", "经核查不属实"),
                200);
        call(
                c.villager(),
                post("/api/clues/tasks/" + t.taskId(id, TASK_VERIFY, c.village1()) + "/verify"),
                Map.of("outcome", "NOT_SUBSTANTIATED", "findings", "经核查不属实"),
                200);
        assertThat(t.task(id, TASK_REPLY, null)).isNotNull();
    }

    @Test
    void theOthersCarryOnOnlyWhenThereAreOthers() throws Exception {
        long id = intake.submitPublic(ClueTesting.form(c, "要求填报重复表格" + c.suffix()))
                .id();
        call(
                c.officer(),
                post("/api/clues/tasks/" + t.taskId(id, TASK_TRIAGE) + "/triage"),
                new TriageForm(
                        TriageDecision.ASSIGN, null, null, List.of(c.deptA().id()), false),
                200);
        returned(id, c.applicantA(), REASON, 200);
        String reassignTask = t.taskId(id, TASK_REASSIGN);
        JsonNode none = call(
                c.officer(),
                post("/api/clues/tasks/" + reassignTask + "/reassign"),
                Map.of("decision", "CONTINUE"),
                409);
        assertThat(none.toString()).contains("没有其他承办单位");

        long two = assigned();
        returned(two, c.applicantA(), REASON, 200);
        JsonNode detail = call(
                c.officer(),
                post("/api/clues/tasks/" + t.taskId(two, TASK_REASSIGN) + "/reassign"),
                Map.of("decision", "CONTINUE"),
                200);
        assertThat(detail.get("returns").get(0).get("decision").asText()).isEqualTo("CONTINUE");
        assertThat(t.task(two, TASK_REASSIGN, null)).isNull();
        assertThat(t.task(two, TASK_VERIFY, c.village1())).isNotNull();
    }

    @Test
    void onlyTheUnitItselfReturnsWithAReasonAndWithinTheLimit() throws Exception {
        long id = assigned();
        returned(id, verifier, REASON, 403);
        JsonNode empty = returned(id, c.applicantA(), "  ", 400);
        assertThat(empty.toString()).contains("reason");
        returned(id, c.applicantA(), "字".repeat(501), 400);
        assertThat(returnRows(id)).isZero();

        ClockUtil.setCurrentTime(Clock.toDate(Clock.now().plusDays(14)));
        JsonNode late = returned(id, c.applicantA(), REASON, 409);
        assertThat(late.toString()).contains("退单时限");
        assertThat(returnRows(id)).isZero();
        assertThat(t.task(id, TASK_VERIFY, c.deptA())).isNotNull();
    }
}
