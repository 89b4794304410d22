package cn.jianfu.clue;

import cn.jianfu.common.ApiException;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** A report sent through the portal: throttled per client, stored once however often it is sent. */
@Service
class PortalSubmissions {

    private final PortalGate gate;
    private final ClueIntake intake;
    private final PortalReceipts receipts;

    PortalSubmissions(PortalGate gate, ClueIntake intake, PortalReceipts receipts) {
        this.gate = gate;
        this.intake = intake;
        this.receipts = receipts;
    }

    /**
     * A new clue; with an Idempotency-Key, a retry of the same submission (a double click, an answer
     * lost on the way) gets the first answer - the same number and query code - and no second clue.
     */
    ClueReceipt submit(ClueForm form, String client, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            gate.submission(client);
            return intake.submitPublic(form);
        }
        String key = receipts.keyHash(idempotencyKey.strip());
        Optional<ClueReceipt> earlier = receipts.earlier(key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        gate.submission(client);
        try {
            return receipts.submit(form, key);
        } catch (DuplicateKeyException e) {
            return receipts.earlier(key).orElseThrow(() -> ApiException.conflict("这份反映正在提交，请稍后刷新查看"));
        }
    }
}
