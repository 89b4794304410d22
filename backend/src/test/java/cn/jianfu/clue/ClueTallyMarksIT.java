package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.TASK_ACCEPT;
import static cn.jianfu.clue.ClueProcess.TASK_PLAN;
import static cn.jianfu.clue.ClueProcess.TASK_REPLY;
import static cn.jianfu.clue.ClueProcess.TASK_REPORT;
import static cn.jianfu.clue.ClueProcess.TASK_TRIAGE;
import static cn.jianfu.clue.ClueProcess.TASK_VERIFY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jianfu.common.Clock;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.UserService;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every write of the clue chain marks its day for the dashboard's daily tallies: after each
 * step, the figures as kept up to date equal the figures rebuilt from the clue tables. A step that
 * forgot its mark would leave its day's tallies as they were before it.
 */
@JianfuTest
class ClueTallyMarksIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

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
    TestCounty counties;

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
    void everyStepOfADualAssignmentWithASendBackAndAReopeningKeepsTheTalliesExact() throws Exception {
        long before = received();
        long id = step("received", () -> submitted("村里每月要填九张内容相同的报表，层层加码（统计标记）"));
        assertThat(received()).as("the new clue is counted").isEqualTo(before + 1);
        CurrentUser a = c.applicantA();
        CurrentUser v = c.villager();
        step(
                "assigned to a department and a village",
                () -> triaging.triage(
                        t.taskId(id, TASK_TRIAGE),
                        new TriageForm(
                                TriageDecision.ASSIGN,
                                null,
                                null,
                                List.of(c.deptA().id(), c.village1().id()),
                                true),
                        c.officer()));
        step(
                "the department verified it true",
                () -> unitTasks.verify(
                        t.taskId(id, TASK_VERIFY, c.deptA()), VerificationOutcome.SUBSTANTIATED, "属实", a));
        step(
                "the village found it untrue",
                () -> unitTasks.verify(
                        t.taskId(id, TASK_VERIFY, c.village1()), VerificationOutcome.NOT_SUBSTANTIATED, "不属实", v));
        step(
                "planned",
                () -> unitTasks.plan(
                        t.taskId(id, TASK_PLAN, c.deptA()),
                        "合并报表",
                        Clock.now().toLocalDate().plusDays(10),
                        a));
        step("reported", () -> unitTasks.report(t.taskId(id, TASK_REPORT, c.deptA()), "已合并", a));
        step(
                "sent back",
                () -> officeTasks.checkRectification(
                        t.taskId(id, TASK_ACCEPT), AcceptDecision.SEND_BACK, "请附通知", c.officer()));
        step("reported again", () -> unitTasks.report(t.taskId(id, TASK_REPORT, c.deptA()), "已合并，附通知", a));
        step(
                "accepted",
                () -> officeTasks.checkRectification(
                        t.taskId(id, TASK_ACCEPT), AcceptDecision.ACCEPT, null, c.officer()));
        step("replied", () -> officeTasks.reply(t.taskId(id, TASK_REPLY), "已整改", c.officer()));
        step("rated unsatisfied and reopened", () -> {
            portal.rate(id, Rating.UNSATISFIED, "报表还在", true);
            return null;
        });
        step(
                "planned again",
                () -> unitTasks.plan(
                        t.taskId(id, TASK_PLAN, c.deptA()),
                        "彻底停用",
                        Clock.now().toLocalDate().plusDays(10),
                        a));
        step("reported again after reopening", () -> unitTasks.report(t.taskId(id, TASK_REPORT, c.deptA()), "已停用", a));
        step(
                "accepted again",
                () -> officeTasks.checkRectification(
                        t.taskId(id, TASK_ACCEPT), AcceptDecision.ACCEPT, null, c.officer()));
        step("replied again", () -> officeTasks.reply(t.taskId(id, TASK_REPLY), "已彻底停用", c.officer()));
        step("rated satisfied and closed", () -> {
            portal.rate(id, Rating.SATISFIED, null, false);
            return null;
        });
    }

    @Test
    void notAcceptedAndMergedCluesKeepTheTalliesExact() throws Exception {
        long kept = submitted("乡镇要求村干部每天在三个群里接龙报平安（统计标记）");
        long refused = step("received", () -> submitted("希望县里多发一些宣传材料（统计标记）"));
        step(
                "not accepted",
                () -> triaging.triage(
                        t.taskId(refused, TASK_TRIAGE),
                        new TriageForm(TriageDecision.NOT_ACCEPTED, "不属于形式主义问题", null, null, false),
                        c.officer()));
        long merged = step("received a duplicate", () -> submitted("每天在三个群里接龙报平安，村干部不堪其扰（统计标记）"));
        step(
                "merged",
                () -> triaging.triage(
                        t.taskId(merged, TASK_TRIAGE),
                        new TriageForm(TriageDecision.MERGE, null, kept, null, false),
                        c.officer()));
    }

    private long submitted(String description) {
        return intake.submitPublic(ClueTesting.form(c, description + c.suffix()))
                .id();
    }

    /** Figures brought up to date, the step, then the figures kept must equal those rebuilt. */
    private long step(String what, java.util.function.Supplier<?> action) throws Exception {
        figures();
        Object result = action.get();
        String kept = figures();
        jdbc.update("INSERT INTO clue_tally_stale (day_key) SELECT DISTINCT"
                + " YEAR(created_at) * 10000 + MONTH(created_at) * 100 + DAYOFMONTH(created_at) FROM clue");
        assertThat(kept).as("after: " + what).isEqualTo(figures());
        return result instanceof Long l ? l : 0L;
    }

    private long received() throws Exception {
        return json.readTree(figures()).at("/totals/received").asLong();
    }

    /** The county's clue figures of all time, as the office reads them. */
    private String figures() throws Exception {
        var res = mvc.perform(get("/api/monitor/clues").with(user(c.officer())))
                .andReturn()
                .getResponse();
        assertThat(res.getStatus()).isEqualTo(200);
        return res.getContentAsString(StandardCharsets.UTF_8);
    }
}
