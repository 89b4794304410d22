package cn.jianfu.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jianfu.common.Clock;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.ObjectMapper;
import db.migration.V43__FillWorkItems;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The inbox's read model agrees with the engine after every kind of task change: a task created,
 * claimed, unclaimed, handed over, delegated and given back, its due date moved, a timer on it
 * fired, completed, cancelled, its process ended;
 * two verifications of a dual assignment completed at once; and migration V43 and the start-up
 * repair restoring rows that are missing. "Agrees" means: one row per open task of the instance and no other, with
 * the task's assignee, due date, creation time, step, name, process, business key, unit and
 * candidate groups; and one done row per ended task someone held, with that person.
 */
@JianfuTest
class WorkItemsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    WorkItemMapper items;

    @Autowired
    InboxUnits units;

    @Autowired
    WorkItemBackfill backfill;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    County c;
    InboxTesting t;

    @BeforeEach
    void county() {
        c = counties.create();
        t = new InboxTesting(mvc, json, taskService);
    }

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    @Test
    void followsAnApplicationThroughClaimsHandOversDueDatesAndDecisionsToItsEnd() throws Exception {
        CurrentUser colleague = counties.extraUser(c, "rev2", c.social(), Role.REVIEWER);
        long id = t.submittedApplication(c, "读模型事项");
        Task review = t.task("admission", id, "Task_Review");
        String pi = review.getProcessInstanceId();
        String base = "/api/inbox/tasks/" + review.getId();
        assertAgrees(pi);
        assertThat(items.openOf(pi)).singleElement().satisfies(row -> {
            assertThat(row.groupTask()).isTrue();
            assertThat(row.unitId()).isEqualTo(c.deptA().id());
            assertThat(row.businessKey()).isEqualTo(String.valueOf(id));
        });

        t.call(c.reviewer(), post(base + "/claim"), 204);
        assertAgrees(pi);
        assertThat(items.openOf(pi).get(0).assignee()).isEqualTo(c.reviewer().getUsername());

        t.call(c.reviewer(), post(base + "/unclaim"), 204);
        assertAgrees(pi);
        assertThat(items.openOf(pi).get(0).assignee()).isNull();

        t.call(c.reviewer(), t.jsonPost(base + "/transfer", Map.of("username", colleague.getUsername())), 204);
        assertAgrees(pi);
        assertThat(items.openOf(pi).get(0).assignee()).isEqualTo(colleague.getUsername());

        t.call(
                colleague,
                t.jsonPost(base + "/delegate", Map.of("username", c.reviewer().getUsername())),
                204);
        assertAgrees(pi);
        assertThat(items.openOf(pi).get(0).assignee()).isEqualTo(c.reviewer().getUsername());

        t.call(c.reviewer(), t.jsonPost(base + "/resolve", Map.of("opinion", "材料齐全😀")), 204);
        assertAgrees(pi);
        assertThat(items.openOf(pi).get(0).assignee()).isEqualTo(colleague.getUsername());

        LocalDateTime due = Clock.now().plusDays(9).withNano(0);
        t.due(t.task("admission", id, "Task_Review"), due);
        assertAgrees(pi);
        assertThat(items.openOf(pi).get(0).dueAt()).isEqualTo(due);
        t.due(t.task("admission", id, "Task_Review"), null);
        assertAgrees(pi);
        assertThat(items.openOf(pi).get(0).dueAt()).isNull();

        t.call(
                colleague,
                t.jsonPost("/api/admission/tasks/" + review.getId() + "/review", Map.of("decision", "PASS")),
                200);
        assertAgrees(pi);
        assertThat(items.openOf(pi)).extracting(WorkItem::taskKey).containsExactly("Task_Approve");
        assertThat(items.doneOf(pi)).singleElement().satisfies(done -> {
            assertThat(done.taskId()).isEqualTo(review.getId());
            assertThat(done.assignee()).isEqualTo(colleague.getUsername());
        });

        String approval = t.task("admission", id, "Task_Approve").getId();
        t.call(
                c.approver(),
                t.jsonPost("/api/admission/tasks/" + approval + "/approve", Map.of("decision", "APPROVE")),
                200);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count())
                .as("the process ended")
                .isZero();
        assertAgrees(pi);
        assertThat(items.openOf(pi)).isEmpty();
        assertThat(items.doneOf(pi))
                .extracting(WorkItem::assignee)
                .containsExactlyInAnyOrder(colleague.getUsername(), c.approver().getUsername());
    }

    @Test
    void aWithdrawalOrACancellationRemovesTheRowsAndKeepsWhatSomeoneHeld() throws Exception {
        long withdrawn = t.submittedApplication(c, "撤回事项");
        String first = t.task("admission", withdrawn, "Task_Review").getProcessInstanceId();
        t.call(
                c.applicantA(),
                t.jsonPost("/api/admission/applications/" + withdrawn + "/withdraw", Map.of("reason", "重复")),
                200);
        assertAgrees(first);
        assertThat(items.openOf(first)).isEmpty();
        assertThat(items.doneOf(first)).as("nobody held the review").isEmpty();

        // cancelled in a reviewer's hands (as an administrator may from Cockpit)
        long cancelled = t.submittedApplication(c, "取消事项");
        Task review = t.task("admission", cancelled, "Task_Review");
        t.call(c.reviewer(), post("/api/inbox/tasks/" + review.getId() + "/claim"), 204);
        runtime.deleteProcessInstance(review.getProcessInstanceId(), "test");
        assertAgrees(review.getProcessInstanceId());
        assertThat(items.openOf(review.getProcessInstanceId())).isEmpty();
        assertThat(items.doneOf(review.getProcessInstanceId()))
                .extracting(WorkItem::assignee)
                .containsExactly(c.reviewer().getUsername());
    }

    @Test
    void aFiredReminderAndEscalationLeaveTheTaskAsItIs() throws Exception {
        ClockUtil.setCurrentTime(Clock.toDate(LocalDateTime.of(2030, 3, 4, 9, 0))); // a Monday
        long id = t.submittedApplication(c, "到期事项");
        String pi = t.task("admission", id, "Task_Review").getProcessInstanceId();
        WorkItem before = items.openOf(pi).get(0);
        assertThat(before.dueAt()).isNotNull();

        ClockUtil.setCurrentTime(Clock.toDate(LocalDateTime.of(2030, 3, 11, 9, 1))); // past its due date
        List<Job> due = management
                .createJobQuery()
                .processInstanceId(pi)
                .timers()
                .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1))
                .list();
        assertThat(due).as("the reminder and the escalation").hasSize(2);
        due.forEach(j -> management.executeJob(j.getId()));

        assertAgrees(pi);
        assertThat(items.openOf(pi)).containsExactly(before);
    }

    @Test
    void twoVerificationsCompletedAtOnceLeaveTheReadModelAsTheEngineIs() throws Exception {
        long clue = t.recordedClue(c, "镇里要求每个村每周报三张表");
        t.dualAssigned(c, clue);
        List<Task> verifications = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(clue))
                .taskDefinitionKey("Task_Verify")
                .list();
        assertThat(verifications).hasSize(2);
        String pi = verifications.get(0).getProcessInstanceId();
        assertAgrees(pi);
        assertThat(items.openOf(pi))
                .extracting(WorkItem::unitId)
                .containsExactlyInAnyOrder(c.village1().id(), c.deptB().id());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (Task v : verifications) {
                CurrentUser who = Objects.equals(
                                units.of(List.of(v.getId())).get(v.getId()),
                                c.village1().id())
                        ? c.villager()
                        : c.applicantB();
                Callable<Integer> verify = () -> {
                    go.await();
                    return t.send(
                                    who,
                                    t.jsonPost(
                                            "/api/clues/tasks/" + v.getId() + "/verify",
                                            Map.of("outcome", "SUBSTANTIATED", "findings", "属实")))
                            .status();
                };
                answers.add(pool.submit(verify));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> a : answers) {
                statuses.add(a.get());
            }
            assertThat(statuses)
                    .as("each verification is done, or refused as a conflict")
                    .allMatch(s -> s == 200 || s == 409);
        } finally {
            pool.shutdownNow();
        }
        assertAgrees(pi);
    }

    @Test
    void theStartUpRepairRestoresMissingRowsOfOpenAndLatelyFinishedTasks() throws Exception {
        long id = t.submittedApplication(c, "补录事项");
        Task review = t.task("admission", id, "Task_Review");
        String pi = review.getProcessInstanceId();
        t.call(
                c.reviewer(),
                t.jsonPost("/api/admission/tasks/" + review.getId() + "/review", Map.of("decision", "PASS")),
                200);
        List<WorkItem> open = items.openOf(pi);
        List<WorkItem> done = items.doneOf(pi);
        assertThat(open).hasSize(1);
        assertThat(done).hasSize(1);

        // as on a database from before the read model: the rows of this instance are missing
        jdbc.update("DELETE FROM work_item_group WHERE task_id = ?", open.get(0).taskId());
        jdbc.update(
                "DELETE FROM work_item_access WHERE task_id = ?", open.get(0).taskId());
        jdbc.update("DELETE FROM work_item WHERE process_instance_id = ?", pi);
        jdbc.update("DELETE FROM work_done WHERE process_instance_id = ?", pi);
        // and a row of a task the engine no longer has
        jdbc.update(
                "INSERT INTO work_item (task_id, process_instance_id, process_key, task_key, created_at, group_task)"
                        + " VALUES ('gone-task', ?, 'admission', 'Task_Review', ?, TRUE)",
                pi,
                Clock.now());
        backfill.fill();

        assertAgrees(pi);
        assertThat(items.openOf(pi)).isEqualTo(open);
        assertThat(items.doneOf(pi)).isEqualTo(done);
        assertThat(items.groupsOf(open.get(0).taskId())).isNotEmpty();
        // a second fill finds nothing to add
        backfill.fill();
        assertThat(items.openOf(pi)).isEqualTo(open);
        assertThat(items.doneOf(pi)).isEqualTo(done);
    }

    @Test
    void migrationV43FillsTheRowsOfTasksFromBeforeTheReadModel() throws Exception {
        long id = t.submittedApplication(c, "迁移事项");
        Task review = t.task("admission", id, "Task_Review");
        String pi = review.getProcessInstanceId();
        t.call(
                c.reviewer(),
                t.jsonPost("/api/admission/tasks/" + review.getId() + "/review", Map.of("decision", "PASS")),
                200);
        t.call(
                c.approver(),
                post("/api/inbox/tasks/"
                        + t.task("admission", id, "Task_Approve").getId() + "/claim"),
                204);
        List<WorkItem> open = items.openOf(pi);
        List<WorkItem> done = items.doneOf(pi);
        List<String> groups = items.groupsOf(open.get(0).taskId());
        assertThat(open)
                .singleElement()
                .extracting(WorkItem::assignee)
                .isEqualTo(c.approver().getUsername());
        assertThat(done).hasSize(1);

        // a database from before the read model: none of this instance's rows
        jdbc.update("DELETE FROM work_item_group WHERE task_id = ?", open.get(0).taskId());
        jdbc.update(
                "DELETE FROM work_item_access WHERE task_id = ?", open.get(0).taskId());
        jdbc.update("DELETE FROM work_item WHERE process_instance_id = ?", pi);
        jdbc.update("DELETE FROM work_done WHERE process_instance_id = ?", pi);
        try (Connection connection = dataSource.getConnection()) {
            new V43__FillWorkItems().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        assertAgrees(pi);
        assertThat(items.openOf(pi)).isEqualTo(open);
        assertThat(items.doneOf(pi)).isEqualTo(done);
        assertThat(items.groupsOf(open.get(0).taskId())).containsExactlyInAnyOrderElementsOf(groups);
    }

    /** The read model of the instance against the engine's tasks and history. */
    private void assertAgrees(String pi) {
        List<Task> open = taskService.createTaskQuery().processInstanceId(pi).list();
        List<WorkItem> rows = items.openOf(pi);
        assertThat(rows)
                .extracting(WorkItem::taskId)
                .containsExactlyInAnyOrderElementsOf(
                        open.stream().map(Task::getId).toList());
        Map<String, Long> unitOf = units.of(open.stream().map(Task::getId).toList());
        for (Task task : open) {
            WorkItem row = rows.stream()
                    .filter(r -> r.taskId().equals(task.getId()))
                    .findFirst()
                    .orElseThrow();
            List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                    .map(IdentityLink::getGroupId)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList();
            assertThat(row.assignee()).as("assignee").isEqualTo(task.getAssignee());
            assertThat(row.dueAt()).as("due").isEqualTo(Clock.toLocal(task.getDueDate()));
            assertThat(row.createdAt()).as("created").isEqualTo(Clock.toLocal(task.getCreateTime()));
            assertThat(row.taskKey()).isEqualTo(task.getTaskDefinitionKey());
            assertThat(row.taskName()).isEqualTo(task.getName());
            assertThat(row.processInstanceId()).isEqualTo(pi);
            assertThat(row.unitId()).as("unit").isEqualTo(unitOf.get(task.getId()));
            assertThat(items.groupsOf(task.getId())).as("candidate groups").containsExactlyInAnyOrderElementsOf(groups);
            assertThat(row.groupTask()).isEqualTo(!groups.isEmpty());
            assertThat(items.principalsOf(task.getId()))
                    .as("whose inbox it is in: its holder, else its candidate groups")
                    .containsExactlyInAnyOrderElementsOf(
                            task.getAssignee() != null
                                    ? List.of("u:" + task.getAssignee())
                                    : groups.stream().map(g -> "g:" + g).toList());
        }
        List<HistoricTaskInstance> held = history.createHistoricTaskInstanceQuery()
                .processInstanceId(pi)
                .finished()
                .taskAssigned()
                .list();
        List<WorkItem> done = items.doneOf(pi);
        assertThat(done)
                .extracting(WorkItem::taskId)
                .containsExactlyInAnyOrderElementsOf(
                        held.stream().map(HistoricTaskInstance::getId).toList());
        for (HistoricTaskInstance h : held) {
            WorkItem row = done.stream()
                    .filter(r -> r.taskId().equals(h.getId()))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.assignee()).isEqualTo(h.getAssignee());
            assertThat(row.createdAt()).isEqualTo(Clock.toLocal(h.getStartTime()));
            assertThat(row.taskKey()).isEqualTo(h.getTaskDefinitionKey());
            assertThat(row.processKey()).isEqualTo(h.getProcessDefinitionKey());
            assertThat(items.doneCountOf(h.getAssignee()))
                    .as("the kept count of %s's done list", h.getAssignee())
                    .isEqualTo(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM work_done WHERE assignee = ?", Long.class, h.getAssignee()));
        }
    }
}
