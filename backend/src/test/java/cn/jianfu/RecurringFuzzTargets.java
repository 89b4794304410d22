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
import java.util.List;
import java.util.Map;

/**
 * {@link FuzzIT}'s targets in special rectification topics ({@code /api/special-topics}): opening
 * one and linking a clue (the office), the lead department's report and the office's acceptance.
 * The report and the acceptance take turns on one topic: an accepted report goes to the office,
 * which sends it back for the next one, and the other way round. ({@code /api/recurring-problems}
 * only reads.)
 */
final class RecurringFuzzTargets {

    private final FuzzIT fuzz;
    private final County c;

    /** The clue every new topic takes in (a clue may belong to many topics). */
    private long firstClue;

    /** Endpoints with a body. */
    final List<Target> targets;

    RecurringFuzzTargets(FuzzIT fuzz) {
        this.fuzz = fuzz;
        this.c = fuzz.c;
        targets = List.of(open(), link(), report(), acceptance());
    }

    private Map<String, Object> topicForm() {
        Map<String, Object> f = map("title", "清理村级工作群打卡", "description", "各部门工作群要求村干部每日打卡，统一清理");
        f.put("leadOrgId", c.deptA().id());
        f.put("deadline", Clock.now().toLocalDate().plusDays(30).toString());
        f.put("clueIds", List.of(firstClue));
        return f;
    }

    private Target open() {
        return new Target("POST /api/special-topics")
                .as(c.officer())
                .prepare(() -> {
                    if (firstClue == 0) {
                        firstClue = clue();
                    }
                })
                .post(() -> "/api/special-topics")
                .base(this::topicForm)
                .fields(
                        Field.text("title", 100).required(),
                        Field.text("description", 2000).required(),
                        Field.of("leadOrgId", Type.NUMBER),
                        Field.of("deadline", Type.DATE),
                        Field.of("clueIds", Type.LIST))
                .readBack((field, answer, sent) ->
                        text(topic(c.officer(), answer.get("id").asLong()).get(field)));
    }

    /** A clue is linked once: an accepted link takes a new clue. */
    private Target link() {
        long[] topic = {0};
        long[] clue = {0};
        return new Target("POST /api/special-topics/{id}/clues")
                .as(c.officer())
                .prepare(() -> {
                    if (topic[0] == 0) {
                        topic[0] = newTopic();
                    }
                    if (clue[0] == 0) {
                        clue[0] = clue();
                    }
                })
                .post("/api/special-topics/{id}/clues", () -> topic[0])
                .base(() -> map("clueId", clue[0]))
                .fields(Field.of("clueId", Type.NUMBER))
                .readBack((field, answer, sent) -> text(answer.get("id")))
                .used(() -> clue[0] = 0);
    }

    private Target report() {
        long[] topic = {0};
        String[] task = {null};
        return new Target("POST /api/special-topics/tasks/{taskId}/report")
                .as(c.applicantA())
                .prepare(() -> {
                    if (task[0] == null) {
                        if (topic[0] == 0) {
                            topic[0] = newTopic();
                        } else {
                            act(c.officer(), topic[0], "acceptance", map("accept", false, "text", "请继续整治"));
                        }
                        task[0] = taskOf(c.applicantA(), topic[0]);
                    }
                })
                .post("/api/special-topics/tasks/{taskId}/report", () -> task[0])
                .base(() -> map("text", "已清理12个工作群"))
                .fields(Field.text("text", 4000).required(), Field.of("accept", Type.BOOLEAN))
                .readBack((field, answer, sent) -> lastReport(topic[0], "REPORT"))
                .used(() -> task[0] = null);
    }

    private Target acceptance() {
        long[] topic = {0};
        String[] task = {null};
        return new Target("POST /api/special-topics/tasks/{taskId}/acceptance")
                .as(c.officer())
                .prepare(() -> {
                    if (task[0] == null) {
                        if (topic[0] == 0) {
                            topic[0] = newTopic();
                        }
                        act(c.applicantA(), topic[0], "report", map("text", "已整治"));
                        task[0] = taskOf(c.officer(), topic[0]);
                    }
                })
                .post("/api/special-topics/tasks/{taskId}/acceptance", () -> task[0])
                .base(() -> map("accept", false, "text", "还有3个群未清理"))
                .fields(Field.text("text", 4000).required(), Field.of("accept", Type.BOOLEAN))
                .readBack((field, answer, sent) -> lastReport(topic[0], "SENT_BACK"))
                .used(() -> task[0] = null);
    }

    // ---------------------------------------------------------------- set-up

    private long clue() throws Exception {
        return fuzz.newClue();
    }

    private long newTopic() throws Exception {
        if (firstClue == 0) {
            firstClue = clue();
        }
        return fuzz.call(c.officer(), fuzz.jsonBody(post("/api/special-topics"), topicForm()))
                .get("id")
                .asLong();
    }

    private void act(CurrentUser u, long topic, String step, Map<String, Object> body) throws Exception {
        fuzz.call(u, fuzz.jsonBody(post("/api/special-topics/tasks/" + taskOf(u, topic) + "/" + step), body));
    }

    private String taskOf(CurrentUser u, long topic) throws Exception {
        return topic(u, topic).get("taskId").asText();
    }

    private JsonNode topic(CurrentUser u, long topic) throws Exception {
        return fuzz.call(u, get("/api/special-topics/" + topic));
    }

    /** The text of the topic's latest report or acceptance of that kind, read afresh. */
    private String lastReport(long topic, String kind) throws Exception {
        String found = null;
        for (JsonNode r : topic(c.officer(), topic).get("reports")) {
            if (kind.equals(r.get("kind").asText())) {
                found = text(r.get("text"));
            }
        }
        return found;
    }
}
