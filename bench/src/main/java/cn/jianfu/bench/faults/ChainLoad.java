package cn.jianfu.bench.faults;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * The admission chain through the API: the department's clerk creates a draft and submits it, the
 * social work department reviews it (pass), the county approves it. Every step carries its own
 * Idempotency-Key and is sent again with the same key after a failure, as the web client does: a
 * step whose answer was lost is then answered from the first time (replayed) and acknowledged. A
 * step answered 2xx is an acknowledged write and recorded with the application's id. After a
 * failure the application is also read back, and the chain goes on from the state it is really
 * in, as a person would after an error page.
 */
final class ChainLoad extends Load {

    enum Step {
        CREATED,
        SUBMITTED,
        REVIEWED,
        APPROVED
    }

    /** An application the load created, and the last step it saw acknowledged. */
    record Chain(long applicationId, String itemName, Step acknowledged) {}

    private static final long GIVE_UP = TimeUnit.MINUTES.toNanos(3);

    private final Client clerk;
    private final Client reviewer;
    private final Client approver;
    private final String tag;
    private final Map<Long, Chain> chains = new ConcurrentHashMap<>();
    private final Queue<String> unanswered = new ConcurrentLinkedQueue<>();

    ChainLoad(Client clerk, Client reviewer, Client approver, String tag, int workers) {
        super("chain-" + tag, workers);
        this.clerk = clerk;
        this.reviewer = reviewer;
        this.approver = approver;
        this.tag = tag;
    }

    @Override
    void once(int worker, int round) {
        String itemName = "演练事项" + tag + "-" + worker + "-" + round + "🌾";
        String key = UUID.randomUUID().toString();
        String form = JsonText.object(
                "itemName", itemName,
                "category", "NEW",
                "legalBasis", "《中华人民共和国防洪法》第三十八条",
                "content", "村(社区)配合清点辖区防汛物资",
                "performanceStandard", "汛前清点一次，缺少的当日报告",
                "targetScope", "ALL",
                "workloadHoursPerMonth", 2,
                "frequency", "MONTHLY",
                "selfAssessment", "经自评，物资清点确需村(社区)配合，不要求拍照留痕。");
        Client.Answer created =
                retry("chain:create", () -> clerk.post("/api/admission/applications", form, key), GIVE_UP);
        if (!created.ok()) {
            unanswered.add(itemName);
            return;
        }
        long id = JsonText.number(created.body(), "id").orElseThrow();
        chains.put(id, new Chain(id, itemName, Step.CREATED));
        String path = "/api/admission/applications/" + id;
        String submitKey = UUID.randomUUID().toString();
        if (!step(
                id,
                itemName,
                Step.SUBMITTED,
                clerk,
                "IN_REVIEW",
                () -> clerk.post(path + "/submit", null, submitKey))) {
            return;
        }
        String review = JsonText.object("decision", "PASS", "comment", "同意，演练");
        if (!step(id, itemName, Step.REVIEWED, reviewer, "IN_APPROVAL", taskCall(reviewer, path, "review", review))) {
            return;
        }
        String approve = JsonText.object("decision", "APPROVE", "comment", "批准，演练");
        step(id, itemName, Step.APPROVED, approver, "ADMITTED", taskCall(approver, path, "approve", approve));
    }

    /**
     * The decision on the application's current task, whose id is read from the application once;
     * every try sends the same decision on the same task with the same Idempotency-Key.
     */
    private java.util.function.Supplier<Client.Answer> taskCall(Client who, String path, String action, String body) {
        String key = UUID.randomUUID().toString();
        String[] taskId = new String[1];
        return () -> {
            if (taskId[0] == null) {
                Client.Answer detail = who.get(path);
                attempts.add("chain:read", detail);
                if (!detail.ok()) {
                    return detail;
                }
                taskId[0] = JsonText.string(detail.body(), "taskId").orElse(null);
                if (taskId[0] == null) {
                    return new Client.Answer(409, "no open task", 0, detail.node());
                }
            }
            return who.post("/api/admission/tasks/" + taskId[0] + "/" + action, body, key);
        };
    }

    /**
     * Runs one step until it is acknowledged (recorded) or the application is found past it (the
     * step went through but its answer was lost: not acknowledged, so not recorded, and the chain
     * goes on). Answers whether the chain can go on.
     */
    private boolean step(
            long id,
            String itemName,
            Step step,
            Client who,
            String reachedStatus,
            java.util.function.Supplier<Client.Answer> call) {
        Long stoppedAt = null;
        while (true) {
            Client.Answer a = call.get();
            attempts.add("chain:" + step.name().toLowerCase(java.util.Locale.ROOT), a);
            if (a.ok()) {
                chains.put(id, new Chain(id, itemName, step));
                return true;
            }
            if (a.status() >= 400 && a.status() < 500 && a.status() != 409) {
                unanswered.add(itemName + " " + step + " answered " + a.status() + ": " + a.body());
                return false;
            }
            Client.Answer detail = who.get("/api/admission/applications/" + id);
            attempts.add("chain:read", detail);
            if (detail.ok() && past(JsonText.string(detail.body(), "status").orElse(""), reachedStatus)) {
                return true;
            }
            if (!running.get() && stoppedAt == null) {
                stoppedAt = System.nanoTime();
            }
            if (stoppedAt != null && System.nanoTime() - stoppedAt > GIVE_UP) {
                unanswered.add(itemName + " " + step + " given up at " + a.status());
                return false;
            }
            Pause.millis(a.status() == 503 ? 1000 : 300);
        }
    }

    private static final List<String> ORDER = List.of("DRAFT", "IN_REVIEW", "IN_APPROVAL", "ADMITTED");

    private static boolean past(String status, String reached) {
        return ORDER.indexOf(status) >= ORDER.indexOf(reached) && ORDER.contains(status);
    }

    List<Chain> chains() {
        return List.copyOf(chains.values());
    }

    List<String> unanswered() {
        return List.copyOf(unanswered);
    }

    String tag() {
        return tag;
    }
}
