package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.*;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.FieldCipher;
import cn.jianfu.common.TextLimits;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回访: the office calls back a reporter who left a phone number, while the clue awaits the
 * reporter's rating after the reply. A call that did not reach the reporter is only recorded (there
 * may be several). One that did carries the reporter's verdict, which is the clue's rating exactly as
 * if given on the portal (the same message on Event_Rated, marked {@link RatingVia#CALLBACK}):
 * satisfied closes the clue; not satisfied sends it back into rectification, unless it was reopened
 * once already, when it closes as unsatisfied. Either way the clue no longer awaits a rating, so any
 * further call-back or portal rating is refused.
 */
@Service
class ClueCallbacks {

    static final int MAX_NOTE = TextLimits.CALLBACK_NOTE;

    private final ClueMapper clues;
    private final ClueCallbackMapper callbacks;
    private final FieldCipher crypto;
    private final AuditTrail audit;
    private final ClueDetails details;
    private final RuntimeService runtime;

    ClueCallbacks(
            ClueMapper clues,
            ClueCallbackMapper callbacks,
            FieldCipher crypto,
            AuditTrail audit,
            ClueDetails details,
            RuntimeService runtime) {
        this.clues = clues;
        this.callbacks = callbacks;
        this.crypto = crypto;
        this.audit = audit;
        this.details = details;
        this.runtime = runtime;
    }

    /** Whether the office may call the reporter back now: awaiting the rating, and a phone number left. */
    static boolean possible(ClueRow row, CurrentUser user) {
        return user.has(Role.OFFICE) && row.status == ClueStatus.RATING && row.reporterPhoneEnc != null;
    }

    @Transactional
    ClueDetail record(long clueId, Boolean reached, Boolean satisfied, String note, CurrentUser user) {
        ClueAccess.requireOffice(user);
        if (reached == null) {
            throw ApiException.invalid(Map.of("reached", "请选择是否联系上反映人"));
        }
        if (reached && satisfied == null) {
            throw ApiException.invalid(Map.of("satisfied", "请选择反映人是否满意"));
        }
        String text = ClueText.text(note, "note", "请记录反映人不满意的原因", reached && Boolean.FALSE.equals(satisfied), MAX_NOTE);
        ClueRow row = clues.lock(clueId);
        if (row.reporterPhoneEnc == null || crypto.decrypt(row.reporterPhoneEnc) == null) {
            throw ApiException.conflict("反映人未留联系电话，不能回访");
        }
        if (row.status != ClueStatus.RATING) {
            throw ApiException.conflict(
                    row.status.finished()
                            ? "线索" + row.status.label() + "，不能再回访"
                            : "线索答复反映人后、待评价期间才能回访（当前：" + row.status.label() + "）");
        }
        LocalDateTime now = Clock.now();
        Boolean verdict = reached ? satisfied : null;
        callbacks.insert(row.id, reached, verdict, text, user.getUsername(), now);
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.CALLBACK_RECORDED,
                user.getUsername(),
                user.displayName(),
                !reached ? "NOT_REACHED" : satisfied ? Rating.SATISFIED.name() : Rating.UNSATISFIED.name(),
                (!reached ? "未联系上反映人" : "已联系上反映人，" + (satisfied ? "满意" : "不满意")) + (text == null ? "" : "。" + text));
        if (reached) {
            rate(row, satisfied ? Rating.SATISFIED : Rating.UNSATISFIED, now);
        }
        return details.of(row.id, user);
    }

    /** The reporter's verdict as the clue's rating, on the same message as a rating on the portal. */
    private void rate(ClueRow row, Rating rating, LocalDateTime now) {
        boolean reopen = rating == Rating.UNSATISFIED && row.reopenCount == 0;
        clues.recordRating(row.id, rating, null, RatingVia.CALLBACK, now);
        clues.markTallyStale(row.id);
        runtime.createMessageCorrelation(MESSAGE_RATED)
                .processInstanceId(row.processInstanceId)
                .setVariable(VAR_REOPEN, reopen)
                .correlate();
    }
}
