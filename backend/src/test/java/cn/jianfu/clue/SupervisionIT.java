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
import cn.jianfu.workflow.calendar.WorkingDayCalendar;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 督办 through the API: who may issue and answer, on which clues and units, deadlines, double clicks, the trail. */
@JianfuTest
class SupervisionIT {

    private static final String REQUEST = "请于期限内报送整改进展𠀀😀";
    private static final String ANSWER = "已召开专题会研究整改，取消打卡要求𠀀😀";

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

    @Autowired
    WorkingDayCalendar calendar;

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

    private JsonNode detail(long id, CurrentUser u) throws Exception {
        String text = mvc.perform(get("/api/clues/" + id).with(user(u)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(text);
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

    private long unitId(long clueId, long orgId) {
        return jdbc.queryForObject(
                "SELECT id FROM clue_unit WHERE clue_id = ? AND org_id = ?", Long.class, clueId, orgId);
    }

    private static Map<String, Object> order(Long unitId, String request, LocalDate due) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("request", request);
        body.put("dueDate", due == null ? null : due.toString());
        return body;
    }

    private JsonNode issue(long clueId, CurrentUser by, Map<String, Object> body, int expected) throws Exception {
        return call(by, post("/api/clues/" + clueId + "/supervisions"), body, expected);
    }

    private JsonNode answer(long clueId, long sid, CurrentUser by, String text, int expected) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("answer", text);
        return call(by, post("/api/clues/" + clueId + "/supervisions/" + sid + "/answer"), body, expected);
    }

    private int rows(long clueId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM clue_supervision WHERE clue_id = ?", Integer.class, clueId);
    }

    private LocalDate suggested(long clueId) throws Exception {
        return LocalDate.parse(
                detail(clueId, c.officer()).get("supervisionSuggestedDue").asText());
    }

    /** The ids of the clues listed with an open supervision order, for {@code u} in {@code scope}. */
    private List<Long> supervisedList(CurrentUser u, String scope) throws Exception {
        String text = mvc.perform(get("/api/clues")
                        .param("scope", scope)
                        .param("supervised", "true")
                        .param("size", "100")
                        .with(user(u)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<Long> ids = new ArrayList<>();
        json.readTree(text).get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    private LocalDate nonWorkingDay() {
        LocalDate d = Clock.now().toLocalDate().plusDays(1);
        while (calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    @Test
    void theOfficeSupervisesAUnitAndTheUnitAnswersOnce() throws Exception {
        long id = assigned();
        long deptUnit = unitId(id, c.deptA().id());
        LocalDate due = suggested(id);
        assertThat(due).isAfter(Clock.now().toLocalDate());
        assertThat(calendar.isWorkingDay(due)).isTrue();
        // the suggestion is for the office only
        assertThat(detail(id, c.applicantA()).get("supervisionSuggestedDue").isNull())
                .isTrue();

        JsonNode d = issue(id, c.officer(), order(deptUnit, "  " + REQUEST + " ", due), 200);
        assertThat(d.get("supervisions")).hasSize(1);
        JsonNode s = d.get("supervisions").get(0);
        long sid = s.get("id").asLong();
        assertThat(s.get("request").asText()).isEqualTo(REQUEST);
        assertThat(s.get("orgName").asText()).isEqualTo(c.deptA().name());
        assertThat(s.get("dueDate").asText()).isEqualTo(due.toString());
        assertThat(s.get("issuedByName").asText()).isEqualTo(c.officer().displayName());
        assertThat(s.get("answer").isNull()).isTrue();
        assertThat(s.get("overdue").asBoolean()).isFalse();
        assertThat(s.get("mayAnswer").asBoolean()).isFalse();
        assertThat(d.get("history").findValuesAsText("action")).contains("SUPERVISION_ISSUED");
        assertThat(jdbc.queryForObject("SELECT request_text FROM clue_supervision WHERE id = ?", String.class, sid))
                .isEqualTo(REQUEST);

        // the unit's people hear of it, with a link to the clue; the village does not
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification WHERE user_id = ? AND kind = 'SUPERVISION_ISSUED' AND link = ?",
                        Integer.class,
                        c.applicantA().id(),
                        "/clues/" + id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification WHERE user_id = ? AND kind = 'SUPERVISION_ISSUED'",
                        Integer.class,
                        c.villager().id()))
                .isZero();

        // the unit finds it in its list of clues under supervision; the village, also assigned, does not
        assertThat(supervisedList(c.applicantA(), "unit")).containsExactly(id);
        assertThat(supervisedList(c.villager(), "unit")).isEmpty();
        assertThat(supervisedList(c.officer(), "all")).contains(id);

        // the unit sees the order and may answer it; others may not
        JsonNode seen = detail(id, c.applicantA()).get("supervisions").get(0);
        assertThat(seen.get("mayAnswer").asBoolean()).isTrue();
        assertThat(detail(id, c.villager())
                        .get("supervisions")
                        .get(0)
                        .get("mayAnswer")
                        .asBoolean())
                .isFalse();
        answer(id, sid, c.villager(), ANSWER, 403);
        answer(id, sid, verifier, ANSWER, 403);
        answer(id, sid, c.officer(), ANSWER, 403);
        answer(id, sid, c.applicantB(), ANSWER, 404);
        JsonNode empty = answer(id, sid, c.applicantA(), "  ", 400);
        assertThat(empty.get("fieldErrors").get("answer").asText()).isEqualTo("请填写反馈情况");
        answer(id, sid, c.applicantA(), "字".repeat(ClueSupervisions.MAX_ANSWER + 1), 400);
        answer(id, sid + 100000, c.applicantA(), ANSWER, 404);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM clue_supervision WHERE id = ? AND answered_at IS NULL",
                        Integer.class,
                        sid))
                .isEqualTo(1);

        d = answer(id, sid, c.applicantA(), ANSWER, 200);
        s = d.get("supervisions").get(0);
        assertThat(s.get("answer").asText()).isEqualTo(ANSWER);
        assertThat(s.get("answeredByName").asText()).isEqualTo(c.applicantA().displayName());
        assertThat(s.get("late").asBoolean()).isFalse();
        assertThat(s.get("mayAnswer").asBoolean()).isFalse();
        assertThat(d.get("history").findValuesAsText("action")).contains("SUPERVISION_ISSUED", "SUPERVISION_ANSWERED");

        assertThat(supervisedList(c.applicantA(), "unit")).isEmpty();
        assertThat(supervisedList(c.officer(), "all")).doesNotContain(id);

        // once only
        JsonNode twice = answer(id, sid, c.applicantA(), "再次反馈", 409);
        assertThat(twice.toString()).contains("已反馈");
        assertThat(detail(id, c.officer())
                        .get("supervisions")
                        .get(0)
                        .get("answer")
                        .asText())
                .isEqualTo(ANSWER);

        // once answered, the office may supervise the unit again
        issue(id, c.officer(), order(deptUnit, "再次督办", due), 200);
        assertThat(rows(id)).isEqualTo(2);
    }

    @Test
    void badOrdersAreRefusedFieldByFieldAndChangeNothing() throws Exception {
        long id = assigned();
        long deptUnit = unitId(id, c.deptA().id());
        LocalDate due = suggested(id);

        issue(id, c.applicantA(), order(deptUnit, REQUEST, due), 403);
        issue(id, verifier, order(deptUnit, REQUEST, due), 403);

        JsonNode all = issue(id, c.officer(), order(null, " ", null), 400);
        assertThat(all.get("fieldErrors").get("unitId").asText()).isEqualTo("请选择督办单位");
        assertThat(all.get("fieldErrors").get("request").asText()).isEqualTo("请填写督办要求");
        assertThat(all.get("fieldErrors").get("dueDate").asText()).isEqualTo("请选择办理期限");
        JsonNode tooLong =
                issue(id, c.officer(), order(deptUnit, "字".repeat(ClueSupervisions.MAX_REQUEST + 1), due), 400);
        assertThat(tooLong.get("fieldErrors").get("request").asText()).contains("500");
        // 500 characters outside the BMP are 500, not 1000
        JsonNode past = issue(
                id, c.officer(), order(deptUnit, "𠀀".repeat(500), Clock.now().toLocalDate()), 400);
        assertThat(past.get("fieldErrors").has("request")).isFalse();
        assertThat(past.get("fieldErrors").get("dueDate").asText()).isEqualTo("办理期限须晚于今天");
        issue(
                id,
                c.officer(),
                order(deptUnit, REQUEST, Clock.now().toLocalDate().minusDays(3)),
                400);
        JsonNode holiday = issue(id, c.officer(), order(deptUnit, REQUEST, nonWorkingDay()), 400);
        assertThat(holiday.get("fieldErrors").get("dueDate").asText()).contains("工作日");

        // a unit of another clue
        long other = assigned();
        JsonNode foreign = issue(id, c.officer(), order(unitId(other, c.deptA().id()), REQUEST, due), 400);
        assertThat(foreign.get("fieldErrors").get("unitId").asText()).contains("承办单位");
        assertThat(rows(id)).isZero();
        assertThat(rows(other)).isZero();
        assertThat(detail(id, c.officer()).get("history").findValuesAsText("action"))
                .doesNotContain("SUPERVISION_ISSUED");
    }

    @Test
    void aReturnedUnitOrAFinishedClueIsNotSupervised() throws Exception {
        long id = assigned();
        long deptUnit = unitId(id, c.deptA().id());
        LocalDate due = suggested(id);
        call(
                c.applicantA(),
                post("/api/clues/tasks/" + t.taskId(id, TASK_VERIFY, c.deptA()) + "/return"),
                Map.of("reason", "不属本局职责"),
                200);
        JsonNode returned = issue(id, c.officer(), order(deptUnit, REQUEST, due), 400);
        assertThat(returned.get("fieldErrors").get("unitId").asText()).contains("退单");
        // the village still may be
        issue(id, c.officer(), order(unitId(id, c.village1().id()), REQUEST, due), 200);

        long closed = assigned();
        jdbc.update("UPDATE clue SET status = 'CLOSED' WHERE id = ?", closed);
        JsonNode finished =
                issue(closed, c.officer(), order(unitId(closed, c.deptA().id()), REQUEST, due), 409);
        assertThat(finished.toString()).contains("办结");
        assertThat(detail(closed, c.officer()).get("supervisionSuggestedDue").isNull())
                .isTrue();
        assertThat(rows(closed)).isZero();
        assertThat(rows(id)).isEqualTo(1);
    }

    @Test
    void aSecondOpenOrderForTheUnitIsAConflictEvenAtTheSameMoment() throws Exception {
        long id = assigned();
        long deptUnit = unitId(id, c.deptA().id());
        LocalDate due = suggested(id);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String body = json.writeValueAsString(order(deptUnit, REQUEST + i, due));
                futures.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/api/clues/" + id + "/supervisions")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(body)
                                    .with(user(c.officer()))
                                    .with(csrf()))
                            .andReturn()
                            .getResponse();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<MockHttpServletResponse> f : futures) {
                MockHttpServletResponse r = f.get(60, TimeUnit.SECONDS);
                statuses.add(r.getStatus());
                if (r.getStatus() == 409) {
                    assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("未反馈的督办");
                }
            }
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows(id)).isEqualTo(1);

        // and one after the other
        JsonNode again = issue(id, c.officer(), order(deptUnit, "再督办一次", due), 409);
        assertThat(again.toString()).contains("未反馈的督办");
        assertThat(rows(id)).isEqualTo(1);
        assertThat(detail(id, c.officer()).get("history").findValuesAsText("action").stream()
                        .filter("SUPERVISION_ISSUED"::equals)
                        .count())
                .isEqualTo(1);
    }

    @Test
    void anOrderPastItsDeadlineIsOverdueAndALateAnswerIsMarkedLate() throws Exception {
        long id = assigned();
        LocalDate due = suggested(id);
        JsonNode d = issue(id, c.officer(), order(unitId(id, c.village1().id()), REQUEST, due), 200);
        long sid = d.get("supervisions").get(0).get("id").asLong();

        ClockUtil.setCurrentTime(Clock.toDate(due.plusDays(1).atTime(9, 0)));
        JsonNode s = detail(id, c.villager()).get("supervisions").get(0);
        assertThat(s.get("overdue").asBoolean()).isTrue();
        assertThat(s.get("mayAnswer").asBoolean()).isTrue();

        d = answer(id, sid, c.villager(), ANSWER, 200);
        s = d.get("supervisions").get(0);
        assertThat(s.get("late").asBoolean()).isTrue();
        assertThat(s.get("overdue").asBoolean()).isFalse();
        assertThat(s.get("answer").asText()).isEqualTo(ANSWER);
        JsonNode entry = null;
        for (JsonNode h : d.get("history")) {
            if ("SUPERVISION_ANSWERED".equals(h.get("action").asText())) {
                entry = h;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("decision").asText()).isEqualTo("LATE");
        assertThat(entry.get("comment").asText()).contains("逾期").contains(ANSWER);
    }
}
