package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.*;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.multipart.MultipartFile;

/**
 * The reporter's side of the portal after submitting (see {@link PortalSubmissions}): follow the
 * clue with its number and query code, add to it while it is handled, and rate the answer. The
 * query code is checked (see {@link PortalGate}) before, and outside, the transaction that changes
 * the clue.
 */
@Service
class CluePortal {

    private final PortalGate gate;
    private final ClueMapper clues;
    private final ClueAttachments files;
    private final AuditTrail audit;
    private final RuntimeService runtime;
    private final TransactionOperations transactions;
    private final PublicMilestones milestones;

    CluePortal(
            PortalGate gate,
            ClueMapper clues,
            ClueAttachments files,
            AuditTrail audit,
            RuntimeService runtime,
            TransactionOperations transactions,
            PublicMilestones milestones) {
        this.gate = gate;
        this.clues = clues;
        this.files = files;
        this.audit = audit;
        this.runtime = runtime;
        this.transactions = transactions;
        this.milestones = milestones;
    }

    PublicClueView query(String clueNo, String code, String client) {
        return publicView(gate.authenticate(clueNo, code, client));
    }

    PublicClueView supplement(String clueNo, String code, String content, String client) {
        long id = gate.authenticate(clueNo, code, client).id;
        supplement(id, content);
        return publicView(clues.load(id));
    }

    PublicClueView addFile(String clueNo, String code, MultipartFile file, String client) {
        long id = gate.authenticate(clueNo, code, client).id;
        files.addByReporter(id, file);
        return publicView(clues.load(id));
    }

    PublicClueView rate(String clueNo, String code, Rating rating, String comment, boolean reopen, String client) {
        long id = gate.authenticate(clueNo, code, client).id;
        rate(id, rating, comment, reopen);
        return publicView(clues.load(id));
    }

    /** Adds to a clue still being handled, in one transaction. */
    void supplement(long id, String content) {
        transactions.executeWithoutResult(tx -> {
            requireOpenForReporter(clues.lock(id));
            String text = ClueText.text(content, "content", "请填写补充内容", true);
            clues.insertMessage(id, ClueMessage.Kind.SUPPLEMENT, text, Clock.now());
            audit.record(SUBJECT, id, AuditAction.SUPPLEMENTED, null, ClueIntake.REPORTER, null, text);
        });
    }

    /**
     * The reporter's rating, in one transaction with the engine; an unsatisfied reporter may send the
     * clue back into rectification once.
     */
    void rate(long id, Rating rating, String comment, boolean reopen) {
        transactions.executeWithoutResult(tx -> recordRating(id, rating, comment, reopen));
    }

    private void recordRating(long id, Rating rating, String comment, boolean reopen) {
        if (rating == null) {
            throw ApiException.invalid(Map.of("rating", "请选择满意或不满意"));
        }
        String text = ClueText.text(
                comment, "comment", "请说明不满意的原因", rating == Rating.UNSATISFIED, ClueText.MAX_RATING_COMMENT);
        ClueRow row = clues.lock(id);
        if (row.status != ClueStatus.RATING) {
            throw ApiException.conflict("该线索当前不能评价");
        }
        boolean again = reopen && rating == Rating.UNSATISFIED;
        if (again && row.reopenCount > 0) {
            throw ApiException.conflict("该线索已重新整改过一次，不能再次申请");
        }
        clues.recordRating(id, rating, text, RatingVia.PORTAL, Clock.now());
        clues.markTallyStale(id);
        audit.record(
                SUBJECT,
                id,
                AuditAction.RATED,
                null,
                ClueIntake.REPORTER,
                rating.name(),
                (again ? "申请重新整改。" : "") + (text == null ? "" : text));
        runtime.createMessageCorrelation(MESSAGE_RATED)
                .processInstanceId(row.processInstanceId)
                .setVariable(VAR_REOPEN, again)
                .correlate();
    }

    /** What the reporter sees: status, steps by unit, the office's answers, their own additions and file names. */
    PublicClueView publicView(ClueRow r) {
        List<ClueUnitRow> units = clues.findUnits(r.id);
        String merged = r.mergedIntoId == null ? null : clues.load(r.mergedIntoId).clueNo;
        List<PublicClueView.FileInfo> own = files.fromReporter(r.id).stream()
                .map(a -> new PublicClueView.FileInfo(a.fileName(), a.size(), a.uploadedAt()))
                .toList();
        return new PublicClueView(
                r.clueNo,
                r.category,
                r.category.label(),
                r.status,
                r.status.label(),
                outcome(units),
                merged,
                clues.findMessages(r.id),
                own,
                r.rating,
                r.ratingComment,
                !r.status.finished(),
                r.status == ClueStatus.RATING,
                r.status == ClueStatus.RATING && r.reopenCount == 0,
                r.createdAt,
                r.closedAt,
                milestones.of(r, units));
    }

    static void requireOpenForReporter(ClueRow row) {
        if (row.status.finished()) {
            throw ApiException.conflict("线索已" + row.status.label() + "，不能再补充");
        }
    }

    private static String outcome(List<ClueUnitRow> units) {
        Set<VerificationOutcome> found =
                units.stream().map(u -> u.outcome).filter(Objects::nonNull).collect(Collectors.toSet());
        if (found.contains(VerificationOutcome.SUBSTANTIATED)) {
            return "经核查，反映的问题属实";
        }
        if (found.contains(VerificationOutcome.PARTLY_SUBSTANTIATED)) {
            return "经核查，反映的问题部分属实";
        }
        boolean allVerified = !units.isEmpty() && units.stream().allMatch(u -> u.outcome != null);
        return allVerified ? "经核查，反映的问题不属实" : null;
    }
}
