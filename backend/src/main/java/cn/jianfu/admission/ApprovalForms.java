package cn.jianfu.admission;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditEntry;
import cn.jianfu.common.Clock;
import cn.jianfu.org.UserAccount;
import cn.jianfu.org.UserService;
import cn.jianfu.security.CurrentUser;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The printable approval form (审批单) of an application, for whoever may read the application: the
 * item, the applicant, each decision from the case's audit trail with the decider's organisation,
 * and the result.
 */
@Service
class ApprovalForms {

    /** The lines of the audit trail the form lists under 办理意见, in the order they happened. */
    static final Set<AuditAction> DECISIONS = EnumSet.of(
            AuditAction.REVIEWED,
            AuditAction.CO_SIGNED,
            AuditAction.REVIEW_RECALLED,
            AuditAction.APPROVED,
            AuditAction.RESUBMITTED,
            AuditAction.WITHDRAWN);

    private final ApplicationAccess access;
    private final ApplicationDetails details;
    private final UserService users;
    private final ApprovalFormPdf pdf;

    ApprovalForms(ApplicationAccess access, ApplicationDetails details, UserService users, ApprovalFormPdf pdf) {
        this.access = access;
        this.details = details;
        this.users = users;
        this.pdf = pdf;
    }

    /** The form as a PDF; "not found" when {@code user} may not read the application. */
    byte[] pdf(long id, CurrentUser user) {
        ApplicationDetail a = details.of(access.readable(id, user), user);
        Map<String, String> orgOf = new HashMap<>();
        List<ApprovalFormPdf.Decision> decisions = a.history().stream()
                .filter(e -> DECISIONS.contains(e.action()))
                .map(e -> new ApprovalFormPdf.Decision(
                        e.actionLabel(), e.actorName(), org(orgOf, e.actorUsername()), label(e), e.comment(), e.at()))
                .toList();
        return pdf.render(a, decisions, Clock.now());
    }

    /** The decider's organisation (as it is now: the trail keeps only the name). */
    private String org(Map<String, String> orgOf, String username) {
        if (username == null) {
            return null;
        }
        return orgOf.computeIfAbsent(
                username, u -> users.findByUsername(u).map(UserAccount::orgName).orElse(""));
    }

    /** The decision in words, as the application page shows it. */
    static String label(AuditEntry e) {
        String d = e.decision();
        if (d == null) {
            return null;
        }
        return switch (e.action()) {
            case REVIEWED ->
                switch (d) {
                    case "PASS" -> "通过";
                    case "RETURN" -> "退回修改";
                    case "REFUSE" -> "不予通过";
                    default -> d;
                };
            case APPROVED ->
                switch (d) {
                    case "APPROVE" -> "批准";
                    case "RETURN" -> "退回审核";
                    case "REFUSE" -> "不予批准";
                    default -> d;
                };
            case CO_SIGNED -> "AGREE".equals(d) ? "同意" : "OBJECT".equals(d) ? "不同意" : d;
            default -> d;
        };
    }
}
