package cn.jianfu.bench.chain;

import cn.jianfu.bench.ApiSession;
import cn.jianfu.bench.AppProcess;
import cn.jianfu.bench.BenchFailure;
import cn.jianfu.bench.Database;
import cn.jianfu.bench.Json;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admission chain through Jianfu's API, as its users do it in the SPA (the calls of
 * e2e/support/application-form.mjs and AdmissionApiIT): a department's clerk saves the form as a
 * draft and submits it (every call with an Idempotency-Key, as the SPA sends); the social work department's
 * reviewer passes it with the task id the application shows; the county approver approves it. The
 * three demo departments apply in turn and the two reviewers share the reviews, so no single
 * account's rows carry the whole load.
 */
final class JianfuSide implements Side {

    static final String PASSWORD = "Jianfu@2026";
    private static final Pattern TASK_ID =
            Pattern.compile("\"currentTask\"\\s*:\\s*\\{\"taskId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");

    private final AppProcess app;
    private final Database db;
    private final String run;
    private final List<ApiSession> applicants;
    private final List<ApiSession> reviewers;
    private final ApiSession approver;

    JianfuSide(AppProcess app, Database db, String run) {
        this.app = app;
        this.db = db;
        this.run = run;
        this.applicants = List.of(login("jiaoyu"), login("minzheng"), login("yingji"));
        this.reviewers = List.of(login("shegong"), login("shegong2"));
        this.approver = login("xianwei");
    }

    @Override
    public String name() {
        return "Jianfu";
    }

    @Override
    public List<String> steps() {
        return List.of("save draft", "submit", "review", "approve");
    }

    @Override
    public long pid() {
        return app.pid();
    }

    /** The SPA sends a new Idempotency-Key with every state-changing call (lib/api-client.ts). */
    private static final String KEY = "Idempotency-Key";

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Override
    public void chain(int i, StepTimes times) {
        ApiSession applicant = applicants.get(i % applicants.size());
        ApiSession.Response draft = applicant.postExpect(
                201,
                "/api/admission/applications",
                form(i),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        times.record("save draft", draft.nanos());
        long id = Json.first(draft.body(), "id").longValue();

        ApiSession.Response submitted =
                applicant.postExpect(200, "/api/admission/applications/" + id + "/submit", "{}", KEY, key());
        times.record("submit", submitted.nanos());

        ApiSession reviewer = reviewers.get(i % reviewers.size());
        ApiSession.Response reviewed = reviewer.postExpect(
                200,
                "/api/admission/tasks/" + taskId(submitted, id) + "/review",
                "{\"decision\":\"PASS\"}",
                KEY,
                key());
        times.record("review", reviewed.nanos());

        ApiSession.Response approved = approver.postExpect(
                200,
                "/api/admission/tasks/" + taskId(reviewed, id) + "/approve",
                "{\"decision\":\"APPROVE\"}",
                KEY,
                key());
        times.record("approve", approved.nanos());
        Matcher status = STATUS.matcher(approved.body());
        if (!status.find() || !"ADMITTED".equals(status.group(1))) {
            throw new BenchFailure("application " + id + " is not admitted after the approval: "
                    + approved.body().substring(0, Math.min(300, approved.body().length())));
        }
    }

    @Override
    public long refusals() {
        long sum = approver.refusals();
        for (ApiSession s : applicants) {
            sum += s.refusals();
        }
        for (ApiSession s : reviewers) {
            sum += s.refusals();
        }
        return sum;
    }

    @Override
    public void checkAdmitted(long expected) {
        long admitted = Counting.count(
                db,
                "SELECT COUNT(*) FROM admission_application a JOIN admission_item i ON i.application_id = a.id"
                        + " WHERE a.status = 'ADMITTED' AND a.item_name LIKE ?",
                "防汛物资清点" + run + "-%");
        if (admitted != expected) {
            throw new BenchFailure(
                    "Jianfu has " + admitted + " admitted benchmark applications on the list, expected " + expected);
        }
    }

    /** The form of e2e/support/application-form.mjs: a new item for every village, two hours a month. */
    private String form(int i) {
        return "{\"itemName\":" + ApiSession.quote("防汛物资清点" + run + "-" + i)
                + ",\"category\":\"NEW\",\"legalBasis\":\"《中华人民共和国防洪法》第三十八条\""
                + ",\"content\":\"村(社区)配合清点辖区防汛物资\",\"performanceStandard\":\"汛前清点一次，缺少的当日报告\""
                + ",\"cooperatingOrgIds\":[],\"targetScope\":\"ALL\",\"targetTownshipIds\":[],\"targetVillageIds\":[]"
                + ",\"workloadHoursPerMonth\":2,\"frequency\":\"MONTHLY\",\"requiresDataReporting\":false"
                + ",\"requiresSignboard\":false,\"requiresCertificate\":false,\"requiresAppOrChatGroup\":false"
                + ",\"requiresCheckIn\":false,\"requiresPhotoProof\":false,\"fundingFollows\":false"
                + ",\"selfAssessment\":\"经自评，物资清点确需村(社区)配合，不要求拍照留痕。\"}";
    }

    private static String taskId(ApiSession.Response r, long id) {
        Matcher m = TASK_ID.matcher(r.body());
        if (!m.find()) {
            throw new BenchFailure("application " + id + " shows no current task: "
                    + r.body().substring(0, Math.min(300, r.body().length())));
        }
        return m.group(1);
    }

    private ApiSession login(String username) {
        return ApiSession.login(app.base(), username, PASSWORD);
    }
}
