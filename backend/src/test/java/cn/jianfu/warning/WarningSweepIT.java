package cn.jianfu.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.common.Clock;
import cn.jianfu.search.SearchIndex;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.EngineClock;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every rule raises its warning and resolves it when the condition clears; two sweeps at once open one. */
@JianfuTest
class WarningSweepIT {

    @Autowired
    WarningSweep sweep;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    LockProvider locks;

    @Autowired
    SearchIndex search;

    County c;

    @BeforeEach
    void county() {
        c = counties.create();
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void anItemExpiringWithin90DaysIsWarnedAboutUntilItsValidityIsExtended() {
        LocalDate today = Clock.now().toLocalDate();
        long item = item("WX" + c.suffix(), today.minusYears(1), today.plusDays(20), "ALL", "0");
        sweep.sweep();
        Map<String, Object> w = open(WarningRule.ITEM_EXPIRING, item);
        assertThat(w.get("severity")).isEqualTo("WARNING");
        assertThat(w.get("org_id")).isEqualTo(c.deptA().id());
        assertThat((String) w.get("params")).contains("\"days\":\"20\"");

        jdbc.update("UPDATE admission_item SET expiry_date = ? WHERE id = ?", today.plusDays(200), item);
        sweep.sweep();
        assertThat(openCount(WarningRule.ITEM_EXPIRING, item)).isZero();
        assertThat(statuses(WarningRule.ITEM_EXPIRING, item)).containsExactly("RESOLVED");
    }

    @Test
    void aVillageOverItsCapacityIsWarnedAboutUntilItIsNot() throws Exception {
        LocalDate today = Clock.now().toLocalDate();
        long item = item("WV" + c.suffix(), today.minusDays(1), today.plusYears(1), "SELECTED", "30");
        jdbc.update(
                "INSERT INTO admission_item_target (item_id, org_id) VALUES (?, ?)",
                item,
                c.village1().id());
        send(
                c.officer(),
                put("/api/burden/villages/" + c.village1().id() + "/capacity"),
                Map.of("hoursPerMonth", 10),
                200);
        sweep.sweep();
        assertThat(open(WarningRule.VILLAGE_OVER_CAPACITY, c.village1().id()).get("severity"))
                .isEqualTo("SERIOUS");
        assertThat(openCount(WarningRule.VILLAGE_OVER_CAPACITY, c.village2().id()))
                .isZero();

        send(
                c.officer(),
                put("/api/burden/villages/" + c.village1().id() + "/capacity"),
                Map.of("hoursPerMonth", 700),
                200);
        sweep.sweep();
        assertThat(openCount(WarningRule.VILLAGE_OVER_CAPACITY, c.village1().id()))
                .isZero();
    }

    @Test
    void aUnitWithThreeSubstantiatedCluesInHalfAYearIsWarnedAbout() {
        long[] units = new long[3];
        for (int i = 0; i < 3; i++) {
            units[i] = clueUnit(c.deptB().id(), "SUBSTANTIATED", "RECTIFYING", 0);
        }
        sweep.sweep();
        assertThat((String)
                        open(WarningRule.REPEATED_SUBSTANTIATED, c.deptB().id()).get("params"))
                .contains("\"clues\":\"3\"");

        jdbc.update("UPDATE clue_unit SET outcome = 'NOT_SUBSTANTIATED' WHERE id = ?", units[0]);
        sweep.sweep();
        assertThat(openCount(WarningRule.REPEATED_SUBSTANTIATED, c.deptB().id()))
                .isZero();
    }

    @Test
    void aRectificationSentBackTwiceIsWarnedAboutUntilItIsAccepted() {
        long unit = clueUnit(c.deptA().id(), "SUBSTANTIATED", "RECTIFYING", 2);
        long once = clueUnit(c.deptA().id(), "SUBSTANTIATED", "RECTIFYING", 1);
        sweep.sweep();
        assertThat(open(WarningRule.RECTIFICATION_SENT_BACK, unit).get("org_id"))
                .isEqualTo(c.deptA().id());
        assertThat(openCount(WarningRule.RECTIFICATION_SENT_BACK, once)).isZero();

        jdbc.update("UPDATE clue_unit SET status = 'DONE' WHERE id = ?", unit);
        sweep.sweep();
        assertThat(openCount(WarningRule.RECTIFICATION_SENT_BACK, unit)).isZero();
    }

    @Test
    void aStepPastItsDeadlineIsOverdueAndTheWarningEndsWhenTheStepIsDone() throws Exception {
        JsonNode app = json.readTree(send(
                c.applicantA(),
                post("/api/admission/applications"),
                TestCounty.form("预警测试事项" + c.suffix(), c.deptA(), c.township()),
                201));
        JsonNode submitted = json.readTree(send(
                c.applicantA(),
                post("/api/admission/applications/" + app.get("id").asLong() + "/submit"),
                null,
                200));
        String taskId = submitted.get("currentTask").get("taskId").asText();
        LocalDateTime due =
                jdbc.queryForObject("SELECT DUE_DATE_ FROM ACT_RU_TASK WHERE ID_ = ?", LocalDateTime.class, taskId);

        EngineClock.set(due.minusHours(2));
        sweep.sweep();
        assertThat(open(WarningRule.STEP_DUE_SOON, taskId).get("severity")).isEqualTo("WARNING");
        assertThat(openCount(WarningRule.STEP_OVERDUE, taskId)).isZero();

        EngineClock.set(LocalDateTime.now().plusDays(40));
        sweep.sweep();
        assertThat(statuses(WarningRule.STEP_DUE_SOON, taskId)).containsExactly("RESOLVED");
        Map<String, Object> overdue = open(WarningRule.STEP_OVERDUE, taskId);
        assertThat((String) overdue.get("params"))
                .contains("\"businessKey\":\"" + app.get("id").asLong() + "\"");

        send(
                c.applicantA(),
                post("/api/admission/applications/" + app.get("id").asLong() + "/withdraw"),
                Map.of("reason", "测试结束"),
                200);
        sweep.sweep();
        assertThat(openCount(WarningRule.STEP_OVERDUE, taskId)).isZero();
    }

    @Test
    void similarItemsInForceLedByTwoDepartmentsAreWarnedAboutUntilOneEnds() {
        LocalDate today = Clock.now().toLocalDate();
        long first = item("WMA" + c.suffix(), today.minusDays(10), today.plusYears(1), "ALL", "1");
        long second = item("WMB" + c.suffix(), today.minusDays(10), today.plusYears(1), "ALL", "1");
        long sameLead = item("WMC" + c.suffix(), today.minusDays(10), today.plusYears(1), "ALL", "1");
        jdbc.update("UPDATE admission_item SET item_name = ? WHERE id = ?", "村级河道巡查台账填报" + c.suffix(), first);
        jdbc.update(
                "UPDATE admission_item SET item_name = ?, lead_org_id = ? WHERE id = ?",
                "村级河道巡查台账报送" + c.suffix(),
                c.deptB().id(),
                second);
        jdbc.update("UPDATE admission_item SET item_name = ? WHERE id = ?", "古树名木挂牌登记" + c.suffix(), sameLead);
        sweep.sweep();
        Map<String, Object> w = open(WarningRule.MULTI_LEAD, "ITEM", first);
        assertThat(w.get("subject_type")).isEqualTo("ITEM");
        assertThat((String) w.get("params"))
                .contains("\"otherLead\":\"" + c.deptB().name() + "\"")
                .contains("\"similar\":\"1\"");
        assertThat(openCount(WarningRule.MULTI_LEAD, "ITEM", second)).isZero();
        assertThat(openCount(WarningRule.MULTI_LEAD, "ITEM", sameLead)).isZero();

        jdbc.update("UPDATE admission_item SET expiry_date = ? WHERE id = ?", today.minusDays(1), second);
        sweep.sweep();
        assertThat(statuses(WarningRule.MULTI_LEAD, "ITEM", first)).containsExactly("RESOLVED");
    }

    @Test
    void anApplicationLikeAnotherDepartmentsItemIsWarnedAboutWhileInFlight() throws Exception {
        LocalDate today = Clock.now().toLocalDate();
        long theirs = item("WMD" + c.suffix(), today.minusDays(10), today.plusYears(1), "ALL", "1");
        jdbc.update(
                "UPDATE admission_item SET item_name = ?, lead_org_id = ? WHERE id = ?",
                "农村饮用水水源地巡查登记" + c.suffix(),
                c.deptB().id(),
                theirs);
        search.markChanged(); // the item went in by SQL: tell the index
        JsonNode app = json.readTree(send(
                c.applicantA(),
                post("/api/admission/applications"),
                TestCounty.form("农村饮用水水源地巡查登记" + c.suffix(), c.deptA(), c.township()),
                201));
        long id = app.get("id").asLong();
        send(c.applicantA(), post("/api/admission/applications/" + id + "/submit"), null, 200);
        sweep.sweep();
        Map<String, Object> w = open(WarningRule.MULTI_LEAD, "APPLICATION", id);
        assertThat(w.get("subject_type")).isEqualTo("APPLICATION");
        assertThat(w.get("org_id")).isEqualTo(c.deptA().id());
        assertThat((String) w.get("params")).contains(c.deptB().name());

        send(c.applicantA(), post("/api/admission/applications/" + id + "/withdraw"), Map.of("reason", "与已有事项重复"), 200);
        sweep.sweep();
        assertThat(statuses(WarningRule.MULTI_LEAD, "APPLICATION", id)).containsExactly("RESOLVED");
    }

    @Test
    void similarCluesAboutDifferentUnitsAreWarnedAboutWhileTwoUnitsRemain() {
        String text = "要求每户填写白蚁防治登记卡并拍摄蚁巢照片回传乡镇" + c.suffix();
        long aboutA = clueAbout(c.deptA().id(), text);
        long aboutB = clueAbout(c.deptB().id(), "每户都要填写白蚁防治登记卡并拍摄蚁巢照片回传" + c.suffix());
        long againA = clueAbout(c.deptA().id(), text + "。");
        long unrelated = clueAbout(c.deptB().id(), "村卫生室的药品进货台账需要每天手工抄写三遍" + c.suffix());
        sweep.sweep();
        Map<String, Object> w = open(WarningRule.SIMILAR_CLUES, aboutA);
        assertThat(w.get("subject_type")).isEqualTo("CLUE");
        assertThat((String) w.get("params"))
                .contains("\"clues\":\"3\"")
                .contains(c.deptA().name())
                .contains(c.deptB().name());
        assertThat(openCount(WarningRule.SIMILAR_CLUES, unrelated)).isZero();
        assertThat(openCount(WarningRule.SIMILAR_CLUES, againA)).isZero();

        // the clue about the second unit is closed: what remains is about one unit only
        jdbc.update("UPDATE clue SET status = 'CLOSED' WHERE id = ?", aboutB);
        sweep.sweep();
        assertThat(statuses(WarningRule.SIMILAR_CLUES, aboutA)).containsExactly("RESOLVED");
    }

    @Test
    void sweepsAtTheSameMomentOpenOneWarningAndNeverDeadlock() throws Exception {
        LocalDate today = Clock.now().toLocalDate();
        long item = item("WT" + c.suffix(), today.minusYears(1), today.plusDays(5), "ALL", "0");
        int nodes = 4;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            for (int round = 0; round < 3; round++) {
                CyclicBarrier together = new CyclicBarrier(nodes);
                Callable<Map<WarningRule, Integer>> node = () -> {
                    together.await();
                    return sweep.sweep();
                };
                List<Future<Map<WarningRule, Integer>>> runs = pool.invokeAll(Collections.nCopies(nodes, node));
                for (Future<Map<WarningRule, Integer>> run : runs) {
                    assertThat(run.get().get(WarningRule.ITEM_EXPIRING)).isPositive();
                }
                // found by every sweep, so never resolved by another sweep in between
                assertThat(statuses(WarningRule.ITEM_EXPIRING, item)).containsExactly("OPEN");
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("SELECT last_sweep FROM warning_sweep_turn WHERE id = 1", String.class))
                .isNotBlank();
    }

    @Test
    void theSweepLockIsHeldByOneNodeAtATime() {
        LockConfiguration config =
                new LockConfiguration(Instant.now(), "test-lock-" + c.suffix(), Duration.ofMinutes(1), Duration.ZERO);
        SimpleLock held = locks.lock(config).orElseThrow();
        try {
            assertThat(locks.lock(config)).isEmpty();
        } finally {
            held.unlock();
        }
        assertThat(locks.lock(config)).isPresent();
    }

    @Test
    void peopleAcknowledgeWhatTheyMaySeeOnceWithANote() throws Exception {
        LocalDate today = Clock.now().toLocalDate();
        long item = item("WA" + c.suffix(), today.minusYears(1), today.plusDays(10), "ALL", "0");
        sweep.sweep();
        long id = ((Number) open(WarningRule.ITEM_EXPIRING, item).get("id")).longValue();

        send(c.villager(), get("/api/warnings/" + id), null, 404);
        send(c.applicantB(), post("/api/warnings/" + id + "/acknowledge"), Map.of("note", "x"), 404);
        send(c.applicantA(), post("/api/warnings/" + id + "/acknowledge"), Map.of("note", "  "), 400);
        JsonNode acknowledged = json.readTree(
                send(c.applicantA(), post("/api/warnings/" + id + "/acknowledge"), Map.of("note", "已启动评估𠀾"), 200));
        assertThat(acknowledged.get("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.get("acknowledgedNote").asText()).isEqualTo("已启动评估𠀾");
        assertThat(json.readTree(send(
                                c.officer(), post("/api/warnings/" + id + "/acknowledge"), Map.of("note", "再次"), 409))
                        .get("message")
                        .asText())
                .isEqualTo("该预警已知悉，无需再次知悉");

        JsonNode mine =
                json.readTree(send(c.applicantA(), get("/api/warnings").param("rule", "ITEM_EXPIRING"), null, 200));
        mine.get("items").forEach(w -> assertThat(w.get("orgId").asLong())
                .isEqualTo(c.deptA().id()));
        sweep.sweep();
        assertThat(statuses(WarningRule.ITEM_EXPIRING, item)).containsExactly("ACKNOWLEDGED");
    }

    // ---------------------------------------------------------------- fixture

    private long item(String listNo, LocalDate from, LocalDate to, String scope, String hours) {
        jdbc.update(
                "INSERT INTO admission_item (list_no, item_name, category, lead_org_id, content, performance_standard,"
                        + " target_scope, workload_hours_per_month, effective_date, expiry_date, created_at)"
                        + " VALUES (?, ?, 'BASIC', ?, '内容', '标准', ?, ?, ?, ?, ?)",
                listNo,
                "预警测试" + listNo,
                c.deptA().id(),
                scope,
                new java.math.BigDecimal(hours),
                from,
                to,
                LocalDateTime.now());
        return jdbc.queryForObject("SELECT id FROM admission_item WHERE list_no = ?", Long.class, listNo);
    }

    private long clueUnit(long orgId, String outcome, String status, int sentBack) {
        String no = "W" + c.suffix() + System.nanoTime() % 100000;
        jdbc.update(
                "INSERT INTO clue (clue_no, category, source, description, anonymous, query_code_hash, status,"
                        + " created_at, updated_at) VALUES (?, 'INSPECTIONS', 'HOTLINE', '预警测试线索的问题描述', TRUE, 'x',"
                        + " 'RECTIFYING', ?, ?)",
                no,
                LocalDateTime.now(),
                LocalDateTime.now());
        long clue = jdbc.queryForObject("SELECT id FROM clue WHERE clue_no = ?", Long.class, no);
        jdbc.update(
                "INSERT INTO clue_unit (clue_id, org_id, unit_role, status, outcome, verified_at, send_back_count)"
                        + " VALUES (?, ?, 'DEPARTMENT', ?, ?, ?, ?)",
                clue,
                orgId,
                status,
                outcome,
                LocalDateTime.now(),
                sentBack);
        return jdbc.queryForObject("SELECT id FROM clue_unit WHERE clue_id = ?", Long.class, clue);
    }

    private long clueAbout(long orgId, String description) {
        String no = "WS" + c.suffix() + System.nanoTime() % 100000;
        jdbc.update(
                "INSERT INTO clue (clue_no, category, source, reported_org_id, description, anonymous, query_code_hash,"
                        + " status, created_at, updated_at) VALUES (?, 'INSPECTIONS', 'HOTLINE', ?, ?, TRUE, 'x',"
                        + " 'VERIFYING', ?, ?)",
                no,
                orgId,
                description,
                LocalDateTime.now(),
                LocalDateTime.now());
        return jdbc.queryForObject("SELECT id FROM clue WHERE clue_no = ?", Long.class, no);
    }

    private Map<String, Object> open(WarningRule rule, Object subject) {
        return open(rule, "%", subject);
    }

    /**
     * {@code type}: the kind of subject, where the rule has more than one (the multi-lead rule warns
     * about items and applications, whose ids may be equal); {@code %} for any.
     */
    private Map<String, Object> open(WarningRule rule, String type, Object subject) {
        return jdbc.queryForMap(
                "SELECT * FROM warning WHERE rule = ? AND subject_type LIKE ? AND subject_key = ?"
                        + " AND status <> 'RESOLVED'",
                rule.name(),
                type,
                String.valueOf(subject));
    }

    private int openCount(WarningRule rule, Object subject) {
        return openCount(rule, "%", subject);
    }

    private int openCount(WarningRule rule, String type, Object subject) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM warning WHERE rule = ? AND subject_type LIKE ? AND subject_key = ?"
                        + " AND status <> 'RESOLVED'",
                Integer.class,
                rule.name(),
                type,
                String.valueOf(subject));
    }

    private List<String> statuses(WarningRule rule, Object subject) {
        return statuses(rule, "%", subject);
    }

    private List<String> statuses(WarningRule rule, String type, Object subject) {
        return jdbc.queryForList(
                "SELECT status FROM warning WHERE rule = ? AND subject_type LIKE ? AND subject_key = ? ORDER BY id",
                String.class,
                rule.name(),
                type,
                String.valueOf(subject));
    }

    private String send(CurrentUser u, MockHttpServletRequestBuilder request, Object body, int expected)
            throws Exception {
        request.with(user(u)).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request)
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
