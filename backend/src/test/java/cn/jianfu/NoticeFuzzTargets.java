package cn.jianfu;

import static cn.jianfu.FuzzIT.map;
import static cn.jianfu.FuzzIT.text;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jianfu.FuzzIT.Field;
import cn.jianfu.FuzzIT.Target;
import cn.jianfu.FuzzIT.Type;
import cn.jianfu.testing.TestCounty.County;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@link FuzzIT}'s targets among notifications and warnings: one's own notification preferences
 * ({@code PUT /api/notifications/preferences}) and acknowledging a warning
 * ({@code POST /api/warnings/{id}/acknowledge}, on an open warning about the fuzz county's first
 * village, inserted as the sweep would leave it; an acknowledged one takes a new warning).
 */
final class NoticeFuzzTargets {

    private final FuzzIT fuzz;
    private final County c;

    /** Endpoints with a body. */
    final List<Target> targets;

    /** Endpoints without a body: only their path is fuzzed. */
    final List<Target> pathOnly;

    NoticeFuzzTargets(FuzzIT fuzz) {
        this.fuzz = fuzz;
        this.c = fuzz.c;
        targets = List.of(preferences(), acknowledge());
        pathOnly = List.of(read());
    }

    /** E-mail and gateway stay off, so that no address is needed and every text is optional. */
    private Target preferences() {
        return new Target("PUT /api/notifications/preferences")
                .as(c.applicantB())
                .put(() -> "/api/notifications/preferences")
                .base(() -> map(
                        "email",
                        "fuzz@example.cn",
                        "emailEnabled",
                        false,
                        "webhookTo",
                        "13912345678",
                        "webhookEnabled",
                        false,
                        "dailyDigest",
                        false))
                .fields(
                        Field.text("email", 200).mode(FuzzIT.Mode.LENIENT),
                        Field.text("webhookTo", 100).pattern("^$|^[A-Za-z0-9_.@+-]{1,100}$", "a"),
                        Field.of("emailEnabled", Type.BOOLEAN),
                        Field.of("webhookEnabled", Type.BOOLEAN),
                        Field.of("dailyDigest", Type.BOOLEAN))
                .readBack((field, answer, sent) -> text(fuzz.call(c.applicantB(), get("/api/notifications/preferences"))
                        .get(field)));
    }

    private Target acknowledge() {
        long[] warning = {0};
        return new Target("POST /api/warnings/{id}/acknowledge")
                .as(c.officer())
                .prepare(() -> {
                    if (warning[0] == 0) {
                        warning[0] = openWarning();
                    }
                })
                .post("/api/warnings/{id}/acknowledge", () -> warning[0])
                .base(() -> map("note", "已督促有关部门合并工作群"))
                .fields(Field.text("note", 1000).required())
                .readBack((field, answer, sent) -> text(fuzz.call(c.officer(), get("/api/warnings/" + warning[0]))
                        .get("acknowledgedNote")))
                .used(() -> warning[0] = 0);
    }

    /** Marking read someone else's notification, or none, does nothing and says so with the unread count (NotificationIT). */
    private Target read() {
        return new Target("POST /api/notifications/{id}/read")
                .as(c.villager())
                .post("/api/notifications/{id}/read", () -> 0)
                .noOpElsewhere();
    }

    /** An open warning of the multi-lead rule about the first village, as a sweep leaves it. */
    private long openWarning() {
        String key = "fuzz-" + FuzzIT.SEQ.incrementAndGet() + c.suffix();
        LocalDateTime now = LocalDateTime.now();
        fuzz.jdbc.update(
                "INSERT INTO warning (rule, severity, subject_type, subject_key, subject_name, org_id, params, status,"
                        + " open_key, first_seen, last_seen, last_sweep)"
                        + " VALUES ('MULTI_LEAD', 'WARNING', 'VILLAGE', ?, ?, ?, NULL, 'OPEN', ?, ?, ?, 'fuzz')",
                key,
                c.village1().name(),
                c.village1().id(),
                "MULTI_LEAD:" + key,
                now,
                now);
        return fuzz.jdbc.queryForObject("SELECT id FROM warning WHERE open_key = ?", Long.class, "MULTI_LEAD:" + key);
    }
}
