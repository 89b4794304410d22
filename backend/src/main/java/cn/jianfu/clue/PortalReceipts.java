package cn.jianfu.clue;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.FieldCipher;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Idempotent portal submissions: the first submission under an Idempotency-Key claims the key in the
 * same transaction that stores the clue, and keeps the answer (clue id, query code encrypted); a retry
 * with the key gets that answer again, and a retry racing the first waits for it on the key's row.
 * Keys are kept as keyed hashes, and for a day.
 */
@Component
class PortalReceipts {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private final PortalSubmissionKeyMapper keys;
    private final ClueMapper clues;
    private final ClueIntake intake;
    private final FieldCipher cipher;
    private final TransactionOperations transactions;

    PortalReceipts(
            PortalSubmissionKeyMapper keys,
            ClueMapper clues,
            ClueIntake intake,
            FieldCipher cipher,
            TransactionOperations transactions) {
        this.keys = keys;
        this.clues = clues;
        this.intake = intake;
        this.cipher = cipher;
        this.transactions = transactions;
    }

    /** The key as stored; a key that is not 16 to 64 letters, digits, - or _ is refused. */
    String keyHash(String idempotencyKey) {
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw ApiException.invalid(Map.of("idempotencyKey", "请求标识（Idempotency-Key）应为16至64个字母、数字、-或_"));
        }
        return cipher.keyedHash("portal-idempotency", idempotencyKey);
    }

    /** The answer already given under this key, if any. */
    Optional<ClueReceipt> earlier(String keyHash) {
        PortalSubmissionKeyRow row = keys.find(keyHash);
        if (row == null || row.clueId == null) {
            return Optional.empty();
        }
        return Optional.of(
                new ClueReceipt(row.clueId, clues.load(row.clueId).clueNo, cipher.decrypt(row.queryCodeEnc)));
    }

    /** Claims the key and stores the clue in one transaction; a second claim fails as a duplicate. */
    ClueReceipt submit(ClueForm form, String keyHash) {
        return transactions.execute(status -> {
            keys.claim(keyHash, Clock.now());
            ClueReceipt receipt = intake.submitPublic(form);
            keys.answer(keyHash, receipt.id(), cipher.encrypt(receipt.queryCode()));
            return receipt;
        });
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @SchedulerLock(name = "portal-submission-keys", lockAtMostFor = "PT10M")
    void forgetOldKeys() {
        keys.deleteBefore(Clock.now().minusDays(1));
    }
}
