package cn.jianfu.bench.volume;

import cn.jianfu.bench.ApiSession;
import cn.jianfu.bench.BenchFailure;
import cn.jianfu.bench.Json;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cases the copies are made of, brought where they stand through the API as users do it, on
 * top of the demo's own (applications at review, approval and revision, clues at triage and
 * verification, one clue handled to its end): applications of each department waiting at review
 * and at approval, three applications reviewed and refused by the county (finished chains), and a
 * report through the public portal, whose number and query code the public lookup is timed with.
 */
final class TemplateCases {

    static final String PASSWORD = "Jianfu@2026";
    private static final Pattern TASK_ID =
            Pattern.compile("\"currentTask\"\\s*:\\s*\\{\"taskId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TEXT = Pattern.compile("\"(clueNo|queryCode)\"\\s*:\\s*\"([^\"]+)\"");

    /** The portal report's receipt. */
    record Receipt(String clueNo, String queryCode) {}

    private final URI base;
    private final List<ApiSession> applicants;
    private final List<ApiSession> reviewers;
    private final ApiSession approver;
    private int made;

    TemplateCases(URI base) {
        this.base = base;
        this.applicants = List.of(login("jiaoyu"), login("minzheng"), login("yingji"));
        this.reviewers = List.of(login("shegong"), login("shegong2"));
        this.approver = login("xianwei");
    }

    /** Makes the cases, the portal report among them; answers its receipt. */
    Receipt make() {
        for (int i = 0; i < applicants.size(); i++) {
            // finished: reviewed and refused by the county
            String review = submitted(i);
            String approval = reviewed(i, review);
            approver.postExpect(
                    200,
                    "/api/admission/tasks/" + approval + "/approve",
                    "{\"decision\":\"REFUSE\",\"comment\":\"基准测试：与已有事项重复，不予准入。\"}");
            // open: at review, and at approval
            submitted(i);
            reviewed(i, submitted(i));
        }
        return report(base);
    }

    /** A report through the public portal, as a visitor sends it: answers its receipt. */
    static Receipt report(URI base) {
        ApiSession reporter = ApiSession.anonymous(base);
        ApiSession.Response r = reporter.postExpect(
                201,
                "/api/public/clues",
                "{\"category\":\"FINGERTIP_FORMALISM\",\"reportedOrgId\":" + reportedUnit(base)
                        + ",\"place\":\"东关社区\",\"occurredWhen\":\"本月\",\"anonymous\":true"
                        + ",\"description\":\"要求每天在三个工作群里打卡并上传工作照片，村干部每天花一个多小时应付。\"}",
                "Idempotency-Key",
                UUID.randomUUID().toString());
        String clueNo = null;
        String code = null;
        Matcher m = TEXT.matcher(r.body());
        while (m.find()) {
            if (m.group(1).equals("clueNo")) {
                clueNo = m.group(2);
            } else {
                code = m.group(2);
            }
        }
        if (clueNo == null || code == null) {
            throw new BenchFailure("the portal's receipt has no clue number or query code: " + r.body());
        }
        return new Receipt(clueNo, code);
    }

    /** The first department the portal's unit picker offers (GET /api/public/orgs). */
    private static long reportedUnit(URI base) {
        String orgs = ApiSession.anonymous(base).getOk("/api/public/orgs");
        Matcher m = Pattern.compile("\\{\"id\"\\s*:\\s*(\\d+)[^{}]*\"type\"\\s*:\\s*\"COUNTY_DEPT\"")
                .matcher(orgs);
        return m.find() ? Long.parseLong(m.group(1)) : Json.first(orgs, "id").longValue();
    }

    /** A new application of applicant {@code i % 3}, submitted: answers its review task. */
    private String submitted(int i) {
        ApiSession applicant = applicants.get(i % applicants.size());
        ApiSession.Response draft = applicant.postExpect(
                201,
                "/api/admission/applications",
                form(made++),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        long id = Json.first(draft.body(), "id").longValue();
        return taskId(applicant.postExpect(200, "/api/admission/applications/" + id + "/submit", "{}"));
    }

    /** Passes the review; answers the approval task. */
    private String reviewed(int i, String review) {
        return taskId(reviewers
                .get(i % reviewers.size())
                .postExpect(200, "/api/admission/tasks/" + review + "/review", "{\"decision\":\"PASS\"}"));
    }

    private static String form(int i) {
        return "{\"itemName\":" + ApiSession.quote("基准测试村级事项" + i)
                + ",\"category\":\"NEW\",\"legalBasis\":\"《中华人民共和国防洪法》第三十八条\""
                + ",\"content\":\"村(社区)配合清点辖区防汛物资\",\"performanceStandard\":\"汛前清点一次，缺少的当日报告\""
                + ",\"cooperatingOrgIds\":[],\"targetScope\":\"ALL\",\"targetTownshipIds\":[],\"targetVillageIds\":[]"
                + ",\"workloadHoursPerMonth\":2,\"frequency\":\"MONTHLY\",\"requiresDataReporting\":false"
                + ",\"requiresSignboard\":false,\"requiresCertificate\":false,\"requiresAppOrChatGroup\":false"
                + ",\"requiresCheckIn\":false,\"requiresPhotoProof\":false,\"fundingFollows\":false"
                + ",\"selfAssessment\":\"经自评，物资清点确需村(社区)配合，不要求拍照留痕。\"}";
    }

    private static String taskId(ApiSession.Response r) {
        Matcher m = TASK_ID.matcher(r.body());
        if (!m.find()) {
            throw new BenchFailure("the answer shows no current task: "
                    + r.body().substring(0, Math.min(300, r.body().length())));
        }
        return m.group(1);
    }

    private ApiSession login(String username) {
        return ApiSession.login(base, username, PASSWORD);
    }
}
