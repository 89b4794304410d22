package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 延期申请 through the API and on the engine's clock: who may ask and answer, what a grant moves (the
 * task's due date, the reminder and escalation timers, the unit's time limit), refusals, double clicks.
 */
@JianfuTest
class ClueExtensionIT {

    private static final String REASON = "需到各村逐一核实，工作量大𠀀😀";

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
    ManagementService management;

    @Autowired
    WorkingDayCalendar calendar;

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

    /** A clue assigned to department A. */
    private long assigned() throws Exception {
        long id = intake.submitPublic(ClueTesting.form(c, "要求社区每天在工作群里打卡报送照片" + c.suffix()))
                .id();
        call(
                c.officer(),
                post("/api/clues/tasks/" + t.taskId(id, TASK_TRIAGE) + "/triage"),
                new TriageForm(
                        TriageDecision.ASSIGN, null, null, List.of(c.deptA().id()), false),
                200);
        return id;
    }

    private JsonNode ask(String taskId, CurrentUser by, LocalDate day, String reason, int expected) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("dueDate", day == null ? null : day.toString());
        body.put("reason", reason);
        return call(by, post("/api/clues/tasks/" + taskId + "/extension"), body, expected);
    }

    private JsonNode decide(long extensionId, CurrentUser by, String decision, LocalDate day, String note, int expected)
            throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("dueDate", day == null ? null : day.toString());
        body.put("note", note);
        return call(by, post("/api/clues/extensions/" + extensionId + "/decision"), body, expected);
    }

    private LocalDateTime due(String taskId) {
        return Clock.toLocal(
                taskService.createTaskQuery().taskId(taskId).singleResult().getDueDate());
    }

    /** The due time of the task's boundary timer with that activity id, or null when it is gone. */
    private LocalDateTime timer(Task task, String activityId) {
        for (Job job : management
                .createJobQuery()
                .executionId(task.getExecutionId())
                .timers()
                .list()) {
            String activity = management
                    .createJobDefinitionQuery()
                    .jobDefinitionId(job.getJobDefinitionId())
                    .singleResult()
                    .getActivityId();
            if (activity.equals(activityId)) {
                return Clock.toLocal(job.getDuedate());
            }
        }
        return null;
    }

    /** The n-th working day after the day of {@code from}. */
    private LocalDate workingDayAfter(LocalDateTime from, int n) {
        return calendar.addWorkingDays(from, n).toLocalDate();
    }

    private int rows(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM clue_extension WHERE clue_id = ?", Integer.class, id);
    }

    @Test
    void aGrantMovesTheDueDateTheReminderTheEscalationAndTheUnitsTimeLimit() throws Exception {
        long id = assigned();
        Task task = t.task(id, TASK_VERIFY, c.deptA());
        LocalDateTime before = due(task.getId());
        assertThat(timer(task, "Timer_VerifyOverdue")).isEqualTo(before);
        LocalDateTime reminderBefore = timer(task, "Timer_VerifyReminder");
        assertThat(reminderBefore).isBefore(before);
        LocalDate day = workingDayAfter(before, 3);

        JsonNode detail = ask(task.getId(), c.applicantA(), day, REASON, 200);
        JsonNode e = detail.get("extensions").get(0);
        assertThat(e.get("status").asText()).isEqualTo("PENDING");
        assertThat(e.get("reason").asText()).isEqualTo(REASON);
        assertThat(e.get("step").asText()).isEqualTo(TASK_VERIFY);
        assertThat(e.get("taskId").asText()).isEqualTo(task.getId());
        assertThat(java.time.OffsetDateTime.parse(e.get("requestedDue").asText())
                        .toLocalDateTime())
                .isEqualTo(day.plusDays(1).atStartOfDay());
        assertThat(detail.get("history").findValuesAsText("action")).contains("EXTENSION_REQUESTED");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id"
                                + " WHERE u.username = ? AND n.kind = 'EXTENSION_REQUESTED' AND n.subject_key = ?",
                        Integer.class,
                        c.officer().getUsername(),
                        String.valueOf(id)))
                .isEqualTo(1);
        // nothing moves before the office answers
        assertThat(due(task.getId())).isEqualTo(before);
        long extensionId = e.get("id").asLong();

        // only the office answers, and a refusal needs a reason
        decide(extensionId, c.applicantA(), "GRANT", null, null, 403);
        JsonNode bad = decide(extensionId, c.officer(), "REFUSE", null, " ", 400);
        assertThat(bad.get("fieldErrors").get("note").asText()).contains("理由");
        bad = decide(extensionId, c.officer(), null, null, null, 400);
        assertThat(bad.get("fieldErrors").has("decision")).isTrue();
        bad = decide(extensionId, c.officer(), "GRANT", day.plusDays(7), null, 400);
        assertThat(bad.get("fieldErrors").get("dueDate").asText()).isNotBlank();

        detail = decide(extensionId, c.officer(), "GRANT", null, "同意，请按期办结", 200);
        LocalDateTime after = day.plusDays(1).atStartOfDay();
        e = detail.get("extensions").get(0);
        assertThat(e.get("status").asText()).isEqualTo("GRANTED");
        assertThat(java.time.OffsetDateTime.parse(e.get("grantedDue").asText()).toLocalDateTime())
                .isEqualTo(after);
        assertThat(e.get("decidedBy").asText()).isEqualTo(c.officer().displayName());
        assertThat(due(task.getId())).isEqualTo(after);
        assertThat(timer(task, "Timer_VerifyOverdue")).isEqualTo(after);
        LocalDateTime reminder = timer(task, "Timer_VerifyReminder");
        assertThat(reminder).isAfter(reminderBefore).isBefore(after);
        assertThat(jdbc.queryForObject(
                        "SELECT verify_due_at FROM clue_unit WHERE clue_id = ? AND org_id = ?",
                        LocalDateTime.class,
                        id,
                        c.deptA().id()))
                .isEqualTo(after);
        assertThat(detail.get("history").findValuesAsText("action")).contains("EXTENSION_GRANTED");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id"
                                + " WHERE u.username = ? AND n.kind = 'EXTENSION_DECIDED'",
                        Integer.class,
                        c.applicantA().getUsername()))
                .isEqualTo(1);
        // the second click of a double click
        assertThat(decide(extensionId, c.officer(), "GRANT", null, null, 409)
                        .get("message")
                        .asText())
                .contains("已处理");

        // on the engine's clock: past the old due date nothing escalates; past the new one it does
        ClockUtil.setCurrentTime(Clock.toDate(before.plusHours(1)));
        assertThat(management.createJobQuery().executionId(task.getExecutionId()).executable().list().stream()
                        .map(j -> management
                                .createJobDefinitionQuery()
                                .jobDefinitionId(j.getJobDefinitionId())
                                .singleResult()
                                .getActivityId())
                        .toList())
                .doesNotContain("Timer_VerifyOverdue");
        ClockUtil.setCurrentTime(Clock.toDate(after.plusMinutes(1)));
        Job overdue = management.createJobQuery().executionId(task.getExecutionId()).executable().list().stream()
                .filter(j -> "Timer_VerifyOverdue"
                        .equals(management
                                .createJobDefinitionQuery()
                                .jobDefinitionId(j.getJobDefinitionId())
                                .singleResult()
                                .getActivityId()))
                .findFirst()
                .orElseThrow();
        management.executeJob(overdue.getId());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_type = 'CLUE' AND subject_id = ? AND action = 'ESCALATED'",
                        Integer.class,
                        id))
                .isEqualTo(1);
    }

    @Test
    void requestsAreCheckedAndNothingChangesOnARefusal() throws Exception {
        long id = assigned();
        String taskId = t.taskId(id, TASK_VERIFY, c.deptA());
        LocalDateTime before = due(taskId);
        LocalDate day = workingDayAfter(before, 2);

        ask(taskId, c.applicantB(), day, REASON, 403);
        ask(taskId, c.officer(), day, REASON, 403);
        JsonNode bad = ask(taskId, c.applicantA(), day, " ", 400);
        assertThat(bad.get("fieldErrors").get("reason").asText()).contains("延期理由");
        bad = ask(taskId, c.applicantA(), day, "理".repeat(501), 400);
        assertThat(bad.get("fieldErrors").has("reason")).isTrue();
        bad = ask(taskId, c.applicantA(), null, REASON, 400);
        assertThat(bad.get("fieldErrors").get("dueDate").asText()).contains("延期至");
        bad = ask(taskId, c.applicantA(), before.toLocalDate().minusDays(1), REASON, 400);
        assertThat(bad.get("fieldErrors").get("dueDate").asText()).contains("晚于");
        LocalDate restDay = day;
        while (calendar.isWorkingDay(restDay)) {
            restDay = restDay.plusDays(1);
        }
        bad = ask(taskId, c.applicantA(), restDay, REASON, 400);
        assertThat(bad.get("fieldErrors").get("dueDate").asText()).contains("工作日");
        bad = ask(taskId, c.applicantA(), workingDayAfter(before, 11), REASON, 400);
        assertThat(bad.get("fieldErrors").get("dueDate").asText()).contains("最多延期10个工作日");
        assertThat(rows(id)).isZero();

        long extensionId = ask(taskId, c.applicantA(), day, REASON, 200)
                .get("extensions")
                .get(0)
                .get("id")
                .asLong();
        assertThat(ask(taskId, c.applicantA(), day, REASON, 409).get("message").asText())
                .contains("待审批");
        JsonNode detail = decide(extensionId, c.officer(), "REFUSE", null, "核查时限充足，请按期完成🙂", 200);
        JsonNode e = detail.get("extensions").get(0);
        assertThat(e.get("status").asText()).isEqualTo("REFUSED");
        assertThat(e.get("decisionNote").asText()).isEqualTo("核查时限充足，请按期完成🙂");
        assertThat(e.get("grantedDue").isNull()).isTrue();
        assertThat(due(taskId)).isEqualTo(before);
        assertThat(detail.get("history").findValuesAsText("action")).contains("EXTENSION_REFUSED");

        // past the due date it is too late to ask
        ClockUtil.setCurrentTime(Clock.toDate(before.plusMinutes(5)));
        assertThat(ask(taskId, c.applicantA(), workingDayAfter(before, 1), REASON, 409)
                        .get("message")
                        .asText())
                .contains("已超过办理期限");
        assertThat(rows(id)).isEqualTo(1);
    }

    @Test
    void aRequestLapsesWhenTheStepIsDoneFirst() throws Exception {
        long id = assigned();
        String taskId = t.taskId(id, TASK_VERIFY, c.deptA());
        long extensionId = ask(taskId, c.applicantA(), workingDayAfter(due(taskId), 1), REASON, 200)
                .get("extensions")
                .get(0)
                .get("id")
                .asLong();
        JsonNode detail = call(
                c.applicantA(),
                post("/api/clues/tasks/" + taskId + "/verify"),
                Map.of("outcome", "SUBSTANTIATED", "findings", "属实"),
                200);
        assertThat(detail.get("extensions").get(0).get("status").asText()).isEqualTo("LAPSED");
        assertThat(decide(extensionId, c.officer(), "GRANT", null, null, 409)
                        .get("message")
                        .asText())
                .contains("失效");
        // the plan step has no reminder; the report step moves the unit's rectification deadline
        String plan = t.taskId(id, TASK_PLAN, c.deptA());
        ask(plan, c.applicantA(), workingDayAfter(due(plan), 1), REASON, 200);
        call(
                c.applicantA(),
                post("/api/clues/tasks/" + plan + "/plan"),
                Map.of(
                        "plan",
                        "解散工作群",
                        "deadline",
                        Clock.now().toLocalDate().plusDays(10).toString()),
                200);
        Task report = t.task(id, TASK_REPORT, c.deptA());
        LocalDate day = workingDayAfter(due(report.getId()), 4);
        long reportExtension = ask(report.getId(), c.applicantA(), day, REASON, 200)
                .get("extensions")
                .get(2)
                .get("id")
                .asLong();
        decide(reportExtension, c.officer(), "GRANT", null, null, 200);
        assertThat(due(report.getId())).isEqualTo(day.plusDays(1).atStartOfDay());
        assertThat(timer(report, "Timer_ReportOverdue"))
                .isEqualTo(day.plusDays(1).atStartOfDay());
        assertThat(jdbc.queryForObject(
                        "SELECT plan_deadline FROM clue_unit WHERE clue_id = ? AND org_id = ?",
                        LocalDate.class,
                        id,
                        c.deptA().id()))
                .isEqualTo(day);
        assertThat(taskService.getVariable(report.getId(), VAR_RECTIFY_DEADLINE))
                .isEqualTo(Clock.toDate(day.plusDays(1).atStartOfDay()));
    }

    @Test
    void twoRequestsAtOnceMakeOneRecord() throws Exception {
        long id = assigned();
        String taskId = t.taskId(id, TASK_VERIFY, c.deptA());
        LocalDate day = workingDayAfter(due(taskId), 2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                calls.add(() -> mvc.perform(post("/api/clues/tasks/" + taskId + "/extension")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json.writeValueAsString(Map.of("dueDate", day.toString(), "reason", REASON)))
                                .with(user(c.applicantA()))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus());
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                codes.add(f.get());
            }
            assertThat(codes).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(rows(id)).isEqualTo(1);
    }
}
