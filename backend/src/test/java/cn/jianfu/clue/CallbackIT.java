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
import cn.jianfu.org.OrgUnit;
import cn.jianfu.org.Role;
import cn.jianfu.org.UserService;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.EngineClock;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

/**
 * 回访 through the API: who may call back and when, not reached and reached, the verdict taken as the
 * clue's rating (closing or reopening it as a portal rating does, and counted in 满意率), double
 * clicks and two officers at once; and the first response (响应) of the office and of a unit.
 */
@JianfuTest
class CallbackIT {

    private static final String NOTE = "电话无人接听，稍后再打𠀀😀";

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
    UnitTasks unitTasks;

    @Autowired
    OfficeTasks officeTasks;

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

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    private JsonNode call(CurrentUser u, MockHttpServletRequestBuilder request, Object body, int expected)
            throws Exception {
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        String text = mvc.perform(request.with(user(u)).with(csrf()))
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return text.isEmpty() ? null : json.readTree(text);
    }

    private JsonNode callback(long id, CurrentUser by, Map<String, Object> body, int expected) throws Exception {
        return call(by, post("/api/clues/" + id + "/callbacks"), body, expected);
    }

    private static Map<String, Object> notReached(String note) {
        Map<String, Object> m = new HashMap<>();
        m.put("reached", false);
        m.put("note", note);
        return m;
    }

    private static Map<String, Object> reached(boolean satisfied, String note) {
        Map<String, Object> m = new HashMap<>();
        m.put("reached", true);
        m.put("satisfied", satisfied);
        m.put("note", note);
        return m;
    }

    private JsonNode detail(long id, CurrentUser who) throws Exception {
        return call(who, get("/api/clues/" + id), null, 200);
    }

    /** Assigned to department A, found not true, answered: the clue awaits the reporter's rating. */
    private ClueReceipt awaitingRating(ClueForm form) throws Exception {
        ClueReceipt receipt = intake.submitPublic(form);
        long id = receipt.id();
        call(
                c.officer(),
                post("/api/clues/tasks/" + t.taskId(id, TASK_TRIAGE) + "/triage"),
                new TriageForm(
                        TriageDecision.ASSIGN, null, null, List.of(c.deptA().id()), false),
                200);
        unitTasks.verify(
                t.taskId(id, TASK_VERIFY, c.deptA()),
                VerificationOutcome.NOT_SUBSTANTIATED,
                "经核查，反映情况不属实",
                c.applicantA());
        officeTasks.reply(t.taskId(id, TASK_REPLY), "经核查，该做法已停止，感谢您的反映。", c.officer());
        return receipt;
    }

    private long named(String what) throws Exception {
        return awaitingRating(ClueTesting.named(c, what + c.suffix())).id();
    }

    private int callbackRows(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM clue_callback WHERE clue_id = ?", Integer.class, id);
    }

    private String clueStatus(long id) {
        return jdbc.queryForObject("SELECT status FROM clue WHERE id = ?", String.class, id);
    }

    @Test
    void notReachedIsRecordedAndReachedSatisfiedClosesTheClueAndCountsInSatisfaction() throws Exception {
        long id = named("要求村干部每天在三个工作群里打卡");
        JsonNode d = detail(id, c.officer());
        assertThat(d.get("callbackPossible").asBoolean()).isTrue();
        assertThat(d.at("/reporter/phone").asText()).isEqualTo(ClueTesting.PHONE);
        assertThat(detail(id, c.applicantA()).get("callbackPossible").asBoolean())
                .isFalse();

        // not reached, twice: only recorded, the clue still awaits its rating
        callback(id, c.officer(), notReached(NOTE), 200);
        d = callback(id, c.officer(), notReached(null), 200);
        assertThat(d.get("status").asText()).isEqualTo("RATING");
        assertThat(d.get("rating").isNull()).isTrue();
        assertThat(d.get("callbacks")).hasSize(2);
        assertThat(d.get("callbacks").get(0).get("note").asText()).isEqualTo(NOTE);
        assertThat(d.get("callbacks").get(0).get("reached").asBoolean()).isFalse();
        assertThat(d.get("callbacks").get(0).get("satisfied").isNull()).isTrue();
        assertThat(d.get("callbacks").get(0).get("calledBy").asText())
                .isEqualTo(c.officer().getUsername());
        assertThat(jdbc.queryForObject(
                        "SELECT note FROM clue_callback WHERE clue_id = ? ORDER BY id LIMIT 1", String.class, id))
                .isEqualTo(NOTE);

        d = callback(id, c.officer(), reached(true, "反映人表示打卡已取消，满意"), 200);
        assertThat(d.get("status").asText()).isEqualTo("CLOSED");
        assertThat(d.get("rating").asText()).isEqualTo("SATISFIED");
        assertThat(d.get("ratingVia").asText()).isEqualTo("CALLBACK");
        assertThat(d.get("callbackPossible").asBoolean()).isFalse();
        assertThat(d.get("callbacks")).hasSize(3);
        assertThat(d.get("callbacks").get(2).get("satisfied").asBoolean()).isTrue();
        assertThat(d.get("history").findValuesAsText("action"))
                .contains("CALLBACK_RECORDED", "CLOSED")
                .filteredOn("CALLBACK_RECORDED"::equals)
                .hasSize(3);
        assertThat(d.get("history").findValuesAsText("comment")).anyMatch(s -> s.contains("回访评价：满意"));
        assertThat(t.task(id, TASK_PLAN, null)).isNull();

        // the call-back's verdict counts in 满意率 like a portal rating
        JsonNode units = call(c.officer(), get("/api/monitor/clues"), null, 200).get("units");
        JsonNode row = null;
        for (JsonNode n : units) {
            if (n.get("orgId").asLong() == c.deptA().id()) {
                row = n;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.at("/satisfaction/part").asLong()).isEqualTo(1);
        assertThat(row.at("/satisfaction/whole").asLong()).isEqualTo(1);
        JsonNode satisfied = call(
                c.officer(),
                get("/api/clues?bucket=SATISFIED&unitOrgId=" + c.deptA().id()),
                null,
                200);
        assertThat(satisfied.get("items").findValuesAsText("id")).containsExactly(String.valueOf(id));

        // afterwards: no call-back, reached or not
        JsonNode again = callback(id, c.officer(), reached(true, null), 409);
        assertThat(again.get("message").asText()).contains("已办结");
        callback(id, c.officer(), notReached(null), 409);
        assertThat(callbackRows(id)).isEqualTo(3);
    }

    @Test
    void aPortalRatingAfterAReachedCallbackGetsThePortalsAnswer() throws Exception {
        ClueReceipt r = awaitingRating(ClueTesting.named(c, "要求社区每周报送三张重复的统计表" + c.suffix()));
        callback(r.id(), c.officer(), reached(true, null), 200);
        String answer = mvc.perform(post("/api/public/clues/rate")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "clueNo",
                                r.clueNo(),
                                "code",
                                r.queryCode(),
                                "rating",
                                "UNSATISFIED",
                                "comment",
                                "不满意")))
                        .with(csrf())
                        .with(req -> {
                            req.setRemoteAddr("10.78.0." + (1 + (int) (r.id() % 250)));
                            return req;
                        }))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer).contains("该线索当前不能评价");
        assertThat(jdbc.queryForObject("SELECT rating FROM clue WHERE id = ?", String.class, r.id()))
                .isEqualTo("SATISFIED");
    }

    @Test
    void reachedUnsatisfiedReopensTheClueAsAPortalRatingDoes() throws Exception {
        long id = named("要求村里为每项检查准备纸质台账");
        JsonNode noReason = callback(id, c.officer(), reached(false, " "), 400);
        assertThat(noReason.at("/fieldErrors/note").asText()).contains("不满意的原因");
        assertThat(callbackRows(id)).isZero();

        JsonNode d = callback(id, c.officer(), reached(false, "反映人说台账仍要每月报送😀"), 200);
        assertThat(d.get("status").asText()).isEqualTo("RECTIFYING");
        assertThat(d.get("reopenCount").asInt()).isEqualTo(1);
        assertThat(d.get("rating").asText()).isEqualTo("UNSATISFIED");
        assertThat(d.get("ratingVia").asText()).isEqualTo("CALLBACK");
        assertThat(d.get("history").findValuesAsText("action")).contains("CALLBACK_RECORDED", "REOPENED");
        assertThat(t.task(id, TASK_PLAN, c.deptA())).isNotNull();
        // the second click of a double click
        JsonNode again = callback(id, c.officer(), reached(false, "再记一次"), 409);
        assertThat(again.get("message").asText()).contains("待评价期间");
        assertThat(callbackRows(id)).isEqualTo(1);
    }

    @Test
    void refusedForOthersThanTheOfficeWithoutAPhoneBeforeTheReplyAndForBadInput() throws Exception {
        long id = named("要求村里在三个App上重复上报同一数据");
        CurrentUser verifier = t.verifier(c);
        callback(id, c.applicantA(), notReached(null), 403);
        callback(id, verifier, notReached(null), 403);
        callback(id, c.villager(), notReached(null), 403);

        JsonNode none = callback(id, c.officer(), new HashMap<>(), 400);
        assertThat(none.at("/fieldErrors/reached").asText()).isEqualTo("请选择是否联系上反映人");
        Map<String, Object> noVerdict = new HashMap<>();
        noVerdict.put("reached", true);
        JsonNode verdict = callback(id, c.officer(), noVerdict, 400);
        assertThat(verdict.at("/fieldErrors/satisfied").asText()).isEqualTo("请选择反映人是否满意");
        JsonNode tooLong = callback(id, c.officer(), notReached("字".repeat(501)), 400);
        assertThat(tooLong.at("/fieldErrors/note").asText()).contains("500");
        callback(id, c.officer(), notReached("𠀀".repeat(500)), 200);
        callback(id, c.officer(), notReached(null), 200);
        assertThat(callbackRows(id)).isEqualTo(2);
        callback(999_999_999L, c.officer(), notReached(null), 404);

        // anonymous, and named without a phone: nobody to call
        long anonymous =
                awaitingRating(ClueTesting.form(c, "匿名反映：要求拍照留痕" + c.suffix())).id();
        assertThat(detail(anonymous, c.officer()).get("callbackPossible").asBoolean())
                .isFalse();
        JsonNode noPhone = callback(anonymous, c.officer(), notReached(null), 409);
        assertThat(noPhone.get("message").asText()).isEqualTo("反映人未留联系电话，不能回访");
        long nameOnly = awaitingRating(new ClueForm(
                        ClueCategory.FINGERTIP_FORMALISM,
                        null,
                        c.deptA().id(),
                        null,
                        null,
                        null,
                        "只留姓名：要求每天上传巡查照片" + c.suffix(),
                        false,
                        "李某",
                        null))
                .id();
        callback(nameOnly, c.officer(), reached(true, null), 409);
        assertThat(clueStatus(nameOnly)).isEqualTo("RATING");

        // before the reply
        long early = intake.submitPublic(ClueTesting.named(c, "尚未分办：要求填报重复表格" + c.suffix()))
                .id();
        assertThat(detail(early, c.officer()).get("callbackPossible").asBoolean())
                .isFalse();
        JsonNode before = callback(early, c.officer(), notReached(null), 409);
        assertThat(before.get("message").asText()).contains("答复反映人后、待评价期间才能回访");
        assertThat(callbackRows(early) + callbackRows(anonymous) + callbackRows(nameOnly))
                .isZero();

        // the call-backs are the office's and the verifiers' business, not the unit's
        assertThat(detail(id, c.applicantA()).get("callbacks")).isEmpty();
        assertThat(detail(id, verifier).get("callbacks")).hasSize(2);
    }

    @Test
    void twoOfficersAtOnceOneWinsTheOtherIsRefused() throws Exception {
        long id = named("同时回访：要求社区每周开三次会");
        CurrentUser second = counties.extraUser(c, "of2", c.office(), Role.OFFICE);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> codes = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> sent = new ArrayList<>();
            for (CurrentUser who : List.of(c.officer(), second)) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/api/clues/" + id + "/callbacks")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(json.writeValueAsString(reached(true, "同时回访")))
                                    .with(user(who))
                                    .with(csrf()))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> f : sent) {
                codes.add(f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(codes).containsExactlyInAnyOrder(200, 409);
        assertThat(callbackRows(id)).isEqualTo(1);
        assertThat(clueStatus(id)).isEqualTo("CLOSED");
    }

    @Test
    void firstResponseIsKeptOnceForTheOfficeAndForEachUnit() throws Exception {
        LocalDateTime received = Clock.now().truncatedTo(ChronoUnit.SECONDS);
        EngineClock.set(received);
        long id = intake.submitPublic(ClueTesting.form(c, "响应测试：要求村里每天上报防汛照片" + c.suffix()))
                .id();
        assertThat(detail(id, c.officer()).get("firstResponseAt").isNull()).isTrue();

        LocalDateTime triaged = received.plusHours(2);
        EngineClock.set(triaged);
        JsonNode d = call(
                c.officer(),
                post("/api/clues/tasks/" + t.taskId(id, TASK_TRIAGE) + "/triage"),
                new TriageForm(
                        TriageDecision.ASSIGN,
                        null,
                        null,
                        List.of(c.deptA().id(), c.village1().id()),
                        false),
                200);
        assertThat(time(d.get("firstResponseAt"))).isEqualTo(triaged);
        assertThat(d.get("units").findValuesAsText("firstResponseAt")).containsOnly("null");

        // department A takes its verification the next day: its first response
        LocalDateTime claimed = triaged.plusDays(1);
        EngineClock.set(claimed);
        String taskA = t.taskId(id, TASK_VERIFY, c.deptA());
        call(c.applicantA(), post("/api/inbox/tasks/" + taskA + "/claim"), null, 204);
        call(c.applicantA(), post("/api/inbox/tasks/" + taskA + "/unclaim"), null, 204);
        // and verifies long after the time limit: the first response stays
        EngineClock.set(triaged.plusDays(40));
        unitTasks.verify(
                t.taskId(id, TASK_VERIFY, c.deptA()), VerificationOutcome.NOT_SUBSTANTIATED, "不属实", c.applicantA());
        d = detail(id, c.officer());
        JsonNode a = unitOf(d, c.deptA());
        JsonNode v = unitOf(d, c.village1());
        assertThat(time(a.get("firstResponseAt"))).isEqualTo(claimed);
        assertThat(time(a.get("verifiedAt"))).isAfter(time(a.get("verifyDueAt")));
        assertThat(v.get("firstResponseAt").isNull()).isTrue();
        assertThat(time(d.get("firstResponseAt"))).isEqualTo(triaged);

        // 响应率: A responded in time (by claiming it), the village not at all and its time has passed
        JsonNode units = call(c.officer(), get("/api/monitor/clues"), null, 200).get("units");
        assertThat(rate(units, c.deptA())).isEqualTo("1/1");
        assertThat(rate(units, c.village1())).isEqualTo("0/1");
        assertThat(call(
                                c.officer(),
                                get("/api/clues?bucket=RESPONDED_ON_TIME&unitOrgId="
                                        + c.deptA().id()),
                                null,
                                200)
                        .get("items")
                        .findValuesAsText("id"))
                .containsExactly(String.valueOf(id));

        // the village returns it (退单) within its limit on another clue: also a first response
        EngineClock.set(triaged.plusDays(41));
        long two = intake.submitPublic(ClueTesting.form(c, "响应测试二：要求村里每天上报照片" + c.suffix()))
                .id();
        call(
                c.officer(),
                post("/api/clues/tasks/" + t.taskId(two, TASK_TRIAGE) + "/triage"),
                new TriageForm(
                        TriageDecision.ASSIGN, null, null, List.of(c.village1().id()), false),
                200);
        LocalDateTime returned = triaged.plusDays(41).plusHours(1);
        EngineClock.set(returned);
        d = call(
                c.villager(),
                post("/api/clues/tasks/" + t.taskId(two, TASK_VERIFY, c.village1()) + "/return"),
                Map.of("reason", "不属本村职责"),
                200);
        assertThat(time(unitOf(d, c.village1()).get("firstResponseAt"))).isEqualTo(returned);
    }

    private static LocalDateTime time(JsonNode n) {
        return OffsetDateTime.parse(n.asText())
                .atZoneSameInstant(ZoneId.systemDefault())
                .toLocalDateTime();
    }

    private static JsonNode unitOf(JsonNode detail, OrgUnit org) {
        for (JsonNode u : detail.get("units")) {
            if (u.get("orgId").asLong() == org.id()) {
                return u;
            }
        }
        throw new AssertionError("no unit " + org.name());
    }

    private static String rate(JsonNode units, OrgUnit org) {
        for (JsonNode n : units) {
            if (n.get("orgId").asLong() == org.id()) {
                return n.at("/response/part").asLong() + "/"
                        + n.at("/response/whole").asLong();
            }
        }
        return "absent";
    }
}
