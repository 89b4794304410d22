package cn.jianfu.admission;

import cn.jianfu.audit.AuditEntry;
import cn.jianfu.workflow.Milestone;
import java.util.List;

/**
 * The application's step bar, submitted → reviewed → approved, read from the audit trail: a
 * resubmission starts the review and the approval afresh, a recalled review or an approval sent back
 * to review reopens the review, a return or refusal stops the bar at that step.
 */
final class AdmissionMilestones {

    static final String SUBMITTED = "SUBMITTED";
    static final String REVIEWED = "REVIEWED";
    static final String APPROVED = "APPROVED";

    private AdmissionMilestones() {}

    static List<Milestone> of(ApplicationStatus status, List<AuditEntry> history) {
        Milestone submitted = Milestone.waiting(SUBMITTED, "提交申请");
        Milestone reviewed = Milestone.waiting(REVIEWED, "社会工作部审核");
        Milestone approved = Milestone.waiting(APPROVED, "县委县政府审批");
        for (AuditEntry e : history) {
            List<String> who = who(e);
            switch (e.action()) {
                case SUBMITTED, RESUBMITTED -> {
                    submitted = submitted.done(e.at(), who);
                    reviewed = reviewed.waitingAgain();
                    approved = approved.waitingAgain();
                }
                case REVIEWED -> {
                    reviewed = switch (decision(e)) {
                        case "PASS" -> reviewed.done(e.at(), who);
                        case "RETURN" -> reviewed.stopped("RETURNED", e.at(), who);
                        default -> reviewed.stopped("REFUSED", e.at(), who);
                    };
                    approved = approved.waitingAgain();
                }
                case REVIEW_RECALLED -> reviewed = reviewed.waitingAgain();
                case APPROVED -> {
                    switch (decision(e)) {
                        case "APPROVE" -> approved = approved.done(e.at(), who);
                        case "REFUSE" -> approved = approved.stopped("REFUSED", e.at(), who);
                        default -> {
                            // sent back to the review: the review is open again, the approval not yet
                            reviewed = reviewed.waitingAgain();
                            approved = approved.waitingAgain();
                        }
                    }
                }
                case WITHDRAWN -> {
                    if (!reviewed.isDone()) {
                        reviewed = reviewed.stopped("WITHDRAWN", e.at(), who);
                    } else {
                        approved = approved.stopped("WITHDRAWN", e.at(), who);
                    }
                }
                default -> {
                    // other entries (claims, files, co-signing, nudges) do not move the bar
                }
            }
        }
        switch (status) {
            case DRAFT -> submitted = submitted.isWaiting() ? submitted.current() : submitted;
            case IN_REVIEW -> reviewed = reviewed.isWaiting() ? reviewed.current() : reviewed;
            case IN_APPROVAL -> approved = approved.isWaiting() ? approved.current() : approved;
            default -> {
                // returned, admitted, refused, withdrawn: the trail says it all
            }
        }
        return List.of(submitted, reviewed, approved);
    }

    private static String decision(AuditEntry e) {
        return e.decision() == null ? "" : e.decision();
    }

    private static List<String> who(AuditEntry e) {
        return e.actorName() == null ? List.of() : List.of(e.actorName());
    }
}
