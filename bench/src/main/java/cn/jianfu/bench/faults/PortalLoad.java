package cn.jianfu.bench.faults;

import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * Anonymous reporters on the portal: each form carries its own Idempotency-Key and a marker in its
 * description (so the database can be asked for "the clues of this form"), and is retried with the
 * same key until it is answered 201. Every receipt (clue id, number, query code) is an acknowledged
 * write; a form never acknowledged is remembered too, since a clue stored for it is one whose
 * reporter never got a query code.
 */
final class PortalLoad extends Load {

    /** An acknowledged submission: the receipt the reporter holds. */
    record Receipt(String key, String marker, long clueId, String clueNo, String queryCode) {}

    /** A form whose retries all failed (given up after the load stopped). */
    record Unanswered(String key, String marker, int lastStatus) {}

    private final Client client;
    private final String tag;
    private final long reportedOrgId;
    private final Queue<Receipt> receipts = new ConcurrentLinkedQueue<>();
    private final Queue<Unanswered> unanswered = new ConcurrentLinkedQueue<>();
    private final long pauseMillis;

    PortalLoad(Client client, String tag, long reportedOrgId, int workers, long pauseMillis) {
        super("portal-" + tag, workers);
        this.client = client;
        this.tag = tag;
        this.reportedOrgId = reportedOrgId;
        this.pauseMillis = pauseMillis;
    }

    @Override
    void once(int worker, int round) {
        String key = UUID.randomUUID().toString();
        String marker = "[" + tag + "-" + worker + "-" + round + "]";
        String form = JsonText.object(
                "category",
                "FINGERTIP_FORMALISM",
                "reportedOrgId",
                reportedOrgId,
                "place",
                "东关社区",
                "occurredWhen",
                "2026年11月",
                "description",
                "故障演练：要求每天在工作群打卡并上传三张照片😀𠀋 " + marker,
                "anonymous",
                true);
        Client.Answer a =
                retry("portal", () -> client.post("/api/public/clues", form, key), TimeUnit.MINUTES.toNanos(3));
        if (a.ok()) {
            receipts.add(new Receipt(
                    key,
                    marker,
                    JsonText.number(a.body(), "id").orElse(-1L),
                    JsonText.string(a.body(), "clueNo").orElse(""),
                    JsonText.string(a.body(), "queryCode").orElse("")));
        } else {
            unanswered.add(new Unanswered(key, marker, a.status()));
        }
        if (pauseMillis > 0) {
            Pause.millis(pauseMillis);
        }
    }

    List<Receipt> receipts() {
        return List.copyOf(receipts);
    }

    List<Unanswered> unanswered() {
        return List.copyOf(unanswered);
    }

    String tag() {
        return tag;
    }
}
