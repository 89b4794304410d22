package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The staff API of the clue chain: who may do what, and who never sees the reporter. */
@JianfuTest
class ClueApiIT {

    private static final String ADDRESS = "203.0.113.187";
    private static final String USER_AGENT = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) FingerprintProbe/9.9";

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
    CluePortal portal;

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

    private String call(CurrentUser u, MockHttpServletRequestBuilder request, int expected) throws Exception {
        return mvc.perform(request.with(user(u)).with(csrf()))
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode callJson(CurrentUser u, MockHttpServletRequestBuilder request, int expected) throws Exception {
        return json.readTree(call(u, request, expected));
    }

    private MockHttpServletRequestBuilder jsonBody(MockHttpServletRequestBuilder r, Object body) throws Exception {
        return r.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    /** A named clue from a phone, as the portal receives it. */
    private JsonNode submitNamed(String description) throws Exception {
        String body = mvc.perform(jsonBody(post("/api/public/clues"), ClueTesting.named(c, description + c.suffix()))
                        .with(csrf())
                        .with(CluePortalApiIT.from(ADDRESS))
                        .header("User-Agent", USER_AGENT)
                        .header("X-Forwarded-For", ADDRESS))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    @Test
    void reporterIsVisibleToTheOfficeAndVerifiersOnly() throws Exception {
        long id = submitNamed("部门通过乡镇要求社区每周报送六张报表").get("id").asLong();
        call(
                c.officer(),
                jsonBody(
                        post("/api/clues/tasks/" + t.taskId(id, TASK_TRIAGE) + "/triage"),
                        new TriageForm(
                                TriageDecision.ASSIGN,
                                null,
                                null,
                                List.of(c.village1().id(), c.deptA().id()),
                                true)),
                200);

        for (CurrentUser insider : List.of(c.officer(), verifier)) {
            JsonNode d = callJson(insider, get("/api/clues/" + id), 200);
            assertThat(d.get("reporter").get("name").asText()).isEqualTo(ClueTesting.NAME);
            assertThat(d.get("reporter").get("phone").asText()).isEqualTo(ClueTesting.PHONE);
            assertThat(d.get("reporter").get("anonymous").asBoolean()).isFalse();
        }

        // the department reported on, the village, an administrator: not a trace of the reporter
        List<String> seen = new ArrayList<>();
        for (CurrentUser outsider : List.of(c.applicantA(), c.villager(), c.admin())) {
            String detail = call(outsider, get("/api/clues/" + id), 200);
            assertThat(json.readTree(detail).has("reporter")).isFalse();
            seen.add(detail);
            seen.add(call(outsider, get("/api/clues/" + id + "/progress"), 200));
            seen.add(call(outsider, get("/api/inbox"), 200));
        }
        seen.add(call(c.applicantA(), get("/api/clues"), 200));
        assertThat(seen.get(seen.size() - 1))
                .contains(json.readTree(seen.get(0)).get("clueNo").asText());
        call(
                c.applicantA(),
                jsonBody(
                        post("/api/clues/tasks/" + t.taskId(id, TASK_VERIFY, c.deptA()) + "/verify"),
                        Map.of("outcome", "SUBSTANTIATED", "findings", "属实")),
                200);
        seen.add(call(c.applicantA(), get("/api/inbox/done"), 200));
        seen.add(call(c.applicantA(), get("/api/public/clues/typical"), 200));
        assertThat(seen).allSatisfy(body -> assertThat(body)
                .doesNotContain(ClueTesting.NAME)
                .doesNotContain(ClueTesting.PHONE)
                .doesNotContain("\"reporter\""));

        // lists and statistics for everyone are closed to the units
        call(c.applicantA(), get("/api/clues").param("scope", "all"), 403);
        call(c.applicantA(), get("/api/clues/statistics"), 403);
        call(c.applicantA(), get("/api/clues/" + id + "/duplicates"), 403);
        // a unit the clue was not assigned to cannot open it at all
        call(c.applicantB(), get("/api/clues/" + id), 404);
    }

    @Test
    void reporterDataIsEncryptedAndNoClientTraceIsStoredOrLogged() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        root.setLevel(Level.DEBUG);
        JsonNode receipt;
        try {
            receipt = submitNamed("要求村干部下载五个App并每日打卡");
            mvc.perform(jsonBody(
                                    post("/api/public/clues/query"),
                                    Map.of(
                                            "clueNo",
                                            receipt.get("clueNo").asText(),
                                            "code",
                                            receipt.get("queryCode").asText()))
                            .with(csrf())
                            .with(CluePortalApiIT.from(ADDRESS))
                            .header("User-Agent", USER_AGENT))
                    .andExpect(status().isOk());
            mvc.perform(jsonBody(
                                    post("/api/public/clues/query"),
                                    Map.of("clueNo", receipt.get("clueNo").asText(), "code", "WRONGWRONGWRONGWRONG"))
                            .with(csrf())
                            .with(CluePortalApiIT.from(ADDRESS))
                            .header("User-Agent", USER_AGENT))
                    .andExpect(status().isNotFound());
        } finally {
            root.setLevel(level);
            root.detachAppender(logs);
        }
        assertThat(logs.list).isNotEmpty(); // the capture itself works
        String code = receipt.get("queryCode").asText();
        assertThat(logs.list).allSatisfy(e -> {
            String line = e.getFormattedMessage() + " " + e.getMDCPropertyMap()
                    + (e.getThrowableProxy() == null
                            ? ""
                            : " " + e.getThrowableProxy().getMessage());
            assertThat(line)
                    .doesNotContain(ADDRESS)
                    .doesNotContain("FingerprintProbe")
                    .doesNotContain(ClueTesting.NAME)
                    .doesNotContain(ClueTesting.PHONE)
                    .doesNotContain(code);
        });

        long id = receipt.get("id").asLong();
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM clue WHERE id = ?", id);
        String stored = row.toString();
        assertThat(stored)
                .doesNotContain(ClueTesting.NAME)
                .doesNotContain(ClueTesting.PHONE)
                .doesNotContain(code)
                .doesNotContain(ADDRESS)
                .doesNotContain("FingerprintProbe");
        assertThat((String) row.get("reporter_name_enc")).isNotBlank();
        // a fresh random IV per value: the same phone never encrypts to the same text twice
        JsonNode again = submitNamed("同一人再次反映的另一个问题内容");
        String otherPhone = jdbc.queryForObject(
                "SELECT reporter_phone_enc FROM clue WHERE id = ?",
                String.class,
                again.get("id").asLong());
        assertThat(otherPhone).isNotEqualTo(row.get("reporter_phone_enc"));
        String trail = jdbc.queryForList("SELECT * FROM audit_event WHERE subject_type = 'CLUE' AND subject_id = ?", id)
                .toString();
        assertThat(trail)
                .doesNotContain(ClueTesting.NAME)
                .doesNotContain(ClueTesting.PHONE)
                .doesNotContain(ADDRESS);
    }

    @Test
    void officeRecordsHotlineCluesAndOnlyTheOfficeTriages() throws Exception {
        ClueForm hotline = new ClueForm(
                ClueCategory.INSPECTIONS,
                ClueSource.HOTLINE,
                c.deptB().id(),
                null,
                "城关镇",
                "本月",
                "来电反映：一个月内迎接了四次同类检查",
                false,
                "来电人",
                "0571-8888888");
        call(c.applicantA(), jsonBody(post("/api/clues"), hotline), 403);
        JsonNode receipt = callJson(c.officer(), jsonBody(post("/api/clues"), hotline), 201);
        assertThat(receipt.get("queryCode").asText()).hasSize(20);
        long id = receipt.get("id").asLong();
        JsonNode d = callJson(c.officer(), get("/api/clues/" + id), 200);
        assertThat(d.get("source").asText()).isEqualTo("HOTLINE");
        assertThat(d.get("history").get(0).get("actorUsername").asText())
                .isEqualTo(c.officer().getUsername());
        call(
                c.officer(),
                jsonBody(
                        post("/api/clues"),
                        new ClueForm(
                                ClueCategory.OTHER,
                                ClueSource.PORTAL,
                                c.deptB().id(),
                                null,
                                null,
                                null,
                                "办公室不能登记为门户来源",
                                true,
                                null,
                                null)),
                400);

        String triage = "/api/clues/tasks/" + t.taskId(id, TASK_TRIAGE) + "/triage";
        call(
                c.applicantB(),
                jsonBody(post(triage), new TriageForm(TriageDecision.NOT_ACCEPTED, "x", null, null, null)),
                403);
        call(
                c.officer(),
                jsonBody(post(triage), new TriageForm(TriageDecision.ASSIGN, null, null, List.of(), false)),
                400);
        d = callJson(
                c.officer(),
                jsonBody(
                        post(triage),
                        new TriageForm(
                                TriageDecision.ASSIGN,
                                "请县民政局核查",
                                null,
                                List.of(c.deptB().id()),
                                false)),
                200);
        assertThat(d.get("status").asText()).isEqualTo("VERIFYING");

        JsonNode list = callJson(
                c.officer(),
                get("/api/clues")
                        .param("scope", "all")
                        .param("status", "VERIFYING")
                        .param("source", "HOTLINE")
                        .param("keyword", receipt.get("clueNo").asText()),
                200);
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("unitNames").get(0).asText())
                .isEqualTo(c.deptB().name());
        assertThat(callJson(c.applicantB(), get("/api/clues"), 200).get("items"))
                .extracting(n -> n.get("id").asLong())
                .contains(id);
        assertThat(callJson(c.applicantA(), get("/api/clues"), 200).get("items"))
                .extracting(n -> n.get("id").asLong())
                .doesNotContain(id);
    }

    @Test
    void unitsVerifyAndRectifyAndTheOfficeRepliesAndPublishesThroughTheApi() throws Exception {
        long id = intake.submitPublic(ClueTesting.named(c, "县里要求每个村建专门的微信群并每天发工作照片" + c.suffix()))
                .id();
        call(
                c.officer(),
                jsonBody(
                        post("/api/clues/tasks/" + t.taskId(id, TASK_TRIAGE) + "/triage"),
                        new TriageForm(
                                TriageDecision.ASSIGN,
                                null,
                                null,
                                List.of(c.deptA().id()),
                                false)),
                200);
        String verify = "/api/clues/tasks/" + t.taskId(id, TASK_VERIFY) + "/verify";
        call(c.applicantA(), jsonBody(post(verify), Map.of("findings", "属实")), 400);
        call(c.applicantA(), jsonBody(post(verify), Map.of("outcome", "SUBSTANTIATED", "findings", "属实")), 200);

        String plan = "/api/clues/tasks/" + t.taskId(id, TASK_PLAN, c.deptA()) + "/plan";
        JsonNode e = callJson(
                c.applicantA(),
                jsonBody(
                        post(plan),
                        Map.of(
                                "plan",
                                "解散工作群",
                                "deadline",
                                LocalDate.now().minusDays(1).toString())),
                400);
        assertThat(e.get("fieldErrors").get("deadline").asText()).contains("整改时限");
        call(
                c.applicantB(),
                jsonBody(
                        post(plan),
                        Map.of(
                                "plan",
                                "解散工作群",
                                "deadline",
                                Clock.now().toLocalDate().plusDays(10).toString())),
                403);
        call(
                c.applicantA(),
                jsonBody(
                        post(plan),
                        Map.of(
                                "plan",
                                "解散工作群",
                                "deadline",
                                Clock.now().toLocalDate().plusDays(10).toString())),
                200);
        call(
                c.applicantA(),
                jsonBody(
                        post("/api/clues/tasks/" + t.taskId(id, TASK_REPORT, c.deptA()) + "/report"),
                        Map.of("report", "已解散")),
                200);
        String check = "/api/clues/tasks/" + t.taskId(id, TASK_ACCEPT) + "/check";
        call(c.applicantA(), jsonBody(post(check), Map.of("decision", "ACCEPT")), 403);
        call(c.officer(), jsonBody(post(check), Map.of("decision", "SEND_BACK")), 400); // a reason is required
        call(c.officer(), jsonBody(post(check), Map.of("decision", "ACCEPT")), 200);
        // the verify endpoint does not complete another kind of task
        call(
                c.officer(),
                jsonBody(
                        post("/api/clues/tasks/" + t.taskId(id, TASK_REPLY) + "/verify"),
                        Map.of("outcome", "SUBSTANTIATED", "findings", "x")),
                409);
        JsonNode d = callJson(
                c.officer(),
                jsonBody(post("/api/clues/tasks/" + t.taskId(id, TASK_REPLY) + "/reply"), Map.of("reply", "已责令解散工作群")),
                200);
        assertThat(d.get("status").asText()).isEqualTo("RATING");
        // the step bar: every step done, each with a date and the people's names (not user names)
        JsonNode bar = d.get("milestones");
        assertThat(bar.findValuesAsText("key")).containsExactly("ASSIGNED", "VERIFIED", "RECTIFIED", "ANSWERED");
        assertThat(bar.findValuesAsText("state")).containsOnly("DONE");
        bar.forEach(m -> assertThat(m.get("at").isNull()).isFalse());
        assertThat(bar.get(0).get("people").get(0).asText())
                .isEqualTo(c.officer().displayName());
        assertThat(bar.get(1).get("people").get(0).asText())
                .isEqualTo(c.applicantA().displayName());
        assertThat(bar.get(2).get("people").get(0).asText())
                .isEqualTo(c.applicantA().displayName());
        assertThat(bar.get(3).get("people").get(0).asText())
                .isEqualTo(c.officer().displayName());
        portal.rate(id, Rating.SATISFIED, null, false);

        call(
                c.applicantA(),
                jsonBody(post("/api/clues/" + id + "/typical"), Map.of("typical", true, "summary", "x")),
                403);
        call(c.officer(), jsonBody(post("/api/clues/" + id + "/typical"), Map.of("typical", true)), 400);
        String summary = "某部门要求村里建群并每日发照片，已责令整改";
        call(c.applicantA(), jsonBody(post("/api/clues/" + id + "/typical/preview"), Map.of("summary", summary)), 403);
        String digest = callJson(
                        c.officer(),
                        jsonBody(post("/api/clues/" + id + "/typical/preview"), Map.of("summary", summary)),
                        200)
                .get("digest")
                .asText();
        d = callJson(
                c.officer(),
                jsonBody(
                        post("/api/clues/" + id + "/typical"),
                        Map.of("typical", true, "summary", summary, "confirmedDigest", digest)),
                200);
        assertThat(d.get("typical").asBoolean()).isTrue();
        String published = mvc.perform(get("/api/public/clues/typical").param("size", "100"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(published)
                .contains(d.get("clueNo").asText())
                .contains("已责令整改")
                .doesNotContain(ClueTesting.NAME)
                .doesNotContain(ClueTesting.PHONE);

        JsonNode progress = callJson(c.officer(), get("/api/clues/" + id + "/progress"), 200);
        List<String> completed = new ArrayList<>();
        progress.get("completedActivityIds").forEach(n -> completed.add(n.asText()));
        assertThat(completed)
                .contains("Task_Triage", "SubProcess_Verify", "SubProcess_Rectify", "Task_Reply", "End_Closed");
        // a department's user gets the model without the timer branches (attributes in another order)
        assertThat(call(c.applicantA(), get("/api/clues/process-diagram"), 200))
                .contains("id=\"clue\"")
                .doesNotContain("Timer_VerifyOverdue")
                .contains("BPMNDiagram");
    }

    @Test
    void staffStatisticsAreOpenToTheOfficeAndVerifiers() throws Exception {
        JsonNode s = callJson(
                c.officer(),
                get("/api/clues/statistics").param("from", "2000-01-01").param("to", "2000-12-31"),
                200);
        assertThat(s.get("total").asLong()).isZero();
        assertThat(s.get("closureRate").isNull()).isTrue();
        assertThat(s.get("byCategory")).hasSize(ClueCategory.values().length);
        intake.submitPublic(ClueTesting.form(c, "统计接口测试用的线索内容" + c.suffix()));
        String today = Clock.now().toLocalDate().toString();
        JsonNode now = callJson(
                verifier, get("/api/clues/statistics").param("from", today).param("to", today), 200);
        assertThat(now.get("total").asLong()).isPositive();
        assertThat(now.get("byStatus")).anySatisfy(n -> {
            assertThat(n.get("key").asText()).isEqualTo("TRIAGE");
            assertThat(n.get("count").asLong()).isPositive();
        });
        call(c.villager(), get("/api/clues/statistics"), 403);
    }
}
