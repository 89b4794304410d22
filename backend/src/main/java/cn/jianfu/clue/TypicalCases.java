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
 * Typical cases (典型问题通报): the office previews a closed clue's summary as the public will read
 * it, then publishes exactly that text, which must not name the reporter; anyone may read the
 * published ones.
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

    /**
     * What the public would read if the office published {@code summary} now, with the digest that
     * publishing must carry back; checks as publishing does and writes nothing.
     */
    @Transactional(readOnly = true)
    TypicalPreview preview(long id, String summary, CurrentUser user) {
        ClueAccess.requireOffice(user);
        ClueRow row = clues.load(id);
        String text = publishable(row, summary);
        return new TypicalPreview(
                row.clueNo, row.category, row.category.label(), text, row.closedAt, SummaryDigest.of(text));
    }

    /**
     * Publishes a closed clue as a typical case with the summary the office confirmed in the preview
     * ({@code confirmedDigest}, see {@link SummaryDigest}), or withdraws it.
     */
    @Transactional
    ClueDetail flag(long id, boolean typical, String summary, String confirmedDigest, CurrentUser user) {
        ClueAccess.requireOffice(user);
        ClueRow row = clues.lock(id);
        String text = null;
        if (typical) {
            text = publishable(row, summary);
            SummaryDigest.requireConfirmed(text, confirmedDigest);
        } else {
            requireClosed(row);
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

    /** The summary as it would be stored: the clue is closed, the text given, within the limit, free of the reporter. */
    private String publishable(ClueRow row, String summary) {
        requireClosed(row);
        String text = ClueText.text(summary, "summary", "请填写通报内容（不得包含反映人信息）", true, ClueText.MAX_SUMMARY);
        if (mentionsName(text, crypto.decrypt(row.reporterNameEnc))
                || mentionsPhone(text, crypto.decrypt(row.reporterPhoneEnc))) {
            throw ApiException.invalid(Map.of("summary", "通报内容不能包含反映人的姓名或联系电话"));
        }
        return text;
    }

    private static void requireClosed(ClueRow row) {
        if (row.status != ClueStatus.CLOSED) {
            throw ApiException.conflict("只有已办结的线索可以作为典型问题通报");
        }
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
