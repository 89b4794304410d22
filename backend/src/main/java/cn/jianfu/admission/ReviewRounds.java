package cn.jianfu.admission;

import static cn.jianfu.admission.AdmissionProcess.TASK_APPROVE;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditEntry;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** What the application page shows of its latest review: the co-signers, and whether it may be taken back. */
@Component
class ReviewRounds {

    private final CoSignerMapper coSigners;

    ReviewRounds(CoSignerMapper coSigners) {
        this.coSigners = coSigners;
    }

    /** The co-signers of the latest round (the last review they were added to). */
    List<CoSigner> coSigners(long applicationId) {
        List<CoSignerRow> all = coSigners.findByApplication(applicationId);
        if (all.isEmpty()) {
            return List.of();
        }
        String round = all.get(all.size() - 1).roundTaskId;
        return all.stream()
                .filter(c -> c.roundTaskId.equals(round))
                .map(CoSigner::of)
                .toList();
    }

    /**
     * 撤回: a reviewer takes back their pass while the approval waits unclaimed — the last review was
     * theirs and passed, and no approver has taken the application yet.
     */
    static boolean canRecall(ApplicationRow row, Task open, List<AuditEntry> history, CurrentUser user) {
        if (row.status != ApplicationStatus.IN_APPROVAL
                || open == null
                || !TASK_APPROVE.equals(open.getTaskDefinitionKey())
                || open.getAssignee() != null
                || !user.has(Role.REVIEWER)) {
            return false;
        }
        AuditEntry lastReview = null;
        for (AuditEntry e : history) {
            if (e.action() == AuditAction.REVIEWED) {
                lastReview = e;
            }
        }
        return lastReview != null
                && ReviewDecision.PASS.name().equals(lastReview.decision())
                && user.getUsername().equals(lastReview.actorUsername());
    }
}
