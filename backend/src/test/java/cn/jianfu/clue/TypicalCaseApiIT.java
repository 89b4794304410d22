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
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 典型问题通报 through the API: the office previews exactly what the public will read, and only
 * that text, confirmed by the preview's digest, is published.
 */
@JianfuTest
class TypicalCaseApiIT {

    private static final String TEXT = "某部门要求社区每天在工作群上传巡查照片，已责令停止拍照留痕";

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
    ClueTriage triaging;

    @Autowired
    UnitTasks unitTasks;

    @Autowired
    OfficeTasks officeTasks;

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

    @BeforeEach
    void county() {
        c = counties.create();
        t = new ClueTesting(orgs, users, taskService);
    }

    @Test
    void thePreviewShowsTheTextAsItWillBePublishedAndWritesNothing() throws Exception {
        ClueReceipt r = closedClue();
        Map<String, Object> before = state(r.id());

        JsonNode p = preview(r.id(), "  " + TEXT + "\n", 200);

        assertThat(p.get("clueNo").asText()).isEqualTo(r.clueNo());
        assertThat(p.get("category").asText()).isEqualTo("FINGERTIP_FORMALISM");
        assertThat(p.get("categoryLabel").asText()).isEqualTo("指尖上的形式主义");
        assertThat(p.get("summary").asText()).isEqualTo(TEXT);
        assertThat(p.get("closedAt").asText()).isNotBlank();
        assertThat(p.get("digest").asText()).isEqualTo(sha256(TEXT)).hasSize(64);
        assertThat(p.toString()).doesNotContain(ClueTesting.NAME, ClueTesting.PHONE);
        assertThat(state(r.id())).isEqualTo(before);
        assertThat(published()).doesNotContain(r.clueNo());
    }

    @Test
    void publishingWithoutAConfirmedDigestIsRefusedOnTheSummaryAndChangesNothing() throws Exception {
        ClueReceipt r = closedClue();
        Map<String, Object> before = state(r.id());

        JsonNode e = flag(r.id(), publish(TEXT, null), 400);
        assertThat(e.get("fieldErrors").get("summary").asText()).contains("预览");
        e = flag(r.id(), publish(TEXT, "  "), 400);
        assertThat(e.get("fieldErrors").get("summary").asText()).contains("预览");

        assertThat(state(r.id())).isEqualTo(before);
        assertThat(published()).doesNotContain(r.clueNo());
    }

    @Test
    void aDigestOfAnotherTextIsRefused() throws Exception {
        ClueReceipt r = closedClue();
        String previewed = preview(r.id(), TEXT, 200).get("digest").asText();
        Map<String, Object> before = state(r.id());

        // the text was changed after the preview
        JsonNode e = flag(r.id(), publish(TEXT + "。另有两个部门同样要求", previewed), 400);
        assertThat(e.get("fieldErrors").get("summary").asText()).contains("不一致");
        // not a digest at all
        e = flag(r.id(), publish(TEXT, "确认"), 400);
        assertThat(e.get("fieldErrors").get("summary").asText()).contains("不一致");
        // the digest of the untrimmed text is not the digest of the text as stored
        e = flag(r.id(), publish(TEXT, sha256(" " + TEXT)), 400);
        assertThat(e.get("fieldErrors").get("summary").asText()).contains("不一致");

        assertThat(state(r.id())).isEqualTo(before);
        assertThat(published()).doesNotContain(r.clueNo());
    }

    @Test
    void thePreviewedTextIsPublishedAsIsAndCanBeWithdrawnWithoutADigest() throws Exception {
        ClueReceipt r = closedClue();
        String summary = TEXT + "（" + c.suffix() + "）";
        JsonNode p = preview(r.id(), summary + "  ", 200);

        JsonNode d = flag(r.id(), publish(summary + "  ", p.get("digest").asText()), 200);

        assertThat(d.get("typical").asBoolean()).isTrue();
        assertThat(d.get("typicalSummary").asText()).isEqualTo(p.get("summary").asText());
        assertThat(jdbc.queryForObject("SELECT typical_summary FROM clue WHERE id = ?", String.class, r.id()))
                .isEqualTo(summary);
        assertThat(jdbc.queryForObject(
                        "SELECT comment FROM audit_event WHERE subject_type = ? AND subject_id = ? AND action = ?",
                        String.class,
                        SUBJECT,
                        r.id(),
                        "TYPICAL_FLAGGED"))
                .isEqualTo(summary);
        JsonNode item = publicCase(r.clueNo());
        assertThat(item.get("summary").asText()).isEqualTo(p.get("summary").asText());
        assertThat(item.get("categoryLabel").asText())
                .isEqualTo(p.get("categoryLabel").asText());
        assertThat(item.get("closedAt").asText()).isEqualTo(p.get("closedAt").asText());

        d = flag(r.id(), Map.of("typical", false), 200);
        assertThat(d.get("typical").asBoolean()).isFalse();
        assertThat(published()).doesNotContain(r.clueNo());
    }

    @Test
    void aBodyThatDoesNotSayPublishOrWithdrawIsRefusedAndLeavesAPublishedCaseAsItIs() throws Exception {
        ClueReceipt r = closedClue();
        String summary = TEXT + "（" + c.suffix() + "）";
        JsonNode p = preview(r.id(), summary, 200);
        flag(r.id(), publish(summary, p.get("digest").asText()), 200);
        Map<String, Object> before = state(r.id());

        JsonNode e = flag(r.id(), Map.of(), 400);

        assertThat(e.get("fieldErrors").get("typical").asText()).isEqualTo("请说明是发布还是撤回");
        assertThat(state(r.id())).isEqualTo(before);
        assertThat(published()).contains(r.clueNo());
    }

    @Test
    void thePreviewAlreadyRefusesTheReportersNameOrPhone() throws Exception {
        ClueReceipt r = closedClue();
        Map<String, Object> before = state(r.id());
        String name = ClueTesting.NAME.charAt(0) + " · " + ClueTesting.NAME.substring(1);
        String phone = "139-1234-5678";

        for (String text : List.of("群众" + name + "反映每天拍照", "反映人电话" + phone + "，问题属实")) {
            JsonNode e = preview(r.id(), text, 400);
            assertThat(e.get("fieldErrors").get("summary").asText()).contains("不能包含反映人");
            // and whoever computes the digest themselves cannot publish it either
            e = flag(r.id(), publish(text, sha256(text)), 400);
            assertThat(e.get("fieldErrors").get("summary").asText()).contains("不能包含反映人");
        }
        JsonNode e = preview(r.id(), "   ", 400);
        assertThat(e.get("fieldErrors").get("summary").asText()).contains("请填写通报内容");
        e = preview(r.id(), "长".repeat(ClueText.MAX_SUMMARY + 1), 400);
        assertThat(e.get("fieldErrors").get("summary").asText()).contains("不能超过2000个字");

        assertThat(state(r.id())).isEqualTo(before);
    }

    @Test
    void onlyTheOfficePreviewsAndOnlyAClosedClue() throws Exception {
        ClueReceipt open = intake.submitPublic(ClueTesting.named(c, "社区每天拍照打卡" + c.suffix()));
        preview(open.id(), TEXT, 409);
        call(
                c.applicantA(),
                jsonBody(post("/api/clues/" + open.id() + "/typical/preview"), Map.of("summary", TEXT)),
                403);
        call(c.admin(), jsonBody(post("/api/clues/" + open.id() + "/typical/preview"), Map.of("summary", TEXT)), 403);
        preview(Long.MAX_VALUE, TEXT, 404);
        assertThat(jdbc.queryForObject("SELECT typical FROM clue WHERE id = ?", Boolean.class, open.id()))
                .isFalse();
    }

    // ---------------------------------------------------------------- helpers

    /** A named clue (the reporter is {@link ClueTesting#NAME}) taken through the whole chain to CLOSED. */
    private ClueReceipt closedClue() {
        ClueReceipt r = intake.submitPublic(ClueTesting.named(c, "社区每天在工作群上传巡查照片" + c.suffix()));
        triaging.triage(
                t.taskId(r.id(), TASK_TRIAGE),
                new TriageForm(
                        TriageDecision.ASSIGN, "请核查", null, List.of(c.deptA().id()), false),
                c.officer());
        unitTasks.verify(t.taskId(r.id(), TASK_VERIFY), VerificationOutcome.SUBSTANTIATED, "属实", c.applicantA());
        unitTasks.plan(
                t.taskId(r.id(), TASK_PLAN, c.deptA()),
                "停止拍照留痕",
                Clock.now().toLocalDate().plusDays(10),
                c.applicantA());
        unitTasks.report(t.taskId(r.id(), TASK_REPORT, c.deptA()), "已停止", c.applicantA());
        officeTasks.checkRectification(t.taskId(r.id(), TASK_ACCEPT), AcceptDecision.ACCEPT, null, c.officer());
        officeTasks.reply(t.taskId(r.id(), TASK_REPLY), "经核查问题属实，已督促整改。", c.officer());
        portal.rate(r.id(), Rating.SATISFIED, null, false);
        return r;
    }

    /** What publishing could change: the clue's typical columns and its audit trail. */
    private Map<String, Object> state(long id) {
        Map<String, Object> s = new LinkedHashMap<>(
                jdbc.queryForMap("SELECT typical, typical_summary, typical_at, updated_at FROM clue WHERE id = ?", id));
        s.put(
                "audit",
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_type = ? AND subject_id = ?",
                        Long.class,
                        SUBJECT,
                        id));
        return s;
    }

    private static Map<String, Object> publish(String summary, String digest) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("typical", true);
        body.put("summary", summary);
        if (digest != null) {
            body.put("confirmedDigest", digest);
        }
        return body;
    }

    private JsonNode preview(long id, String summary, int expected) throws Exception {
        return call(
                c.officer(),
                jsonBody(post("/api/clues/" + id + "/typical/preview"), Map.of("summary", summary)),
                expected);
    }

    private JsonNode flag(long id, Map<String, Object> body, int expected) throws Exception {
        return call(c.officer(), jsonBody(post("/api/clues/" + id + "/typical"), body), expected);
    }

    private String published() throws Exception {
        return mvc.perform(get("/api/public/clues/typical").param("size", "100"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode publicCase(String clueNo) throws Exception {
        for (JsonNode item : json.readTree(published()).get("items")) {
            if (item.get("clueNo").asText().equals(clueNo)) {
                return item;
            }
        }
        throw new AssertionError("not published: " + clueNo);
    }

    private JsonNode call(CurrentUser u, MockHttpServletRequestBuilder request, int expected) throws Exception {
        String body = mvc.perform(request.with(user(u)).with(csrf()))
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return body.isEmpty() ? json.nullNode() : json.readTree(body);
    }

    private MockHttpServletRequestBuilder jsonBody(MockHttpServletRequestBuilder r, Object body) throws Exception {
        return r.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
