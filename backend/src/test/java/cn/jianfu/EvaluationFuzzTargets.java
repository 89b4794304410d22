package cn.jianfu;

import static cn.jianfu.FuzzIT.map;
import static cn.jianfu.FuzzIT.text;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jianfu.FuzzIT.Field;
import cn.jianfu.FuzzIT.Target;
import cn.jianfu.FuzzIT.Type;
import cn.jianfu.common.Clock;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * {@link FuzzIT}'s targets in the evaluation of departments ({@code /api/evaluation}): opening a
 * round (the office), rating a department (a village cadre) and screening a comment (the office).
 * A rating uses up its department in its round, a screening its comment: each then takes a new
 * round of the fuzz county's first department.
 */
final class EvaluationFuzzTargets {

    private final FuzzIT fuzz;
    private final County c;

    /** Endpoints with a body. */
    final List<Target> targets;

    /** Endpoints without a body: only their path is fuzzed. */
    final List<Target> pathOnly;

    EvaluationFuzzTargets(FuzzIT fuzz) {
        this.fuzz = fuzz;
        this.c = fuzz.c;
        targets = List.of(open(), rate(), screen());
        pathOnly = List.of(close());
    }

    private Map<String, Object> roundForm() {
        Map<String, Object> f = map("name", "模糊测试基层评价" + c.suffix());
        f.put("periodFrom", Clock.now().toLocalDate().minusMonths(6).toString());
        f.put("periodTo", Clock.now().toLocalDate().toString());
        f.put("opensAt", Clock.now().minusHours(1).toString());
        f.put("closesAt", Clock.now().plusDays(7).toString());
        f.put("dimensions", List.of("TASKS"));
        f.put("departmentIds", List.of(c.deptA().id()));
        return f;
    }

    private Target open() {
        return new Target("POST /api/evaluation/rounds")
                .as(c.officer())
                .post(() -> "/api/evaluation/rounds")
                .base(this::roundForm)
                .fields(
                        Field.text("name", 100).required(),
                        Field.of("periodFrom", Type.DATE),
                        Field.of("periodTo", Type.DATE),
                        Field.of("opensAt", Type.DATETIME),
                        Field.of("closesAt", Type.DATETIME),
                        Field.of("dimensions", Type.ENUM_LIST),
                        Field.of("departmentIds", Type.LIST))
                .readBack((field, answer, sent) -> text(fuzz.call(
                                c.officer(),
                                get("/api/evaluation/rounds/" + answer.get("id").asLong()))
                        .get(field)));
    }

    private Target rate() {
        long[] round = {0};
        return new Target("POST /api/evaluation/rounds/{id}/ratings")
                .as(c.villager())
                .prepare(() -> {
                    if (round[0] == 0) {
                        round[0] = newRound();
                    }
                })
                .post("/api/evaluation/rounds/{id}/ratings", () -> round[0])
                .base(() -> map("departmentId", c.deptA().id(), "scores", map("TASKS", 4), "comment", "下发表格太多，希望精简"))
                .fields(
                        Field.text("comment", 1000),
                        Field.of("departmentId", Type.NUMBER),
                        Field.of("scores", Type.MAP))
                .readBack((field, answer, sent) -> myComment(round[0]))
                .used(() -> round[0] = 0);
    }

    private Target screen() {
        long[] comment = {0};
        return new Target("POST /api/evaluation/comments/{id}/screen")
                .as(c.officer())
                .prepare(() -> {
                    if (comment[0] == 0) {
                        comment[0] = pendingComment();
                    }
                })
                .post("/api/evaluation/comments/{id}/screen", () -> comment[0])
                .base(() -> map("decision", "APPROVED"))
                .fields(Field.of("decision", Type.ENUM))
                .readBack((field, answer, sent) -> text(answer.get(field)))
                .used(() -> comment[0] = 0);
    }

    private Target close() {
        long[] round = {0};
        return new Target("POST /api/evaluation/rounds/{id}/close")
                .as(c.officer())
                .prepare(() -> {
                    if (round[0] == 0) {
                        round[0] = newRound();
                    }
                })
                .post("/api/evaluation/rounds/{id}/close", () -> round[0])
                .used(() -> round[0] = 0);
    }

    // ---------------------------------------------------------------- set-up

    private long newRound() throws Exception {
        return fuzz.call(c.officer(), fuzz.jsonBody(post("/api/evaluation/rounds"), roundForm()))
                .get("id")
                .asLong();
    }

    /** A comment waiting for the office: the village cadre's on a new round. */
    private long pendingComment() throws Exception {
        long round = newRound();
        fuzz.call(
                c.villager(),
                fuzz.jsonBody(
                        post("/api/evaluation/rounds/" + round + "/ratings"),
                        map("departmentId", c.deptA().id(), "scores", map("TASKS", 2), "comment", "检查太多")));
        JsonNode comments = fuzz.call(c.officer(), get("/api/evaluation/rounds/" + round + "/comments"));
        return comments.get(0).get("id").asLong();
    }

    /** The village cadre's own comment on the first department, as their page shows it. */
    private String myComment(long round) throws Exception {
        for (JsonNode r : fuzz.call(c.villager(), get("/api/evaluation/my-rounds"))) {
            if (r.at("/round/id").asLong() == round) {
                for (JsonNode d : r.get("departments")) {
                    if (d.get("departmentId").asLong() == c.deptA().id()) {
                        return text(d.get("comment"));
                    }
                }
            }
        }
        throw new AssertionError("round " + round + " is not among the cadre's rounds");
    }
}
