package cn.jianfu;

import static cn.jianfu.FuzzIT.map;
import static cn.jianfu.FuzzIT.text;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jianfu.FuzzIT.Field;
import cn.jianfu.FuzzIT.Target;
import cn.jianfu.FuzzIT.Type;
import cn.jianfu.common.Clock;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@link FuzzIT}'s targets in the list's two-year review ({@code /api/list-reviews}): starting one
 * review and a county-wide round, the grassroots' feedback, the lead department's proposal, the
 * social work department's review and the county's approval. Each subject is an item of the fuzz
 * county's first department reaching its first village (inserted as {@code ListReviewIT} does),
 * with its review brought to the step under test.
 */
final class ListReviewFuzzTargets {

    private final FuzzIT fuzz;
    private final County c;

    /** Endpoints with a body. */
    final List<Target> targets;

    /** Endpoints without a body: only their path is fuzzed. */
    final List<Target> pathOnly;

    ListReviewFuzzTargets(FuzzIT fuzz) {
        this.fuzz = fuzz;
        this.c = fuzz.c;
        targets = List.of(start(), round(), feedback(), proposal(), review(), approval());
        pathOnly = List.of(closeFeedback());
    }

    private Target start() {
        long[] item = {0};
        return new Target("POST /api/list-reviews")
                .as(c.officer())
                .prepare(() -> {
                    if (item[0] == 0) {
                        item[0] = item(40);
                    }
                })
                .post(() -> "/api/list-reviews")
                .base(() -> map("itemId", item[0]))
                .fields(Field.of("itemId", Type.NUMBER))
                .readBack((field, answer, sent) -> text(answer.at("/summary/itemId")))
                .used(() -> item[0] = 0);
    }

    /** A round up to today takes the item ending today (and any other item of the database that does). */
    private Target round() {
        long[] item = {0};
        return new Target("POST /api/list-reviews/rounds")
                .as(c.officer())
                .prepare(() -> {
                    if (item[0] == 0) {
                        item[0] = item(0);
                    }
                })
                .post(() -> "/api/list-reviews/rounds")
                .base(() -> map("name", "2026年清单复评批次", "until", today().toString()))
                .fields(Field.text("name", 100).required(), Field.of("until", Type.DATE))
                .readBack((field, answer, sent) ->
                        text(detail(c.officer(), reviewOf(item[0])).at("/summary/roundName")))
                .used(() -> item[0] = 0);
    }

    private Target feedback() {
        long[] review = {0};
        return new Target("POST /api/list-reviews/{id}/feedback")
                .as(c.villager())
                .prepare(() -> {
                    if (review[0] == 0) {
                        review[0] = start(item(40));
                    }
                })
                .post("/api/list-reviews/{id}/feedback", () -> review[0])
                .base(() -> map("verdict", "TOO_HEAVY", "actualHours", 12, "comment", "每月要填三张表"))
                .fields(
                        Field.text("comment", 1000),
                        Field.of("verdict", Type.ENUM),
                        Field.of("actualHours", Type.DECIMAL))
                .readBack((field, answer, sent) ->
                        text(detail(c.villager(), review[0]).at("/myFeedback/comment")))
                .used(() -> review[0] = 0);
    }

    /** A change with every text, so that each is stored; an accepted proposal takes a new review. */
    private Target proposal() {
        long[] review = {0};
        String[] task = {null};
        return new Target("POST /api/list-reviews/tasks/{taskId}/proposal")
                .as(c.applicantA())
                .prepare(() -> {
                    if (task[0] == null) {
                        review[0] = start(item(40));
                        closeFeedback(review[0]);
                        task[0] = taskOf(c.applicantA(), review[0]);
                    }
                })
                .post("/api/list-reviews/tasks/{taskId}/proposal", () -> task[0])
                .base(() -> map(
                        "proposal",
                        "CHANGE",
                        "reason",
                        "基层反映负担过重，改为每季度一次",
                        "itemName",
                        "修订后的复评事项",
                        "content",
                        "每季度入户宣传一次",
                        "performanceStandard",
                        "每季度一次并登记",
                        "hoursPerMonth",
                        4))
                .fields(
                        Field.text("reason", 2000).required(),
                        Field.text("itemName", 100),
                        Field.text("content", 4000),
                        Field.text("performanceStandard", 2000),
                        Field.of("proposal", Type.ENUM),
                        Field.of("hoursPerMonth", Type.DECIMAL))
                .readBack((field, answer, sent) -> {
                    JsonNode d = detail(c.officer(), review[0]);
                    return text(
                            switch (field) {
                                case "reason" -> d.get("proposalReason");
                                case "itemName" -> d.get("newItemName");
                                case "content" -> d.get("newContent");
                                case "performanceStandard" -> d.get("newStandard");
                                default -> d.get(field);
                            });
                })
                .used(() -> task[0] = null);
    }

    /** The review returns the proposal; the lead department proposes again for the next one. */
    private Target review() {
        long[] review = {0};
        String[] task = {null};
        return new Target("POST /api/list-reviews/tasks/{taskId}/review")
                .as(c.reviewer())
                .prepare(() -> {
                    if (task[0] == null) {
                        if (review[0] == 0) {
                            review[0] = start(item(40));
                            closeFeedback(review[0]);
                        }
                        propose(review[0]);
                        task[0] = taskOf(c.reviewer(), review[0]);
                    }
                })
                .post("/api/list-reviews/tasks/{taskId}/review", () -> task[0])
                .base(() -> map("decision", "RETURN", "comment", "请补充基层反馈情况"))
                .fields(Field.text("comment", 2000).required().stored(t -> "退回：" + t), Field.of("decision", Type.ENUM))
                .readBack((field, answer, sent) ->
                        FuzzIT.lastComment(detail(c.officer(), review[0]), "PROPOSAL_REVIEWED"))
                .used(() -> task[0] = null);
    }

    /** The approval returns the proposal to the review, which passes it again for the next one. */
    private Target approval() {
        long[] review = {0};
        String[] task = {null};
        return new Target("POST /api/list-reviews/tasks/{taskId}/approval")
                .as(c.approver())
                .prepare(() -> {
                    if (task[0] == null) {
                        if (review[0] == 0) {
                            review[0] = start(item(40));
                            closeFeedback(review[0]);
                            propose(review[0]);
                        }
                        decide(c.reviewer(), review[0], "review");
                        task[0] = taskOf(c.approver(), review[0]);
                    }
                })
                .post("/api/list-reviews/tasks/{taskId}/approval", () -> task[0])
                .base(() -> map("decision", "RETURN", "comment", "请再审核一次"))
                .fields(Field.text("comment", 2000).required().stored(t -> "退回：" + t), Field.of("decision", Type.ENUM))
                .readBack((field, answer, sent) ->
                        FuzzIT.lastComment(detail(c.officer(), review[0]), "PROPOSAL_APPROVED"))
                .used(() -> task[0] = null);
    }

    private Target closeFeedback() {
        long[] review = {0};
        return new Target("POST /api/list-reviews/{id}/close-feedback")
                .as(c.officer())
                .prepare(() -> {
                    if (review[0] == 0) {
                        review[0] = start(item(40));
                    }
                })
                .post("/api/list-reviews/{id}/close-feedback", () -> review[0])
                .used(() -> review[0] = 0);
    }

    // ---------------------------------------------------------------- set-up

    /** An item in force led by the first department, reaching the first village, ending in {@code daysLeft} days. */
    private long item(int daysLeft) {
        String listNo = "FZ" + FuzzIT.SEQ.incrementAndGet() + c.suffix();
        LocalDate today = today();
        fuzz.jdbc.update(
                "INSERT INTO admission_item (list_no, item_name, category, lead_org_id, content, performance_standard,"
                        + " target_scope, workload_hours_per_month, effective_date, expiry_date, created_at)"
                        + " VALUES (?, ?, 'BASIC', ?, '每季度一次入户宣传', '登记在册', 'SELECTED', 2.5, ?, ?, ?)",
                listNo,
                "复评事项" + listNo,
                c.deptA().id(),
                today.minusYears(1),
                today.plusDays(daysLeft),
                LocalDateTime.now());
        long id = fuzz.jdbc.queryForObject("SELECT id FROM admission_item WHERE list_no = ?", Long.class, listNo);
        fuzz.jdbc.update(
                "INSERT INTO admission_item_target (item_id, org_id) VALUES (?, ?)",
                id,
                c.village1().id());
        return id;
    }

    private long start(long item) throws Exception {
        return fuzz.call(c.officer(), fuzz.jsonBody(post("/api/list-reviews"), map("itemId", item)))
                .at("/summary/id")
                .asLong();
    }

    private void closeFeedback(long review) throws Exception {
        fuzz.call(c.officer(), post("/api/list-reviews/" + review + "/close-feedback"));
    }

    private void propose(long review) throws Exception {
        fuzz.call(
                c.applicantA(),
                fuzz.jsonBody(
                        post("/api/list-reviews/tasks/" + taskOf(c.applicantA(), review) + "/proposal"),
                        map("proposal", "KEEP", "reason", "运行良好，继续保留")));
    }

    private void decide(CurrentUser u, long review, String step) throws Exception {
        fuzz.call(
                u,
                fuzz.jsonBody(
                        post("/api/list-reviews/tasks/" + taskOf(u, review) + "/" + step), map("decision", "PASS")));
    }

    private String taskOf(CurrentUser u, long review) throws Exception {
        return detail(u, review).get("taskId").asText();
    }

    private JsonNode detail(CurrentUser u, long review) throws Exception {
        return fuzz.call(u, get("/api/list-reviews/" + review));
    }

    private long reviewOf(long item) {
        return fuzz.jdbc.queryForObject("SELECT id FROM list_review WHERE item_id = ?", Long.class, item);
    }

    private static LocalDate today() {
        return Clock.now().toLocalDate();
    }
}
