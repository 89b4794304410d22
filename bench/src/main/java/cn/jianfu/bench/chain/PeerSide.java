package cn.jianfu.bench.chain;

import cn.jianfu.bench.AppProcess;
import cn.jianfu.bench.BenchFailure;
import cn.jianfu.bench.Database;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same chain through the stock peer's engine-rest, as a client of Camunda's REST API does it:
 * start the process with the variables Jianfu starts it with (Submissions), find the review task,
 * claim it and complete it with Jianfu's review variables (Decisions, CoSigning.roundVariables),
 * find the approval task, claim it and complete it with the approval decision. Jianfu's task
 * calls claim before completing too (TaskActions.complete), so both engines do the same work.
 * Engine-rest has no login: the stock app has no security configured.
 */
final class PeerSide implements Side {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final AppProcess app;
    private final Database db;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    PeerSide(AppProcess app, Database db) {
        this.app = app;
        this.db = db;
    }

    @Override
    public String name() {
        return "peer";
    }

    @Override
    public List<String> steps() {
        return List.of("start + find task", "review: claim, complete, find task", "approve: claim, complete");
    }

    @Override
    public long pid() {
        return app.pid();
    }

    @Override
    public void chain(int i, StepTimes times) {
        String applicant = List.of("jiaoyu", "minzheng", "yingji").get(i % 3);
        long start = System.nanoTime();
        String instance = id(send(
                "POST",
                "/engine-rest/process-definition/key/admission/start",
                "{\"businessKey\":\"" + i + "\",\"variables\":{"
                        + "\"applicationId\":{\"value\":" + i + ",\"type\":\"Long\"},"
                        + "\"applicantUsername\":{\"value\":\"" + applicant + "\",\"type\":\"String\"},"
                        + "\"reviewGroups\":{\"value\":\"REVIEWER\",\"type\":\"String\"},"
                        + "\"approveGroups\":{\"value\":\"APPROVER\",\"type\":\"String\"}}}",
                200));
        String review = task(instance);
        times.record("start + find task", System.nanoTime() - start);

        start = System.nanoTime();
        claim(review, i % 2 == 0 ? "shegong" : "shegong2");
        send(
                "POST",
                "/engine-rest/task/" + review + "/complete",
                "{\"variables\":{\"reviewDecision\":{\"value\":\"PASS\",\"type\":\"String\"},"
                        + "\"coSignerCount\":{\"value\":0,\"type\":\"Integer\"},"
                        + "\"coSignRound\":{\"value\":\"" + review + "\",\"type\":\"String\"},"
                        + "\"coSignObjected\":{\"value\":false,\"type\":\"Boolean\"}}}",
                204);
        String approval = task(instance);
        times.record("review: claim, complete, find task", System.nanoTime() - start);

        start = System.nanoTime();
        claim(approval, "xianwei");
        send(
                "POST",
                "/engine-rest/task/" + approval + "/complete",
                "{\"variables\":{\"approvalDecision\":{\"value\":\"APPROVE\",\"type\":\"String\"}}}",
                204);
        times.record("approve: claim, complete", System.nanoTime() - start);
    }

    /** Engine-rest does not answer 503: without a connection in time it answers 500, which fails the run. */
    @Override
    public long refusals() {
        return 0;
    }

    @Override
    public void checkAdmitted(long expected) {
        long admitted = Counting.count(
                db,
                "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'admission' AND END_ACT_ID_ = ?",
                "End_Admitted");
        if (admitted != expected) {
            throw new BenchFailure("the peer's history has " + admitted + " admitted chains, expected " + expected);
        }
    }

    private String task(String instance) {
        return id(send("GET", "/engine-rest/task?processInstanceId=" + instance, null, 200));
    }

    private void claim(String task, String user) {
        send("POST", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + user + "\"}", 204);
    }

    private String send(String method, String path, String json, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.base() + path))
                .timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                throw new BenchFailure(method + " " + path + " on the peer answered " + r.statusCode() + ": "
                        + r.body().substring(0, Math.min(300, r.body().length())));
            }
            return r.body();
        } catch (IOException e) {
            throw new BenchFailure(method + " " + path + " on the peer failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        }
    }

    private static String id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new BenchFailure("no id in the peer's answer: " + body.substring(0, Math.min(300, body.length())));
        }
        return m.group(1);
    }
}
