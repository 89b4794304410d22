package cn.jianfu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.common.Clock;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.EngineClock;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import cn.jianfu.warning.WarningSweep;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/**
 * 基层评机关 end to end on MariaDB: who may open, rate and see what; a rating counts once however it
 * is sent; and below the anonymity threshold (3 by default) nothing about a department — no count,
 * no score, no comment — reaches the department through any endpoint, the export or a warning.
 */
@JianfuTest
class EvaluationIT {

    static final String RATE_COMMENT = "下发表格太多𠀾，希望精简";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestCounty counties;

    @Autowired
    WarningSweep sweep;

    County c;
    /** Four grassroots raters: the county's villager, a second village, the township, a second in the first village. */
    CurrentUser r1;

    CurrentUser r2;
    CurrentUser r3;
    CurrentUser r4;

    @BeforeEach
    void county() {
        c = counties.create();
        r1 = c.villager();
        r2 = counties.extraUser(c, "vb", c.village2(), Role.GRASSROOTS);
        r3 = counties.extraUser(c, "tw", c.township(), Role.GRASSROOTS);
        r4 = counties.extraUser(c, "vc", c.village1(), Role.GRASSROOTS);
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------ rounds

    @Test
    void onlyTheOfficeAndAdministratorsOpenAndCloseRounds() throws Exception {
        Map<String, Object> form =
                form("半年评价" + c.suffix(), List.of("TASKS"), c.deptA().id());
        for (CurrentUser other : List.of(c.applicantA(), c.approver(), c.reviewer(), r1, c.applicantReviewer())) {
            send(other, post("/api/evaluation/rounds"), form, 403);
        }
        assertThat(roundsNamed("半年评价" + c.suffix())).isZero();

        String name = "2026年上半年基层评机关😀𠀾" + c.suffix();
        JsonNode round = read(send(
                c.officer(),
                post("/api/evaluation/rounds"),
                form(
                        name,
                        List.of("TASKS", "SUPPORT"),
                        c.deptA().id(),
                        c.deptB().id()),
                201));
        assertThat(round.get("status").asText()).isEqualTo("OPEN");
        assertThat(round.get("dimensions").findValuesAsText("code")).containsExactly("TASKS", "SUPPORT");
        assertThat(round.get("departments").findValuesAsText("name"))
                .containsExactlyInAnyOrder(c.deptA().name(), c.deptB().name());
        long id = round.get("id").asLong();
        assertThat(jdbc.queryForObject("SELECT name FROM evaluation_round WHERE id = ?", String.class, id))
                .isEqualTo(name);
        assertThat(audits("EVALUATION_ROUND", id, "EVALUATION_OPENED")).isEqualTo(1);

        send(c.applicantA(), post("/api/evaluation/rounds/" + id + "/close"), null, 403);
        send(r1, post("/api/evaluation/rounds/" + id + "/close"), null, 403);
        assertThat(read(send(c.admin(), post("/api/evaluation/rounds/" + id + "/close"), null, 200))
                        .get("status")
                        .asText())
                .isEqualTo("CLOSED");
        send(c.officer(), post("/api/evaluation/rounds/" + id + "/close"), null, 409);
        assertThat(audits("EVALUATION_ROUND", id, "EVALUATION_CLOSED")).isEqualTo(1);
    }

    @Test
    void aRoundNeedsDimensionsCountyDepartmentsAndSensibleDatesAndABadOneChangesNothing() throws Exception {
        String name = "有误的评价" + c.suffix();
        JsonNode errors = read(send(
                        c.officer(),
                        post("/api/evaluation/rounds"),
                        form(name, List.of(), c.township().id()),
                        400))
                .get("fieldErrors");
        assertThat(errors.get("dimensions").asText()).isEqualTo("请至少选择一个评价维度");
        assertThat(errors.get("departmentIds").asText()).isEqualTo("只能选择县级部门");

        Map<String, Object> late = form(name, List.of("TASKS"), c.deptA().id());
        late.put("closesAt", Clock.now().minusHours(1).toString());
        late.put("periodTo", LocalDate.now().minusMonths(7).toString());
        JsonNode lateErrors = read(send(c.officer(), post("/api/evaluation/rounds"), late, 400))
                .get("fieldErrors");
        assertThat(lateErrors.get("closesAt").asText()).isEqualTo("截止时间应晚于开始时间和现在");
        assertThat(lateErrors.get("periodTo").asText()).isEqualTo("结束日期不能早于开始日期");

        Map<String, Object> longName =
                form("评".repeat(101), List.of("TASKS"), c.deptA().id());
        assertThat(read(send(c.officer(), post("/api/evaluation/rounds"), longName, 400))
                        .at("/fieldErrors/name")
                        .asText())
                .isEqualTo("名称不能超过100个字");
        assertThat(roundsNamed(name)).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM evaluation_round_department WHERE org_id = ?",
                        Long.class,
                        c.deptA().id()))
                .isZero();
    }

    // ------------------------------------------------------------------ rating

    @Test
    void aPersonRatesADepartmentOnceEvenWhenTwoSubmissionsArriveTogether() throws Exception {
        long id = open(List.of("TASKS", "SUPPORT"), c.deptA().id(), c.deptB().id());
        JsonNode mine = read(send(
                r1,
                post("/api/evaluation/rounds/" + id + "/ratings"),
                rating(c.deptA().id(), Map.of("TASKS", 4, "SUPPORT", 5), RATE_COMMENT),
                201));
        assertThat(mine.get("rated").asBoolean()).isTrue();
        assertThat(mine.at("/scores/TASKS").asInt()).isEqualTo(4);
        assertThat(mine.get("comment").asText()).isEqualTo(RATE_COMMENT);
        assertThat(mine.get("commentStatus").asText()).isEqualTo("PENDING");
        JsonNode again = read(send(
                r1,
                post("/api/evaluation/rounds/" + id + "/ratings"),
                rating(c.deptA().id(), Map.of("TASKS", 1, "SUPPORT", 1), null),
                409));
        assertThat(again.get("message").asText()).isEqualTo(Ratings.ALREADY);
        assertThat(ratings(id, c.deptA().id())).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT s.score FROM evaluation_score s JOIN evaluation_rating g ON g.id = s.rating_id"
                                + " WHERE g.round_id = ? AND s.dimension = 'TASKS'",
                        Integer.class,
                        id))
                .isEqualTo(4);

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> submit = () -> {
                together.await();
                return mvc.perform(post("/api/evaluation/rounds/" + id + "/ratings")
                                .with(user(r2))
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json.writeValueAsString(
                                        rating(c.deptB().id(), Map.of("TASKS", 3, "SUPPORT", 3), "两个标签页"))))
                        .andReturn()
                        .getResponse()
                        .getStatus();
            };
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : two.invokeAll(List.of(submit, submit))) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            two.shutdownNow();
        }
        assertThat(ratings(id, c.deptB().id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_comment WHERE round_id = ?", Long.class, id))
                .isEqualTo(2);
        assertThat(audits("EVALUATION_ROUND", id, "EVALUATION_RATED")).isEqualTo(2);

        JsonNode my = read(send(r1, get("/api/evaluation/my-rounds"), null, 200));
        JsonNode round = find(my, "/round/id", id);
        assertThat(find(round.get("departments"), "/departmentId", c.deptA().id())
                        .get("rated")
                        .asBoolean())
                .isTrue();
        JsonNode notMine =
                find(round.get("departments"), "/departmentId", c.deptB().id());
        assertThat(notMine.get("rated").asBoolean())
                .as("r2's rating is not r1's")
                .isFalse();
        assertThat(notMine.get("scores").isNull()).isTrue();
    }

    @Test
    void onlyTownshipAndVillageCadresRateAndOnlyWhileTheRoundTakesRatings() throws Exception {
        long id = open(List.of("TASKS"), c.deptA().id());
        Map<String, Object> ok = rating(c.deptA().id(), Map.of("TASKS", 3), null);
        CurrentUser grassrootsInADepartment = counties.extraUser(c, "gd", c.deptB(), Role.GRASSROOTS);
        CurrentUser villageApplicant = counties.extraUser(c, "va", c.village2(), Role.APPLICANT);
        for (CurrentUser other :
                List.of(c.applicantA(), c.officer(), c.approver(), grassrootsInADepartment, villageApplicant)) {
            send(other, post("/api/evaluation/rounds/" + id + "/ratings"), ok, 403);
            send(other, get("/api/evaluation/my-rounds"), null, 403);
        }
        JsonNode bad = read(send(
                        r1,
                        post("/api/evaluation/rounds/" + id + "/ratings"),
                        rating(c.deptB().id(), Map.of("TASKS", 6), null),
                        400))
                .get("fieldErrors");
        assertThat(bad.get("departmentId").asText()).isEqualTo("该部门不在本轮评价范围内");
        assertThat(bad.get("scores.TASKS").asText()).isEqualTo("请为“下派任务合理性”打1–5分");
        Map<String, Object> tooLong = rating(c.deptA().id(), Map.of("TASKS", 3), "𠀾".repeat(1001));
        assertThat(read(send(r1, post("/api/evaluation/rounds/" + id + "/ratings"), tooLong, 400))
                        .at("/fieldErrors/comment")
                        .asText())
                .isEqualTo("意见不能超过1000个字");

        Map<String, Object> later =
                form("未开始" + c.suffix(), List.of("TASKS"), c.deptA().id());
        later.put("opensAt", Clock.now().plusDays(1).toString());
        long notYet = read(send(c.officer(), post("/api/evaluation/rounds"), later, 201))
                .get("id")
                .asLong();
        send(r1, post("/api/evaluation/rounds/" + notYet + "/ratings"), ok, 409);
        assertThat(read(send(r1, get("/api/evaluation/my-rounds"), null, 200)).findValues("round").stream()
                        .map(r -> r.get("id").asLong()))
                .contains(id)
                .doesNotContain(notYet);

        EngineClock.set(LocalDateTime.now().plusDays(8));
        send(r1, post("/api/evaluation/rounds/" + id + "/ratings"), ok, 409);
        ClockUtil.reset();
        send(c.officer(), post("/api/evaluation/rounds/" + id + "/close"), null, 200);
        send(r1, post("/api/evaluation/rounds/" + id + "/ratings"), ok, 409);
        assertThat(ratings(id, c.deptA().id())).isZero();
        assertThat(ratings(notYet, c.deptA().id())).isZero();
    }

    @Test
    void aCommentOfAThousandRareCharactersAndEmojiIsStoredAsSent() throws Exception {
        long id = open(List.of("TASKS"), c.deptA().id());
        String longest = "😀".repeat(500) + "𠀾".repeat(500);
        send(
                r1,
                post("/api/evaluation/rounds/" + id + "/ratings"),
                rating(c.deptA().id(), Map.of("TASKS", 5), longest),
                201);
        assertThat(jdbc.queryForObject("SELECT content FROM evaluation_comment WHERE round_id = ?", String.class, id))
                .isEqualTo(longest);
    }

    // ------------------------------------------------------------------ results and anonymity

    @Test
    void belowTheThresholdNothingAboutADepartmentReachesItThroughAnyEndpointTheExportOrAWarning() throws Exception {
        long id = open(List.of("TASKS", "SUPPORT"), c.deptA().id(), c.deptB().id());
        String secret = "只有两人评价的意见" + c.suffix();
        rate(r1, id, c.deptA().id(), 1, 1, secret);
        rate(r2, id, c.deptA().id(), 1, 2, null);
        for (JsonNode comment : read(send(c.officer(), get("/api/evaluation/rounds/" + id + "/comments"), null, 200))) {
            send(
                    c.officer(),
                    post("/api/evaluation/comments/" + comment.get("id").asLong() + "/screen"),
                    Map.of("decision", "APPROVED"),
                    200);
        }
        rate(r1, id, c.deptB().id(), 5, 4, null);
        rate(r2, id, c.deptB().id(), 4, 4, null);
        rate(r3, id, c.deptB().id(), 2, 3, null);

        JsonNode office = read(send(c.officer(), get("/api/evaluation/rounds/" + id + "/results"), null, 200));
        assertHidden(find(office.get("departments"), "/departmentId", c.deptA().id()));
        assertThat(office.get("ranking").findValuesAsText("departmentName"))
                .containsExactly(c.deptB().name());
        send(c.applicantA(), get("/api/evaluation/rounds/" + id + "/results"), null, 409);
        send(c.officer(), post("/api/evaluation/rounds/" + id + "/close"), null, 200);
        sweep.sweep();

        List<String> bodies = new ArrayList<>();
        JsonNode mine = read(
                remember(bodies, send(c.applicantA(), get("/api/evaluation/rounds/" + id + "/results"), null, 200)));
        assertThat(mine.get("departments")).hasSize(1);
        assertHidden(mine.get("departments").get(0));
        assertThat(mine.get("departments").get(0).get("note").asText()).isEqualTo("评价人数不足，暂不显示");
        assertThat(mine.has("raters")).isFalse();
        assertThat(mine.has("ranking")).isFalse();
        remember(bodies, send(c.applicantA(), get("/api/evaluation/rounds"), null, 200));
        remember(bodies, send(c.applicantA(), get("/api/evaluation/rounds/" + id), null, 200));
        remember(bodies, send(c.applicantA(), get("/api/evaluation/dimensions"), null, 200));
        remember(bodies, send(c.applicantA(), get("/api/warnings"), null, 200));
        remember(bodies, send(c.applicantA(), get("/api/warnings/summary"), null, 200));
        send(c.applicantA(), get("/api/evaluation/rounds/" + id + "/comments"), null, 403);
        send(c.applicantA(), get("/api/evaluation/my-rounds"), null, 403);
        for (String body : bodies) {
            assertThat(body)
                    .doesNotContain(secret)
                    .doesNotContain("\"raters\"")
                    .doesNotContain("\"overall\"")
                    .doesNotContain("LOW_EVALUATION_SCORE")
                    .doesNotContain(c.deptB().name());
        }
        assertThat(openLowScoreWarnings(c.deptA().id()))
                .as("two raters' low scores raise no warning")
                .isZero();

        List<List<String>> sheet = export(c.applicantA(), id);
        assertThat(sheet).hasSize(2);
        assertThat(sheet.get(1)).containsExactly("", c.deptA().name(), "评价人数不足，暂不显示");
        List<List<String>> all = export(c.officer(), id);
        assertThat(all.get(0)).containsExactly("名次", "部门", "评价人数", "综合得分", "上轮综合得分", "较上轮", "下派任务合理性", "指导支持基层");
        assertThat(all.subList(1, 3))
                .containsExactlyInAnyOrder(
                        List.of("", c.deptA().name(), "评价人数不足，暂不显示"),
                        List.of("1", c.deptB().name(), "3", "3.67", "", "", "3.67", "3.67"));
    }

    @Test
    void withThreeRatersTheFiguresAppearAsTheDatabaseAveragesThemAndRatersStayUnnamed() throws Exception {
        long id = open(List.of("TASKS", "SUPPORT"), c.deptA().id(), c.deptB().id());
        rate(r1, id, c.deptA().id(), 5, 3, "好评" + c.suffix());
        rate(r2, id, c.deptA().id(), 4, 3, "驳回的意见" + c.suffix());
        JsonNode before = read(send(c.officer(), get("/api/evaluation/rounds/" + id + "/results"), null, 200));
        assertHidden(find(before.get("departments"), "/departmentId", c.deptA().id()));
        assertThat(before.get("raters").asLong()).isEqualTo(2);
        rate(r3, id, c.deptA().id(), 2, 4, "待审核" + c.suffix());
        rate(r4, id, c.deptB().id(), 1, 1, null);

        JsonNode comments = read(send(
                c.officer(), get("/api/evaluation/rounds/" + id + "/comments").param("status", "PENDING"), null, 200));
        assertThat(comments).hasSize(3);
        for (JsonNode comment : comments) {
            String text = comment.get("content").asText();
            long commentId = comment.get("id").asLong();
            send(
                    c.applicantA(),
                    post("/api/evaluation/comments/" + commentId + "/screen"),
                    Map.of("decision", "APPROVED"),
                    403);
            if (!text.startsWith("待审核")) {
                String decision = text.startsWith("好评") ? "APPROVED" : "REJECTED";
                send(
                        c.officer(),
                        post("/api/evaluation/comments/" + commentId + "/screen"),
                        Map.of("decision", decision),
                        200);
                send(
                        c.admin(),
                        post("/api/evaluation/comments/" + commentId + "/screen"),
                        Map.of("decision", "APPROVED"),
                        409);
            }
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_type = 'EVALUATION_COMMENT'"
                                + " AND action = 'EVALUATION_COMMENT_SCREENED'"
                                + " AND subject_id IN (SELECT id FROM evaluation_comment WHERE round_id = ?)",
                        Long.class,
                        id))
                .isEqualTo(2);
        send(c.officer(), post("/api/evaluation/rounds/" + id + "/close"), null, 200);

        String body = send(c.applicantA(), get("/api/evaluation/rounds/" + id + "/results"), null, 200);
        JsonNode a = read(body).get("departments").get(0);
        assertThat(a.get("shown").asBoolean()).isTrue();
        assertThat(a.get("raters").asLong()).isEqualTo(3);
        // TASKS 5, 4, 2 → 11/3; SUPPORT 3, 3, 4 → 10/3; overall 21/6
        assertThat(a.get("overall").decimalValue()).isEqualByComparingTo("3.50");
        assertThat(find(a.get("dimensions"), "/dimension", "TASKS")
                        .get("average")
                        .decimalValue())
                .isEqualByComparingTo("3.67");
        assertThat(find(a.get("dimensions"), "/dimension", "SUPPORT")
                        .get("average")
                        .decimalValue())
                .isEqualByComparingTo("3.33");
        assertThat(a.get("comments")).extracting(JsonNode::asText).containsExactly("好评" + c.suffix());
        for (String nobody : List.of(
                r1.getUsername(),
                r2.getUsername(),
                r3.getUsername(),
                c.village1().name(),
                c.village2().name(),
                c.township().name())) {
            assertThat(body).doesNotContain(nobody);
            assertThat(send(c.officer(), get("/api/evaluation/rounds/" + id + "/results"), null, 200))
                    .doesNotContain(nobody);
            assertThat(send(c.officer(), get("/api/evaluation/rounds/" + id + "/comments"), null, 200))
                    .doesNotContain(nobody);
        }

        JsonNode county = read(send(c.approver(), get("/api/evaluation/rounds/" + id + "/results"), null, 200));
        assertThat(county.get("raters").asLong()).isEqualTo(4);
        assertHidden(find(county.get("departments"), "/departmentId", c.deptB().id()));
        assertThat(county.get("ranking")).hasSize(1);
        assertThat(county.at("/ranking/0/departmentId").asLong())
                .isEqualTo(c.deptA().id());
    }

    @Test
    void aDepartmentSeesOnlyItselfWhateverOtherRolesItsPeopleHave() throws Exception {
        long id = open(List.of("TASKS"), c.deptA().id(), c.deptB().id());
        for (CurrentUser rater : List.of(r1, r2, r3)) {
            rate(rater, id, c.deptA().id(), 4, 0, null);
            rate(rater, id, c.deptB().id(), 2, 0, null);
        }
        long onlyA = open(List.of("TASKS"), c.deptA().id());
        send(c.officer(), post("/api/evaluation/rounds/" + id + "/close"), null, 200);
        send(c.officer(), post("/api/evaluation/rounds/" + onlyA + "/close"), null, 200);

        for (CurrentUser own : List.of(c.applicantB())) {
            String body = send(own, get("/api/evaluation/rounds/" + id + "/results"), null, 200);
            assertThat(read(body).get("departments").findValuesAsText("departmentName"))
                    .containsExactly(c.deptB().name());
            assertThat(body).doesNotContain(c.deptA().name());
            assertThat(export(own, id)).hasSize(2);
        }
        // an approver working in a department is that department's, not the leadership
        String both = send(c.applicantReviewer(), get("/api/evaluation/rounds/" + id + "/results"), null, 200);
        assertThat(read(both).get("departments").findValuesAsText("departmentName"))
                .containsExactly(c.deptA().name());
        assertThat(both).doesNotContain(c.deptB().name());
        send(c.applicantB(), get("/api/evaluation/rounds/" + onlyA + "/results"), null, 404);
        send(c.applicantB(), get("/api/evaluation/rounds/" + onlyA), null, 404);
        List<Long> listed = new ArrayList<>();
        read(send(c.applicantB(), get("/api/evaluation/rounds"), null, 200))
                .forEach(r -> listed.add(r.get("id").asLong()));
        assertThat(listed).contains(id).doesNotContain(onlyA);
        for (CurrentUser none : List.of(r1, c.reviewer())) {
            send(none, get("/api/evaluation/rounds/" + id + "/results"), null, 403);
            send(none, get("/api/evaluation/rounds/" + id + "/results/export"), null, 403);
        }
        JsonNode office = read(send(c.officer(), get("/api/evaluation/rounds/" + id + "/results"), null, 200));
        assertThat(office.get("ranking").findValuesAsText("departmentName"))
                .containsExactly(c.deptA().name(), c.deptB().name());
    }

    @Test
    void theChangeSinceTheLastRoundComparesWithTheRoundBeforeThatRatedTheDepartment() throws Exception {
        long first = open(List.of("TASKS"), Clock.now().minusHours(2), c.deptA().id());
        rate(r1, first, c.deptA().id(), 2, 0, null);
        rate(r2, first, c.deptA().id(), 3, 0, null);
        rate(r3, first, c.deptA().id(), 4, 0, null);
        send(c.officer(), post("/api/evaluation/rounds/" + first + "/close"), null, 200);
        long second =
                open(List.of("TASKS"), Clock.now().minusHours(1), c.deptA().id());
        rate(r1, second, c.deptA().id(), 4, 0, null);
        rate(r2, second, c.deptA().id(), 4, 0, null);
        rate(r3, second, c.deptA().id(), 5, 0, null);
        send(c.officer(), post("/api/evaluation/rounds/" + second + "/close"), null, 200);

        JsonNode a = read(send(c.applicantA(), get("/api/evaluation/rounds/" + second + "/results"), null, 200))
                .at("/departments/0");
        assertThat(a.get("overall").decimalValue()).isEqualByComparingTo("4.33");
        assertThat(a.get("previousOverall").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(a.get("overallChange").decimalValue()).isEqualByComparingTo("1.33");
        assertThat(a.at("/dimensions/0/previous").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(a.at("/dimensions/0/change").decimalValue()).isEqualByComparingTo("1.33");
        JsonNode earlier = read(send(c.applicantA(), get("/api/evaluation/rounds/" + first + "/results"), null, 200))
                .at("/departments/0");
        assertThat(earlier.has("previousOverall")).isFalse();
        assertThat(earlier.has("overallChange")).isFalse();
    }

    @Test
    void aLowScoreWarnsTheDepartmentUntilABetterRoundCloses() throws Exception {
        long low = open(List.of("TASKS", "ATTITUDE"), c.deptA().id());
        rate(r1, low, c.deptA().id(), 2, 2, null);
        rate(r2, low, c.deptA().id(), 2, 3, null);
        rate(r3, low, c.deptA().id(), 3, 2, null);
        sweep.sweep();
        assertThat(openLowScoreWarnings(c.deptA().id()))
                .as("not while the round is open")
                .isZero();
        send(c.officer(), post("/api/evaluation/rounds/" + low + "/close"), null, 200);
        sweep.sweep();
        assertThat(openLowScoreWarnings(c.deptA().id())).isEqualTo(1);
        JsonNode seen = read(send(
                        c.applicantA(), get("/api/warnings").param("rule", "LOW_EVALUATION_SCORE"), null, 200))
                .at("/items/0");
        assertThat(seen.get("orgId").asLong()).isEqualTo(c.deptA().id());
        assertThat(seen.at("/params/average").asText()).isEqualTo("2.33");
        assertThat(seen.at("/params/roundId").asText()).isEqualTo(String.valueOf(low));
        assertThat(seen.get("params").has("raters")).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id"
                                + " WHERE u.username = ? AND n.kind = 'WARNING_RAISED'",
                        Long.class,
                        c.applicantA().getUsername()))
                .isEqualTo(1);

        long better = open(List.of("TASKS"), c.deptA().id());
        for (CurrentUser rater : List.of(r1, r2, r3)) {
            rate(rater, better, c.deptA().id(), 4, 0, null);
        }
        send(c.officer(), post("/api/evaluation/rounds/" + better + "/close"), null, 200);
        sweep.sweep();
        assertThat(openLowScoreWarnings(c.deptA().id())).isZero();
        assertThat(jdbc.queryForList(
                        "SELECT status FROM warning WHERE rule = 'LOW_EVALUATION_SCORE' AND subject_key = ?",
                        String.class,
                        String.valueOf(c.deptA().id())))
                .containsExactly("RESOLVED");
    }

    // ------------------------------------------------------------------ helpers

    private static void assertHidden(JsonNode department) {
        assertThat(department.get("shown").asBoolean()).isFalse();
        List<String> fields = new ArrayList<>();
        department.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("departmentId", "departmentName", "shown", "note");
    }

    private Map<String, Object> form(String name, List<String> dimensions, Long... departments) {
        Map<String, Object> form = new HashMap<>();
        form.put("name", name);
        form.put("periodFrom", LocalDate.now().minusMonths(6).toString());
        form.put("periodTo", LocalDate.now().toString());
        form.put("closesAt", Clock.now().plusDays(7).toString());
        form.put("dimensions", dimensions);
        form.put("departmentIds", List.of(departments));
        return form;
    }

    private long open(List<String> dimensions, Long... departments) throws Exception {
        return open(dimensions, null, departments);
    }

    private long open(List<String> dimensions, LocalDateTime opensAt, Long... departments) throws Exception {
        Map<String, Object> form = form("评价" + c.suffix(), dimensions, departments);
        if (opensAt != null) {
            form.put("opensAt", opensAt.toString());
        }
        return read(send(c.officer(), post("/api/evaluation/rounds"), form, 201))
                .get("id")
                .asLong();
    }

    private static Map<String, Object> rating(long department, Map<String, Integer> scores, String comment) {
        Map<String, Object> r = new HashMap<>();
        r.put("departmentId", department);
        r.put("scores", scores);
        r.put("comment", comment);
        return r;
    }

    /** Rates TASKS and, when {@code second} is not 0, the round's other dimension (SUPPORT or ATTITUDE). */
    private void rate(CurrentUser rater, long round, long department, int tasks, int second, String comment)
            throws Exception {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("TASKS", tasks);
        if (second != 0) {
            String other = jdbc.queryForObject(
                    "SELECT dimension FROM evaluation_round_dimension WHERE round_id = ? AND dimension <> 'TASKS'",
                    String.class,
                    round);
            scores.put(other, second);
        }
        send(rater, post("/api/evaluation/rounds/" + round + "/ratings"), rating(department, scores, comment), 201);
    }

    private List<List<String>> export(CurrentUser u, long round) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/evaluation/rounds/" + round + "/results/export")
                        .with(user(u)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .startsWith("基层评机关评价结果　筛选：评价轮次“");
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() == 0) {
                    continue; // the title row
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(
                            cell == null
                                    ? ""
                                    : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                            ? new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue()))
                                                    .stripTrailingZeros()
                                                    .toPlainString()
                                            : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static JsonNode find(JsonNode array, String pointer, Object value) {
        for (JsonNode n : array) {
            if (n.at(pointer).asText().equals(String.valueOf(value))) {
                return n;
            }
        }
        throw new AssertionError("no " + pointer + " = " + value + " in " + array);
    }

    private long roundsNamed(String name) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_round WHERE name = ?", Long.class, name);
    }

    private long ratings(long round, long department) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM evaluation_rating WHERE round_id = ? AND org_id = ?",
                Long.class,
                round,
                department);
    }

    private long audits(String subject, long id, String action) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE subject_type = ? AND subject_id = ? AND action = ?",
                Long.class,
                subject,
                id,
                action);
    }

    private long openLowScoreWarnings(long department) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM warning WHERE rule = 'LOW_EVALUATION_SCORE' AND subject_key = ? AND open_key IS NOT NULL",
                Long.class,
                String.valueOf(department));
    }

    private static String remember(List<String> bodies, String body) {
        bodies.add(body);
        return body;
    }

    private JsonNode read(String body) throws Exception {
        return json.readTree(body);
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
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
