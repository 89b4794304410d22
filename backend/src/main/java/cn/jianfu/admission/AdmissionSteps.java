package cn.jianfu.admission;

import static cn.jianfu.admission.AdmissionProcess.*;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.Clock;
import cn.jianfu.common.TextLimits;
import cn.jianfu.notify.Notice;
import cn.jianfu.notify.NoticeBoard;
import cn.jianfu.notify.NoticeKind;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgUnit;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The steps the process engine takes by itself (pre-check, status changes, admission, refusal,
 * withdrawal), called only by the delegates and the task listener beside this class; they run
 * inside the engine's transaction.
 */
@Component
class AdmissionSteps {

    static final int MAX_COOPERATING = TextLimits.COOPERATING_NAMES;

    private final ApplicationMapper applications;
    private final PreCheck preCheck;
    private final AdmissionListService list;
    private final OrgService orgs;
    private final AuditTrail audit;
    private final NoticeBoard notices;

    AdmissionSteps(
            ApplicationMapper applications,
            PreCheck preCheck,
            AdmissionListService list,
            OrgService orgs,
            AuditTrail audit,
            NoticeBoard notices) {
        this.applications = applications;
        this.preCheck = preCheck;
        this.list = list;
        this.orgs = orgs;
        this.audit = audit;
        this.notices = notices;
    }

    /** Runs the pre-check and keeps its findings for the reviewers (replacing an earlier run's). */
    void runPreCheck(long id) {
        ApplicationRow row = load(id);
        PreCheck.Result result = preCheck.run(row, targets(id));
        applications.deleteFindings(id);
        result.findings().forEach(f -> applications.insertFinding(id, f));
        row.precheckVillageCount = result.villageCount();
        row.precheckTotalHours = result.totalHours();
        row.precheckedAt = Clock.now();
        applications.updatePreCheck(row);
        audit.recordSystem(SUBJECT, id, AuditAction.PRECHECKED, PreCheckNote.of(result.findings()));
    }

    /** The process reached a user task: the application's status follows it. */
    void enteredStep(long id, String taskKey) {
        ApplicationStatus status =
                switch (taskKey) {
                    case TASK_REVIEW -> ApplicationStatus.IN_REVIEW;
                    case TASK_APPROVE -> ApplicationStatus.IN_APPROVAL;
                    case TASK_REVISE -> ApplicationStatus.RETURNED;
                    default -> throw new IllegalArgumentException("unknown admission step " + taskKey);
                };
        applications.updateStatus(id, status, Clock.now());
    }

    /** The townships and villages the application chose (used when its scope is SELECTED). */
    private List<Long> targets(long id) {
        return applications.findOrgs(id).targets();
    }

    /** Puts the approved item on the admission list. */
    void admit(long id) {
        ApplicationRow row = load(id);
        ApplicationOrgs named = applications.findOrgs(id);
        List<String> names = orgs.byIds(named.cooperating()).values().stream()
                .map(OrgUnit::name)
                .sorted()
                .toList();
        AdmissionItem item = list.admit(row, cooperating(names), named.targets());
        finish(row, ApplicationStatus.ADMITTED, null);
        audit.recordSystem(
                SUBJECT,
                id,
                AuditAction.ADMITTED,
                "清单编号 " + item.listNo() + "，有效期 " + item.effectiveDate() + " 至 " + item.expiryDate()
                        + (row.validFrom != null || row.validTo != null ? "（按申请的有效期，最长两年）" : "（两年）"));
    }

    /**
     * The cooperating departments as the list shows them, within the 1000 characters of
     * admission_item.cooperating_orgs: thirty names of up to 100 characters are more, so a long
     * list keeps the names that fit and says how many there are ("等30个部门").
     */
    static String cooperating(List<String> names) {
        String all = String.join("、", names);
        if (TextLimits.length(all) <= MAX_COOPERATING) {
            return all.isEmpty() ? null : all;
        }
        String more = "等" + names.size() + "个部门";
        StringBuilder kept = new StringBuilder();
        for (String name : names) {
            int separator = kept.isEmpty() ? 0 : 1;
            if (TextLimits.length(kept.toString()) + separator + TextLimits.length(name) + more.length()
                    > MAX_COOPERATING) {
                break;
            }
            kept.append(separator == 0 ? "" : "、").append(name);
        }
        return kept + more;
    }

    /** Archives a refused application with the reason the deciding reviewer or approver gave. */
    void refuse(long id) {
        ApplicationRow row = load(id);
        String reason = row.refusalReason;
        finish(row, ApplicationStatus.REFUSED, reason);
        audit.recordSystem(SUBJECT, id, AuditAction.REFUSED, reason);
    }

    void markWithdrawn(long id) {
        finish(load(id), ApplicationStatus.WITHDRAWN, null);
    }

    private void finish(ApplicationRow row, ApplicationStatus status, String reason) {
        row.status = status;
        row.refusalReason = reason;
        row.decidedAt = Clock.now();
        row.updatedAt = row.decidedAt;
        applications.markDecided(row);
        if (status != ApplicationStatus.WITHDRAWN) {
            notices.post(
                    new Notice(
                            NoticeKind.APPLICATION_DECIDED,
                            "application:" + row.id + ":decided",
                            SUBJECT,
                            String.valueOf(row.id),
                            "《" + row.itemName + "》" + status.label(),
                            "/applications/" + row.id,
                            Map.of("applicationId", String.valueOf(row.id), "status", status.name())),
                    List.of(row.applicantUserId));
        }
    }

    private ApplicationRow load(long id) {
        return applications.findById(id).orElseThrow();
    }
}
