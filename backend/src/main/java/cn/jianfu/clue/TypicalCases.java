package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.SUBJECT;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.FieldCipher;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.security.CurrentUser;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Typical cases (典型问题通报): the office publishes a closed clue with its own summary, which must
 * not name the reporter; anyone may read the published ones.
 */
@Service
class TypicalCases {

    private final ClueMapper clues;
    private final FieldCipher crypto;
    private final AuditTrail audit;
    private final ClueDetails details;

    TypicalCases(ClueMapper clues, FieldCipher crypto, AuditTrail audit, ClueDetails details) {
        this.clues = clues;
        this.crypto = crypto;
        this.audit = audit;
        this.details = details;
    }

    /** Flags (or unflags) a closed clue as a typical case for publication, with the office's own summary. */
    @Transactional
    ClueDetail flag(long id, boolean typical, String summary, CurrentUser user) {
        ClueAccess.requireOffice(user);
        ClueRow row = clues.lock(id);
        if (row.status != ClueStatus.CLOSED) {
            throw ApiException.conflict("只有已办结的线索可以作为典型问题通报");
        }
        String text =
                typical ? ClueText.text(summary, "summary", "请填写通报内容（不得包含反映人信息）", true, ClueText.MAX_SUMMARY) : null;
        if (text != null
                && (mentionsName(text, crypto.decrypt(row.reporterNameEnc))
                        || mentionsPhone(text, crypto.decrypt(row.reporterPhoneEnc)))) {
            throw ApiException.invalid(Map.of("summary", "通报内容不能包含反映人的姓名或联系电话"));
        }
        LocalDateTime now = Clock.now();
        clues.markTypical(id, typical, text, typical ? now : null, now);
        audit.record(
                SUBJECT,
                id,
                AuditAction.TYPICAL_FLAGGED,
                user.getUsername(),
                user.displayName(),
                typical ? "PUBLISH" : "WITHDRAW",
                typical ? text : "撤回通报");
        return details.of(id, user);
    }

    /** The published cases, newest clue first. */
    PageResult<TypicalCase> published(PageQuery page) {
        ClueSearch search = new ClueSearch(null, ClueStatus.CLOSED, null, null, null, null, null, true);
        return page.result(
                clues.search(search, page.offset(), page.size()).stream()
                        .map(r -> new TypicalCase(
                                r.clueNo, r.category, r.category.label(), r.typicalSummary, r.closedAt, r.typicalAt))
                        .toList(),
                clues.count(search));
    }

    /** The name, however it is spaced or punctuated (王 小明, 王·小明, full-width forms). */
    static boolean mentionsName(String text, String name) {
        String wanted = lettersOnly(name);
        return !wanted.isEmpty() && lettersOnly(text).contains(wanted);
    }

    /** The phone number, however its digits are grouped (138 0013 8000, 138-0013-8000, full-width). */
    static boolean mentionsPhone(String text, String phone) {
        String wanted = digitsOnly(phone);
        return wanted.length() >= 5 && digitsOnly(text).contains(wanted);
    }

    private static String lettersOnly(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        Normalizer.normalize(s, Normalizer.Form.NFKC)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static String digitsOnly(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        Normalizer.normalize(s, Normalizer.Form.NFKC)
                .codePoints()
                .filter(c -> c >= '0' && c <= '9')
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
