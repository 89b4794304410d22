package cn.jianfu.admission;

import static cn.jianfu.admission.AdmissionProcess.SUBJECT;

import cn.jianfu.attachment.AttachmentService;
import cn.jianfu.audit.AuditEntry;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.Nudges;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Puts together the application page: the form, its organisations, step, pre-check, files and history. */
@Component
class ApplicationDetails {

    private final ApplicationMapper applications;
    private final OrgService orgs;
    private final AdmissionListService list;
    private final AttachmentService attachments;
    private final AuditTrail audit;
    private final ApplicationCurrentTask currentTask;
    private final Nudges nudges;
    private final ReviewRounds rounds;

    ApplicationDetails(
            ApplicationMapper applications,
            OrgService orgs,
            AdmissionListService list,
            AttachmentService attachments,
            AuditTrail audit,
            ApplicationCurrentTask currentTask,
            Nudges nudges,
            ReviewRounds rounds) {
        this.applications = applications;
        this.orgs = orgs;
        this.list = list;
        this.attachments = attachments;
        this.audit = audit;
        this.currentTask = currentTask;
        this.nudges = nudges;
        this.rounds = rounds;
    }

    /** The application as {@code user} sees it now; callers have checked that the user may. */
    ApplicationDetail of(long id, CurrentUser user) {
        return of(applications.findById(id).orElseThrow(() -> ApiException.notFound("申请不存在")), user);
    }

    ApplicationDetail of(ApplicationRow r, CurrentUser user) {
        ApplicationOrgs named = applications.findOrgs(r.id);
        List<Long> coop = named.cooperating();
        List<Long> towns = named.townships();
        List<Long> villages = named.villages();
        Set<Long> ids = new HashSet<>(coop);
        ids.addAll(towns);
        ids.addAll(villages);
        ids.add(r.applicantOrgId);
        if (r.leadOrgId != null) {
            ids.add(r.leadOrgId);
        }
        Map<Long, OrgUnit> names = orgs.byIds(ids);
        Task task = currentTask.of(r.processInstanceId, user);
        ApplicationDetail.PreCheckSummary pre = r.precheckedAt == null
                ? null
                : new ApplicationDetail.PreCheckSummary(
                        applications.findFindings(r.id), r.precheckTotalHours, r.precheckVillageCount, r.precheckedAt);
        var item = r.status == ApplicationStatus.ADMITTED ? list.findByApplication(r.id) : null;
        List<AuditEntry> history = audit.history(SUBJECT, r.id);
        boolean mayEdit = ApplicationAccess.mayEdit(r, user);
        return new ApplicationDetail(
                r.id,
                r.status,
                r.itemName,
                r.category,
                r.legalBasis,
                r.content,
                r.performanceStandard,
                r.leadOrgId,
                name(names, r.leadOrgId),
                coop,
                names(names, coop),
                r.targetScope,
                towns,
                names(names, towns),
                villages,
                names(names, villages),
                r.workloadHoursPerMonth,
                r.frequency,
                r.requiresDataReporting,
                r.requiresSignboard,
                r.requiresCertificate,
                r.requiresAppOrChatGroup,
                r.requiresCheckIn,
                r.requiresPhotoProof,
                r.fundingFollows,
                r.fundingNote,
                r.validFrom,
                r.validTo,
                r.selfAssessment,
                r.applicantUsername,
                r.applicantName,
                r.applicantOrgId,
                name(names, r.applicantOrgId),
                r.submittedAt,
                r.updatedAt,
                r.decidedAt,
                r.refusalReason,
                item == null ? null : item.listNo(),
                item == null ? null : item.id(),
                currentTask.view(task),
                pre,
                attachments.list(SUBJECT, r.id),
                history,
                mayEdit,
                mayEdit,
                ApplicationAccess.isOwn(r, user) && ApplicationAccess.canWithdraw(r, task, history),
                canNudge(r, task, user),
                rounds.coSigners(r.id),
                ReviewRounds.canRecall(r, task, history, user),
                AdmissionMilestones.of(r.status, history));
    }

    private boolean canNudge(ApplicationRow r, Task task, CurrentUser user) {
        return ApplicationAccess.isOwn(r, user)
                && (r.status == ApplicationStatus.IN_REVIEW || r.status == ApplicationStatus.IN_APPROVAL)
                && task != null
                && ApplicationNudges.STEPS.contains(task.getTaskDefinitionKey())
                && !nudges.nudgedToday(AdmissionProcess.KEY, String.valueOf(r.id));
    }

    static String name(Map<Long, OrgUnit> names, Long id) {
        OrgUnit o = id == null ? null : names.get(id);
        return o == null ? null : o.name();
    }

    private static List<String> names(Map<Long, OrgUnit> names, List<Long> ids) {
        List<String> result = new ArrayList<>();
        ids.forEach(i -> result.add(name(names, i)));
        return result;
    }
}
