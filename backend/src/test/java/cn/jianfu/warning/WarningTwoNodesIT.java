package cn.jianfu.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.JianfuApplication;
import cn.jianfu.common.Clock;
import cn.jianfu.testing.EngineClock;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two application nodes on one MariaDB: node A is this test's application, node B a second
 * Spring Boot application (its own engine, connection pool, scheduler and lock provider) started
 * beside it on the same database. Every rule's warning is raised once and each person told once
 * when both nodes sweep at the same moment; a warning cleared on one node is resolved for the
 * other; and the scheduled sweep runs on one node only.
 */
@JianfuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarningTwoNodesIT {

    @Autowired
    WarningSweep sweepA;

    @Autowired
    WarningSchedule scheduleA;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    ConfigurableApplicationContext nodeB;

    @BeforeAll
    void startNodeB() {
        nodeB = new SpringApplicationBuilder(JianfuApplication.class)
                .properties(
                        "server.port=0",
                        "camunda.bpm.process-engine-name=nodeB",
                        "camunda.bpm.job-execution.enabled=false",
                        "spring.application.name=jianfu-node-b")
                .run();
    }

    @AfterAll
    void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void bothNodesSweepingAtOnceRaiseEachWarningOnceTellEachPersonOnceAndEitherClearsIt() throws Exception {
        County c = counties.create();
        long application = submittedApplication(c);
        String task = jdbc.queryForObject(
                "SELECT t.ID_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_"
                        + " WHERE e.BUSINESS_KEY_ = ? AND e.PROC_DEF_ID_ LIKE 'admission:%' AND t.DUE_DATE_ IS NOT NULL",
                String.class, String.valueOf(application));
        // forty days on: the review step is overdue; everything below is dated from then
        EngineClock.set(LocalDateTime.now().plusDays(40));
        LocalDate today = Clock.now().toLocalDate();
        Map<WarningRule, String> subjects = new LinkedHashMap<>();
        subjects.put(WarningRule.STEP_OVERDUE, task);

        long expiring =
                item(c, "TE" + c.suffix(), "两节点到期事项" + c.suffix(), c.deptA().id(), today.plusDays(15));
        subjects.put(WarningRule.ITEM_EXPIRING, String.valueOf(expiring));

        long heavy =
                item(c, "TH" + c.suffix(), "两节点重负事项" + c.suffix(), c.deptA().id(), today.plusYears(1));
        jdbc.update(
                "UPDATE admission_item SET target_scope = 'SELECTED', workload_hours_per_month = 40 WHERE id = ?",
                heavy);
        jdbc.update(
                "INSERT INTO admission_item_target (item_id, org_id) VALUES (?, ?)",
                heavy,
                c.village1().id());
        jdbc.update(
                "UPDATE org_unit SET capacity_hours_per_month = 10 WHERE id = ?",
                c.village1().id());
        subjects.put(
                WarningRule.VILLAGE_OVER_CAPACITY, String.valueOf(c.village1().id()));

        long alike = item(
                c, "TM" + c.suffix(), "农村危房排查季度报表填报" + c.suffix(), c.deptA().id(), today.plusYears(1));
        long alikeB = item(
                c, "TN" + c.suffix(), "农村危房排查季度报表报送" + c.suffix(), c.deptB().id(), today.plusYears(1));
        subjects.put(WarningRule.MULTI_LEAD, String.valueOf(alike));

        long clueA = clue(c, c.deptA().id(), "要求村里逐户核对候鸟迁徙观测点巡护日志并盖章" + c.suffix());
        long clueB = clue(c, c.deptB().id(), "逐户核对候鸟迁徙观测点巡护日志并盖章上交" + c.suffix());
        subjects.put(WarningRule.SIMILAR_CLUES, String.valueOf(clueA));

        List<Long> repeated = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            repeated.add(clueUnit(c, c.deptB().id(), 0));
        }
        subjects.put(
                WarningRule.REPEATED_SUBSTANTIATED, String.valueOf(c.deptB().id()));

        long sentBack = clueUnit(c, c.deptA().id(), 2);
        subjects.put(WarningRule.RECTIFICATION_SENT_BACK, String.valueOf(sentBack));

        bothAtOnce(() -> sweepA.sweep(), () -> nodeB.getBean(WarningSweep.class).sweep());

        subjects.forEach((rule, subject) ->
                assertThat(statuses(rule, subject)).as("%s %s", rule, subject).containsExactly("OPEN"));
        assertThat(userIdsOf(c.deptA().id())).isNotEmpty();
        for (WarningRule rule : List.of(WarningRule.ITEM_EXPIRING, WarningRule.RECTIFICATION_SENT_BACK)) {
            assertThat(noticesPerPerson(rule, subjects.get(rule)))
                    .as("each person of the department is told once of %s", rule)
                    .hasSize(userIdsOf(c.deptA().id()).size())
                    .allSatisfy(n -> assertThat(n).isEqualTo(1L));
        }

        // the conditions clear; node B sweeps alone, node A answers the warnings as resolved
        jdbc.update("UPDATE admission_item SET expiry_date = ? WHERE id = ?", today.plusYears(1), expiring);
        jdbc.update(
                "UPDATE org_unit SET capacity_hours_per_month = NULL WHERE id = ?",
                c.village1().id());
        jdbc.update("UPDATE admission_item SET expiry_date = ? WHERE id = ?", today.minusDays(1), alikeB);
        jdbc.update("UPDATE clue SET status = 'CLOSED' WHERE id = ?", clueB);
        jdbc.update("UPDATE clue_unit SET outcome = 'NOT_SUBSTANTIATED' WHERE id = ?", repeated.get(0));
        jdbc.update("UPDATE clue_unit SET status = 'DONE' WHERE id = ?", sentBack);
        send(c, post("/api/admission/applications/" + application + "/withdraw"), Map.of("reason", "测试结束"), 200);

        nodeB.getBean(WarningSweep.class).sweep();
        subjects.forEach((rule, subject) ->
                assertThat(statuses(rule, subject)).as("%s %s", rule, subject).containsExactly("RESOLVED"));
        long id = jdbc.queryForObject(
                "SELECT id FROM warning WHERE rule = 'ITEM_EXPIRING' AND subject_key = ?",
                Long.class,
                String.valueOf(expiring));
        JsonNode seenOnA = json.readTree(mvc.perform(get("/api/warnings/" + id).with(user(c.officer())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(seenOnA.get("status").asText()).isEqualTo("RESOLVED");

        sweepA.sweep();
        subjects.forEach((rule, subject) -> assertThat(statuses(rule, subject))
                .as("nothing reopened: %s %s", rule, subject)
                .containsExactly("RESOLVED"));
    }

    @Test
    void theScheduledSweepRunsOnOneNodeWhenBothAreDue() throws Exception {
        WarningSweep sweepB = nodeB.getBean(WarningSweep.class);
        WarningSchedule scheduleB = nodeB.getBean(WarningSchedule.class);
        long before = sweepA.sweepsRun() + sweepB.sweepsRun();
        try {
            bothAtOnce(
                    () -> {
                        scheduleA.run();
                        return null;
                    },
                    () -> {
                        scheduleB.run();
                        return null;
                    });
            assertThat(sweepA.sweepsRun() + sweepB.sweepsRun() - before).isEqualTo(1);
        } finally {
            // the lock is held at least 30 seconds after a run; free it for whatever runs next
            jdbc.update("UPDATE shedlock SET lock_until = CURRENT_TIMESTAMP(3) WHERE name = 'warning-sweep'");
        }
    }

    // ---------------------------------------------------------------- fixture

    private static void bothAtOnce(Callable<?> onA, Callable<?> onB) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> runs = two.invokeAll(List.of(
                    () -> {
                        together.await();
                        return onA.call();
                    },
                    () -> {
                        together.await();
                        return onB.call();
                    }));
            for (Future<Object> run : runs) {
                run.get();
            }
        } finally {
            two.shutdown();
        }
    }

    private long item(County c, String listNo, String name, long leadOrgId, LocalDate until) {
        jdbc.update(
                "INSERT INTO admission_item (list_no, item_name, category, lead_org_id, content, performance_standard,"
                        + " target_scope, workload_hours_per_month, effective_date, expiry_date, created_at)"
                        + " VALUES (?, ?, 'BASIC', ?, '内容', '标准', 'ALL', 0, ?, ?, ?)",
                listNo,
                name,
                leadOrgId,
                Clock.now().toLocalDate().minusYears(1),
                until,
                LocalDateTime.now());
        return jdbc.queryForObject("SELECT id FROM admission_item WHERE list_no = ?", Long.class, listNo);
    }

    private long clue(County c, Long reportedOrgId, String description) {
        String no = "TC" + c.suffix() + System.nanoTime() % 100000;
        jdbc.update(
                "INSERT INTO clue (clue_no, category, source, reported_org_id, description, anonymous, query_code_hash,"
                        + " status, created_at, updated_at) VALUES (?, 'INSPECTIONS', 'HOTLINE', ?, ?, TRUE, 'x',"
                        + " 'VERIFYING', ?, ?)",
                no,
                reportedOrgId,
                description,
                Clock.now(),
                Clock.now());
        return jdbc.queryForObject("SELECT id FROM clue WHERE clue_no = ?", Long.class, no);
    }

    private long clueUnit(County c, long orgId, int sentBack) {
        long clue = clue(c, null, "两节点测试线索" + System.nanoTime());
        jdbc.update(
                "INSERT INTO clue_unit (clue_id, org_id, unit_role, status, outcome, verified_at, send_back_count)"
                        + " VALUES (?, ?, 'DEPARTMENT', 'RECTIFYING', 'SUBSTANTIATED', ?, ?)",
                clue,
                orgId,
                Clock.now(),
                sentBack);
        return jdbc.queryForObject("SELECT id FROM clue_unit WHERE clue_id = ?", Long.class, clue);
    }

    private long submittedApplication(County c) throws Exception {
        JsonNode app = json.readTree(send(
                c,
                post("/api/admission/applications"),
                TestCounty.form("两节点预警事项" + c.suffix(), c.deptA(), c.township()),
                201));
        long id = app.get("id").asLong();
        send(c, post("/api/admission/applications/" + id + "/submit"), null, 200);
        return id;
    }

    private String send(
            County c,
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            Object body,
            int expected)
            throws Exception {
        request.with(user(c.applicantA())).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request)
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /**
     * The statuses of the rule's warnings about the subject, a subject of the kind this test gives
     * the rule: the multi-lead rule also warns about applications, and an application may have the
     * same id as the item.
     */
    private List<String> statuses(WarningRule rule, String subject) {
        return jdbc.queryForList(
                "SELECT status FROM warning WHERE rule = ? AND subject_type = ? AND subject_key = ? ORDER BY id",
                String.class,
                rule.name(),
                subjectType(rule),
                subject);
    }

    private static String subjectType(WarningRule rule) {
        return switch (rule) {
            case STEP_OVERDUE, STEP_DUE_SOON -> "TASK";
            case ITEM_EXPIRING, MULTI_LEAD, REVIEW_OVERRUN -> "ITEM";
            case VILLAGE_OVER_CAPACITY -> "VILLAGE";
            case SIMILAR_CLUES -> "CLUE";
            case REPEATED_SUBSTANTIATED, LOW_EVALUATION_SCORE -> "ORG";
            case RECTIFICATION_SENT_BACK -> "CLUE_UNIT";
        };
    }

    private List<Long> userIdsOf(long orgId) {
        return jdbc.queryForList("SELECT id FROM app_user WHERE org_id = ? AND enabled = TRUE", Long.class, orgId);
    }

    /** Per person: how many notices this warning produced. */
    private List<Long> noticesPerPerson(WarningRule rule, String subject) {
        return jdbc.queryForList(
                "SELECT COUNT(*) FROM notification WHERE event_key LIKE ? GROUP BY user_id",
                Long.class,
                "warning:" + rule.name() + ":%:" + subject + ":%");
    }
}
