package cn.jianfu.workflow;

import static cn.jianfu.workflow.InboxTesting.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jianfu.common.Clock;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The inbox's lists on MariaDB: filters by chain, step, due state and unit, the due order with
 * undated tasks last across pages, the counts of the tabs, the unit of each of a dual assignment's
 * parallel tasks, and a 400 naming each bad filter. Role groups are shared by every test county in
 * the database, so each assertion is narrowed to this county's units.
 */
@JianfuTest
class InboxIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    TaskService taskService;

    @Autowired
    InboxUnits units;

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

    /**
     * Four reviews of department A's applications, a minute apart (the engine keeps creation times
     * to the second): due in ten days, without a due date, overdue, and due tomorrow.
     */
    private List<String> fourReviews() throws Exception {
        LocalDateTime now = Clock.now();
        List<LocalDateTime> dues = new ArrayList<>();
        dues.add(now.plusDays(10));
        dues.add(null);
        dues.add(now.minusDays(2));
        dues.add(now.plusDays(1));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < dues.size(); i++) {
            ClockUtil.setCurrentTime(Clock.toDate(now.minusMinutes(dues.size() - i)));
            long id = t.submittedApplication(c, "排序事项" + i);
            var task = t.task("admission", id, "Task_Review");
            t.due(task, dues.get(i));
            ids.add(task.getId());
        }
        ClockUtil.reset();
        return ids;
    }

    private JsonNode inbox(CurrentUser who, String query) throws Exception {
        return t.call(who, get("/api/inbox?unitId=" + c.deptA().id() + "&" + query), 200);
    }

    @Test
    void sortsBySoonestDueWithUndatedTasksLastAcrossPages() throws Exception {
        List<String> ids = fourReviews(); // +10d, none, -2d, +1d
        String overdue = ids.get(2);
        String tomorrow = ids.get(3);
        String later = ids.get(0);
        String undated = ids.get(1);

        assertThat(field(inbox(c.reviewer(), "sort=DUE"), "taskId")).containsExactly(overdue, tomorrow, later, undated);
        // the undated task continues the page the dated ones began, and the next page starts right after
        JsonNode first = inbox(c.reviewer(), "sort=DUE&size=3&page=1");
        assertThat(field(first, "taskId")).containsExactly(overdue, tomorrow, later);
        assertThat(first.get("total").asLong()).isEqualTo(4);
        assertThat(field(inbox(c.reviewer(), "sort=DUE&size=3&page=2"), "taskId"))
                .containsExactly(undated);
        assertThat(field(inbox(c.reviewer(), "sort=DUE&size=2&page=2"), "taskId"))
                .containsExactly(later, undated);
        assertThat(field(inbox(c.reviewer(), "sort=DUE&size=2&page=3"), "taskId"))
                .isEmpty();
        // the order it always had: newest first
        assertThat(field(inbox(c.reviewer(), "size=100"), "taskId"))
                .containsExactlyElementsOf(List.of(ids.get(3), ids.get(2), ids.get(1), ids.get(0)));
        assertThat(field(inbox(c.reviewer(), "sort=CREATED&size=2&page=2"), "taskId"))
                .containsExactly(ids.get(1), ids.get(0));
    }

    @Test
    void filtersByDueStateAndCountsTheTabsTheSameWay() throws Exception {
        List<String> ids = fourReviews();
        assertThat(field(inbox(c.reviewer(), "due=OVERDUE"), "taskId")).containsExactly(ids.get(2));
        assertThat(field(inbox(c.reviewer(), "due=DUE_SOON"), "taskId")).containsExactly(ids.get(3));
        assertThat(field(inbox(c.reviewer(), "due=DUE_SOON&dueDays=30&sort=DUE"), "taskId"))
                .containsExactly(ids.get(3), ids.get(0));
        assertThat(field(inbox(c.reviewer(), "due=NO_DUE_DATE"), "taskId")).containsExactly(ids.get(1));

        JsonNode counts =
                t.call(c.reviewer(), get("/api/inbox/counts?unitId=" + c.deptA().id()), 200);
        assertThat(counts.get("todo").asLong()).isEqualTo(4);
        assertThat(counts.get("claimed").asLong()).isZero();
        assertThat(counts.get("done").asLong()).isZero();
        assertThat(counts.get("escalations").isNull())
                .as("only the office counts escalations")
                .isTrue();

        t.call(c.reviewer(), post("/api/inbox/tasks/" + ids.get(0) + "/claim"), 204);
        counts = t.call(
                c.reviewer(), get("/api/inbox/counts?unitId=" + c.deptA().id() + "&due=DUE_SOON&dueDays=30"), 200);
        assertThat(counts.get("todo").asLong()).isEqualTo(2);
        assertThat(counts.get("claimed").asLong()).isEqualTo(1);
        assertThat(field(
                        t.call(
                                c.reviewer(),
                                get("/api/inbox/claimed?unitId=" + c.deptA().id()),
                                200),
                        "taskId"))
                .containsExactly(ids.get(0));
        // who holds a task is shown by name; the user name stays for comparisons
        JsonNode claimed = t.call(
                c.reviewer(), get("/api/inbox/claimed?unitId=" + c.deptA().id()), 200);
        assertThat(field(claimed, "assignee")).containsExactly(c.reviewer().getUsername());
        assertThat(field(claimed, "assigneeName")).containsExactly(c.reviewer().displayName());

        JsonNode office =
                t.call(c.officer(), get("/api/inbox/counts?unitId=" + c.deptA().id()), 200);
        assertThat(office.get("escalations").asLong()).isEqualTo(1);
        assertThat(office.get("todo").asLong()).as("the office is no reviewer").isZero();
        assertThat(field(
                        t.call(
                                c.officer(),
                                get("/api/inbox/escalations?unitId=" + c.deptA().id()),
                                200),
                        "taskId"))
                .containsExactly(ids.get(2));
        // escalations are overdue: asked for tasks without a due date, the office has none
        assertThat(field(
                        t.call(
                                c.officer(),
                                get("/api/inbox/escalations?due=NO_DUE_DATE&unitId="
                                        + c.deptA().id()),
                                200),
                        "taskId"))
                .isEmpty();
        assertThat(t.call(
                                c.officer(),
                                get("/api/inbox/counts?due=DUE_SOON&unitId="
                                        + c.deptA().id()),
                                200)
                        .get("escalations")
                        .asLong())
                .isZero();
    }

    @Test
    void filtersByChainAndStepAndTheDoneListByChainStepAndUnit() throws Exception {
        CurrentUser both = counties.extraUser(c, "offrev", c.office(), Role.OFFICE, Role.REVIEWER);
        long application = t.submittedApplication(c, "流程筛选");
        long clue = t.recordedClue(c, "县教育局要求村干部每天在三个App上打卡截图");

        assertThat(field(inbox(both, "size=100"), "processKey")).containsExactlyInAnyOrder("admission", "clue");
        assertThat(field(inbox(both, "chain=clue"), "businessId")).containsExactly(String.valueOf(clue));
        assertThat(field(inbox(both, "chain=admission&step=Task_Review"), "businessId"))
                .containsExactly(String.valueOf(application));
        assertThat(field(inbox(both, "step=Task_Triage"), "taskKey")).containsExactly("Task_Triage");
        assertThat(field(inbox(both, "chain=admission&step=Task_Approve"), "taskId"))
                .isEmpty();
        // the unit of the triage is the unit reported, which is department A, not B
        assertThat(field(
                        t.call(
                                both,
                                get("/api/inbox?chain=clue&unitId=" + c.deptB().id()),
                                200),
                        "taskId"))
                .isEmpty();

        String review = t.task("admission", application, "Task_Review").getId();
        t.call(c.reviewer(), t.jsonPost("/api/admission/tasks/" + review + "/review", Map.of("decision", "PASS")), 200);
        String done = "/api/inbox/done?unitId=";
        assertThat(field(t.call(c.reviewer(), get(done + c.deptA().id() + "&chain=admission"), 200), "taskId"))
                .containsExactly(review);
        assertThat(field(t.call(c.reviewer(), get(done + c.deptA().id() + "&step=Task_Review"), 200), "taskId"))
                .containsExactly(review);
        assertThat(field(t.call(c.reviewer(), get(done + c.deptA().id() + "&chain=clue"), 200), "taskId"))
                .isEmpty();
        assertThat(field(t.call(c.reviewer(), get(done + c.deptB().id()), 200), "taskId"))
                .isEmpty();
        assertThat(t.call(
                                c.reviewer(),
                                get("/api/inbox/counts?unitId=" + c.deptA().id()),
                                200)
                        .get("done")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void theTwoParallelTasksOfADualAssignmentEachNameTheirOwnUnit() throws Exception {
        long clue = t.recordedClue(c, "镇里要求各村每周上报六张报表并在群里接龙");
        t.dualAssigned(c, clue);
        CurrentUser verifier = counties.extraUser(c, "ver", c.office(), Role.VERIFIER);

        JsonNode village = t.call(c.villager(), get("/api/inbox?chain=clue&step=Task_Verify"), 200);
        assertThat(village.get("items")).singleElement().satisfies(task -> {
            assertThat(task.get("businessId").asText()).isEqualTo(String.valueOf(clue));
            assertThat(task.get("unitName").asText()).isEqualTo(c.village1().name());
            assertThat(task.get("unitId").asLong()).isEqualTo(c.village1().id());
            assertThat(task.get("orgName").asText())
                    .as("the unit reported")
                    .isEqualTo(c.deptA().name());
        });
        JsonNode dept = t.call(c.applicantB(), get("/api/inbox?chain=clue&step=Task_Verify"), 200);
        assertThat(field(dept, "unitName")).containsExactly(c.deptB().name());

        // a verifier sees both, and tells them apart by unit
        String url = "/api/inbox?chain=clue&unitId=";
        JsonNode ofVillage = t.call(verifier, get(url + c.village1().id()), 200);
        JsonNode ofDept = t.call(verifier, get(url + c.deptB().id()), 200);
        assertThat(field(ofVillage, "unitName")).containsExactly(c.village1().name());
        assertThat(field(ofDept, "unitName")).containsExactly(c.deptB().name());
        assertThat(field(ofVillage, "taskId")).doesNotContainAnyElementsOf(field(ofDept, "taskId"));
    }

    @Test
    void tasksFromBeforeUnitsWereKeptGetTheirUnitAtStartUp() throws Exception {
        long clue = t.recordedClue(c, "乡镇要求村里为同一件事重复填报三张表格");
        t.dualAssigned(c, clue);
        List<String> verifications = new ArrayList<>();
        taskService
                .createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(clue))
                .taskDefinitionKey("Task_Verify")
                .list()
                .forEach(task -> verifications.add(task.getId()));
        verifications.forEach(id -> taskService.removeVariableLocal(id, InboxUnits.VARIABLE));
        assertThat(units.of(verifications)).isEmpty();

        units.fillMissing();

        assertThat(units.of(verifications).values())
                .containsExactlyInAnyOrder(c.village1().id(), c.deptB().id());
    }

    @Test
    void badFiltersAreRefusedNamingEachField() throws Exception {
        JsonNode refused =
                t.call(c.reviewer(), get("/api/inbox?chain=nope&due=LATE&dueDays=0&unitId=abc&sort=up"), 400);
        assertThat(refused.get("fieldErrors").properties())
                .extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("chain", "due", "dueDays", "unitId", "sort");
        assertThat(refused.get("message").asText()).containsPattern("\\p{IsHan}");

        assertThat(t.call(c.reviewer(), get("/api/inbox?chain=clue&step=Task_Review"), 400)
                        .get("fieldErrors")
                        .get("step")
                        .asText())
                .contains("所选流程");
        assertThat(t.call(c.reviewer(), get("/api/inbox/counts?step=Task_Nope"), 400)
                        .get("fieldErrors")
                        .has("step"))
                .isTrue();
        assertThat(t.call(c.reviewer(), get("/api/inbox/done?unitId=987654321"), 400)
                        .get("fieldErrors")
                        .get("unitId")
                        .asText())
                .isEqualTo("单位不存在");
        assertThat(t.call(c.reviewer(), get("/api/inbox/claimed?dueDays=366"), 400)
                        .get("fieldErrors")
                        .has("dueDays"))
                .isTrue();
        t.call(c.officer(), get("/api/inbox/escalations?chain=clue&sort=CREATED"), 200);
    }

    @Test
    void theFiltersOfferEveryChainOfTheInboxWithItsSteps() throws Exception {
        JsonNode chains = t.call(c.villager(), get("/api/inbox/filters"), 200);
        List<String> keys = new ArrayList<>();
        chains.forEach(chain -> keys.add(chain.get("key").asText()));
        assertThat(keys).containsExactly("admission", "clue", "list-review", "special-topic");
        JsonNode clue = chains.get(1);
        assertThat(clue.get("name").asText()).isEqualTo("问题线索办理");
        List<String> steps = new ArrayList<>();
        clue.get("steps").forEach(s -> steps.add(s.get("key").asText()));
        assertThat(steps)
                .containsExactly(
                        "Task_Triage",
                        "Task_Verify",
                        "Task_Reassign",
                        "Task_Plan",
                        "Task_Report",
                        "Task_Accept",
                        "Task_Reply");
    }
}
