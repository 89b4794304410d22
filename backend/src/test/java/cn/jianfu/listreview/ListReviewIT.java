package cn.jianfu.listreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.common.Clock;
import cn.jianfu.org.Role;
import cn.jianfu.search.SearchIndex;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.EngineClock;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import cn.jianfu.warning.WarningSweep;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The two-year review through the API on the whole application: who may start it, who gives
 * feedback (once, only where the item applies), the lead department's proposal, review and
 * approval, and what each outcome does to the list entry and its public history.
 */
@JianfuTest
class ListReviewIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestCounty counties;

    @Autowired
    ListReviews starts;

    @Autowired
    SearchIndex search;

    @Autowired
    WarningSweep sweep;

    County c;
    CurrentUser village2;
    CurrentUser township;

    @BeforeEach
    void county() {
        c = counties.create();
        village2 = counties.extraUser(c, "vtwo", c.village2(), Role.GRASSROOTS);
        township = counties.extraUser(c, "town", c.township(), Role.GRASSROOTS);
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void aChangedItemCarriesItsNewTextAndKeepsTheOldOneInItsHistory() throws Exception {
        long item = item("LRC", c.village1().id(), 40);
        send(c.applicantA(), post("/api/list-reviews"), Map.of("itemId", item), 403);
        JsonNode startedByHand =
                json.readTree(send(c.reviewer(), post("/api/list-reviews"), Map.of("itemId", item), 201));
        long id = startedByHand.get("summary").get("id").asLong();
        assertThat(startedByHand.get("summary").get("startedAutomatically").asBoolean())
                .isFalse();
        assertThat(startedByHand.get("summary").get("roundName").isNull()).isTrue();
        assertThat(startLine(startedByHand))
                .as("a review started on its own is not said to have started by itself")
                .endsWith("单独启动复评");
        send(c.officer(), post("/api/list-reviews"), Map.of("itemId", item), 409);
        assertThat(notices(c.villager().id(), id)).isEqualTo(1);
        assertThat(notices(village2.id(), id))
                .as("the item does not reach village 2")
                .isZero();

        // feedback: once per village, only where the item applies, any character
        String said = "每月要填三张表😀，𠀾字也照收";
        JsonNode given = json.readTree(send(
                c.villager(),
                post("/api/list-reviews/" + id + "/feedback"),
                Map.of("verdict", "TOO_HEAVY", "actualHours", 12, "comment", said),
                201));
        assertThat(given.get("comment").asText()).isEqualTo(said);
        send(c.villager(), post("/api/list-reviews/" + id + "/feedback"), Map.of("verdict", "NECESSARY"), 409);
        send(village2, post("/api/list-reviews/" + id + "/feedback"), Map.of("verdict", "NECESSARY"), 403);
        send(c.applicantB(), post("/api/list-reviews/" + id + "/feedback"), Map.of("verdict", "NECESSARY"), 403);
        send(township, post("/api/list-reviews/" + id + "/feedback"), Map.of("verdict", "WORKABLE"), 201);
        send(township, post("/api/list-reviews/" + id + "/feedback"), Map.of("actualHours", 3), 400);
        send(
                c.villager(),
                post("/api/list-reviews/" + id + "/feedback"),
                Map.of("verdict", "NECESSARY", "actualHours", 745),
                400);

        // the village sees its own feedback only; the lead department sees all of it
        JsonNode villageView = detail(c.villager(), id);
        assertThat(villageView.get("feedback")).isEmpty();
        assertThat(villageView.get("myFeedback").get("verdict").asText()).isEqualTo("TOO_HEAVY");
        assertThat(villageView.get("canGiveFeedback").asBoolean()).isFalse();
        assertThat(detail(c.applicantA(), id).get("feedback")).hasSize(2);
        send(c.applicantB(), get("/api/list-reviews/" + id), null, 404);
        send(village2, get("/api/list-reviews/" + id), null, 404);

        send(c.villager(), post("/api/list-reviews/" + id + "/close-feedback"), null, 403);
        JsonNode closed =
                json.readTree(send(c.officer(), post("/api/list-reviews/" + id + "/close-feedback"), null, 200));
        assertThat(closed.get("summary").get("status").asText()).isEqualTo("PROPOSAL");
        send(c.officer(), post("/api/list-reviews/" + id + "/close-feedback"), null, 409);
        send(village2, post("/api/list-reviews/" + id + "/feedback"), Map.of("verdict", "NECESSARY"), 403);

        String task = closed.get("taskId").asText();
        assertThat(closed.get("taskKey").asText()).isEqualTo(ListReviewProcess.TASK_PROPOSE);
        send(c.applicantB(), post("/api/list-reviews/tasks/" + task + "/proposal"), proposal("KEEP", "理由"), 403);
        send(c.applicantA(), post("/api/list-reviews/tasks/" + task + "/proposal"), proposal("CHANGE", "理由"), 400);
        send(c.applicantA(), post("/api/list-reviews/tasks/" + task + "/proposal"), proposal("KEEP", " "), 400);
        Map<String, Object> change = proposal("CHANGE", "基层反映负担过重，改为每季度一次");
        change.put("content", "每季度入户宣传一次😀");
        change.put("hoursPerMonth", 4);
        JsonNode proposed =
                json.readTree(send(c.applicantA(), post("/api/list-reviews/tasks/" + task + "/proposal"), change, 200));
        assertThat(proposed.get("summary").get("status").asText()).isEqualTo("REVIEW");

        String review = proposed.get("taskId").asText();
        send(c.reviewer(), post("/api/list-reviews/tasks/" + review + "/review"), Map.of("decision", "RETURN"), 400);
        send(c.approver(), post("/api/list-reviews/tasks/" + review + "/review"), Map.of("decision", "PASS"), 403);
        JsonNode reviewed = json.readTree(send(
                c.reviewer(), post("/api/list-reviews/tasks/" + review + "/review"), Map.of("decision", "PASS"), 200));
        assertThat(reviewed.get("summary").get("status").asText()).isEqualTo("APPROVAL");
        send(c.reviewer(), post("/api/list-reviews/tasks/" + review + "/review"), Map.of("decision", "PASS"), 404);

        String approval = reviewed.get("taskId").asText();
        JsonNode approved = json.readTree(send(
                c.approver(),
                post("/api/list-reviews/tasks/" + approval + "/approval"),
                Map.of("decision", "PASS", "comment", "同意修订"),
                200));
        assertThat(approved.get("summary").get("status").asText()).isEqualTo("CHANGED");
        assertThat(approved.get("versionNo").asInt()).isEqualTo(2);
        assertThat(approved.get("content").asText()).isEqualTo("每季度入户宣传一次😀");

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM admission_item WHERE id = ?", item);
        assertThat(row.get("content")).isEqualTo("每季度入户宣传一次😀");
        assertThat(((BigDecimal) row.get("workload_hours_per_month"))).isEqualByComparingTo("4");
        assertThat(row.get("item_name")).as("unchanged fields stay").isEqualTo("复评事项LRC" + c.suffix());
        JsonNode history = json.readTree(mvc.perform(get("/api/public/admission-items/" + item + "/history"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(history.get("versionNo").asInt()).isEqualTo(2);
        assertThat(history.get("versions")).hasSize(1);
        assertThat(history.get("versions").get(0).get("content").asText()).isEqualTo("每季度一次入户宣传");
        assertThat(history.get("versions").get(0).get("replacedOn").asText())
                .isEqualTo(Clock.now().toLocalDate().toString());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_type = 'LIST_REVIEW' AND subject_id = ?",
                        Integer.class,
                        id))
                .isGreaterThanOrEqualTo(7);
    }

    @Test
    void aWithdrawnItemLeavesTheListFromThatDayAndNobodyReviewsTheirOwnProposal() throws Exception {
        long item = item("LRW", c.village1().id(), 40);
        long id = starts.start(item, c.officer());
        send(c.officer(), post("/api/list-reviews/" + id + "/close-feedback"), null, 200);
        String task = detail(c.applicantReviewer(), id).get("taskId").asText();
        JsonNode proposed = json.readTree(send(
                c.applicantReviewer(),
                post("/api/list-reviews/tasks/" + task + "/proposal"),
                proposal("WITHDRAW", "工作已由部门自行承担"),
                200));
        String review = proposed.get("taskId").asText();
        send(
                c.applicantReviewer(),
                post("/api/list-reviews/tasks/" + review + "/review"),
                Map.of("decision", "PASS"),
                403);
        send(c.reviewer(), post("/api/list-reviews/tasks/" + review + "/review"), Map.of("decision", "PASS"), 200);
        String approval = detail(c.reviewer(), id).get("taskId").asText();
        // returned once to the review, then approved
        send(
                c.approver(),
                post("/api/list-reviews/tasks/" + approval + "/approval"),
                Map.of("decision", "RETURN", "comment", "请补充说明"),
                200);
        String again = detail(c.reviewer(), id).get("taskId").asText();
        assertThat(detail(c.reviewer(), id).get("taskKey").asText()).isEqualTo(ListReviewProcess.TASK_REVIEW);
        send(c.reviewer(), post("/api/list-reviews/tasks/" + again + "/review"), Map.of("decision", "PASS"), 200);
        String last = detail(c.reviewer(), id).get("taskId").asText();
        JsonNode done = json.readTree(send(
                c.approver(), post("/api/list-reviews/tasks/" + last + "/approval"), Map.of("decision", "PASS"), 200));
        assertThat(done.get("summary").get("status").asText()).isEqualTo("WITHDRAWN");

        LocalDate today = Clock.now().toLocalDate();
        assertThat(jdbc.queryForObject("SELECT withdrawn_on FROM admission_item WHERE id = ?", LocalDate.class, item))
                .isEqualTo(today);
        mvc.perform(get("/api/public/admission-items/" + item)).andExpect(status().isNotFound());
        JsonNode history = json.readTree(mvc.perform(get("/api/public/admission-items/" + item + "/history"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(history.get("withdrawnOn").asText()).isEqualTo(today.toString());
        JsonNode lookup = lookup("复评事项LRW" + c.suffix());
        assertThat(lookup.get("items")).isEmpty();
        assertThat(lookup.get("lapsed")).singleElement().satisfies(l -> {
            assertThat(l.get("id").asLong()).isEqualTo(item);
            assertThat(l.get("status").asText()).isEqualTo("WITHDRAWN");
            assertThat(l.get("since").asText()).isEqualTo(today.toString());
        });
        assertThat(lapsedOn(c.villager(), c.village1().id(), item))
                .as("the village's own page lists it as withdrawn")
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.get("status").asText()).isEqualTo("WITHDRAWN");
                    assertThat(l.get("since").asText()).isEqualTo(today.toString());
                    assertThat(l.get("leadOrgName").asText())
                            .isEqualTo(c.deptA().name());
                });
        assertThat(lapsedOn(village2, c.village2().id(), item))
                .as("it never applied to village 2")
                .isEmpty();
    }

    @Test
    void anItemWhoseReviewOutlivesItIsWarnedAboutAndShownAsExpiredUntilTheReviewKeepsIt() throws Exception {
        long item = item("LRO", c.village1().id(), 20);
        long id = starts.start(item, c.officer());
        LocalDate expiry = Clock.now().toLocalDate().plusDays(20);
        EngineClock.set(LocalDateTime.now().plusDays(25));
        sweep.sweep();
        assertThat(warnings(item, "OPEN")).isEqualTo(1);
        assertThat(lookup("复评事项LRO" + c.suffix()).get("lapsed")).singleElement().satisfies(l -> {
            assertThat(l.get("status").asText()).isEqualTo("EXPIRED");
            assertThat(l.get("since").asText()).isEqualTo(expiry.plusDays(1).toString());
        });
        assertThat(lapsedOn(c.villager(), c.village1().id(), item))
                .as("the village's own page shows it as expired while its review runs on")
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.get("status").asText()).isEqualTo("EXPIRED");
                    assertThat(l.get("since").asText())
                            .isEqualTo(expiry.plusDays(1).toString());
                });

        send(c.officer(), post("/api/list-reviews/" + id + "/close-feedback"), null, 200);
        send(
                c.applicantA(),
                post("/api/list-reviews/tasks/"
                        + detail(c.applicantA(), id).get("taskId").asText() + "/proposal"),
                proposal("KEEP", "继续需要"),
                200);
        send(
                c.reviewer(),
                post("/api/list-reviews/tasks/"
                        + detail(c.reviewer(), id).get("taskId").asText() + "/review"),
                Map.of("decision", "PASS"),
                200);
        send(
                c.approver(),
                post("/api/list-reviews/tasks/"
                        + detail(c.approver(), id).get("taskId").asText() + "/approval"),
                Map.of("decision", "PASS"),
                200);
        assertThat(jdbc.queryForObject("SELECT expiry_date FROM admission_item WHERE id = ?", LocalDate.class, item))
                .as("a new period from the day it was kept")
                .isEqualTo(Clock.now().toLocalDate().plusYears(2));
        sweep.sweep();
        assertThat(warnings(item, "OPEN")).isZero();
        assertThat(warnings(item, "RESOLVED")).isEqualTo(1);
        assertThat(lookup("复评事项LRO" + c.suffix()).get("items")).hasSize(1);
        assertThat(lapsedOn(c.villager(), c.village1().id(), item))
                .as("kept, it is in force again")
                .isEmpty();
    }

    private int warnings(long item, String status) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM warning WHERE rule = 'REVIEW_OVERRUN' AND subject_key = ? AND status = ?",
                Integer.class,
                String.valueOf(item),
                status);
    }

    private JsonNode lookup(String keyword) throws Exception {
        return json.readTree(mvc.perform(get("/api/public/admission-items").param("keyword", keyword))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void itemsEndingWithinTheLeadTimeAreReviewedOncePerPeriodAndAKeptOneRunsTwoYearsMore() throws Exception {
        long soon = item("LRS", c.village1().id(), 30);
        long later = item("LRL", c.village1().id(), 400);
        starts.startDue();
        assertThat(reviewsOf(soon)).isEqualTo(1);
        assertThat(reviewsOf(later)).isZero();
        starts.startDue();
        assertThat(reviewsOf(soon)).as("one review per period").isEqualTo(1);

        long id = jdbc.queryForObject("SELECT id FROM list_review WHERE item_id = ?", Long.class, soon);
        JsonNode automatic = detail(c.officer(), id);
        assertThat(automatic.get("summary").get("startedAutomatically").asBoolean())
                .isTrue();
        assertThat(startLine(automatic)).endsWith("到期前自动启动复评");
        LocalDate expiry =
                jdbc.queryForObject("SELECT expiry_date FROM admission_item WHERE id = ?", LocalDate.class, soon);
        send(c.officer(), post("/api/list-reviews/" + id + "/close-feedback"), null, 200);
        String task = detail(c.applicantA(), id).get("taskId").asText();
        send(c.applicantA(), post("/api/list-reviews/tasks/" + task + "/proposal"), proposal("KEEP", "运行良好"), 200);
        send(
                c.reviewer(),
                post("/api/list-reviews/tasks/"
                        + detail(c.reviewer(), id).get("taskId").asText() + "/review"),
                Map.of("decision", "PASS"),
                200);
        JsonNode kept = json.readTree(send(
                c.approver(),
                post("/api/list-reviews/tasks/"
                        + detail(c.approver(), id).get("taskId").asText() + "/approval"),
                Map.of("decision", "PASS"),
                200));
        assertThat(kept.get("summary").get("status").asText()).isEqualTo("KEPT");
        assertThat(jdbc.queryForObject("SELECT expiry_date FROM admission_item WHERE id = ?", LocalDate.class, soon))
                .isEqualTo(expiry.plusYears(2));
        assertThat(json.readTree(send(c.villager(), get("/api/list-reviews").param("openOnly", "true"), null, 200))
                        .get("items"))
                .noneMatch(r -> r.get("id").asLong() == id);
    }

    // ---------------------------------------------------------------- fixture

    private long item(String code, long villageId, int daysLeft) {
        String listNo = code + c.suffix();
        LocalDate today = Clock.now().toLocalDate();
        jdbc.update(
                "INSERT INTO admission_item (list_no, item_name, category, lead_org_id, content, performance_standard,"
                        + " target_scope, workload_hours_per_month, effective_date, expiry_date, created_at)"
                        + " VALUES (?, ?, 'BASIC', ?, '每季度一次入户宣传', '登记在册', 'SELECTED', 2.5, ?, ?, ?)",
                listNo,
                "复评事项" + listNo,
                c.deptA().id(),
                today.minusYears(1),
                today.plusDays(daysLeft),
                LocalDateTime.now());
        long id = jdbc.queryForObject("SELECT id FROM admission_item WHERE list_no = ?", Long.class, listNo);
        jdbc.update("INSERT INTO admission_item_target (item_id, org_id) VALUES (?, ?)", id, villageId);
        search.markChanged();
        return id;
    }

    private int reviewsOf(long item) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM list_review WHERE item_id = ?", Integer.class, item);
    }

    private int notices(long userId, long reviewId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification WHERE user_id = ? AND event_key = ?",
                Integer.class,
                userId,
                "list-review:" + reviewId + ":open");
    }

    private static Map<String, Object> proposal(String proposal, String reason) {
        Map<String, Object> m = new HashMap<>();
        m.put("proposal", proposal);
        m.put("reason", reason);
        return m;
    }

    /** The lapsed entries about {@code item} on the burden page of {@code villageId}, as {@code u} sees it. */
    private List<JsonNode> lapsedOn(CurrentUser u, long villageId, long item) throws Exception {
        JsonNode page = json.readTree(send(u, get("/api/burden/villages/" + villageId), null, 200));
        List<JsonNode> found = new ArrayList<>();
        page.get("lapsed").forEach(l -> {
            if (l.get("id").asLong() == item) {
                found.add(l);
            }
        });
        return found;
    }

    /** The comment of the review's REVIEW_STARTED line in its trail. */
    private static String startLine(JsonNode detail) {
        for (JsonNode h : detail.get("history")) {
            if ("REVIEW_STARTED".equals(h.get("action").asText())) {
                return h.get("comment").asText();
            }
        }
        throw new AssertionError("no REVIEW_STARTED line in " + detail.get("history"));
    }

    private JsonNode detail(CurrentUser u, long id) throws Exception {
        return json.readTree(send(u, get("/api/list-reviews/" + id), null, 200));
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
