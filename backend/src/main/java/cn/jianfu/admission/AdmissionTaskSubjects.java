package cn.jianfu.admission;

import cn.jianfu.attachment.AttachmentAccess;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.CopiedTo;
import cn.jianfu.workflow.TaskSubjects;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** How the inbox, the deadline audit and the attachment store see admission applications. */
@Component
class AdmissionTaskSubjects implements TaskSubjects, AttachmentAccess {

    private final ApplicationMapper applications;
    private final OrgService orgs;

    private final CopiedTo copiedTo;

    AdmissionTaskSubjects(ApplicationMapper applications, OrgService orgs, CopiedTo copiedTo) {
        this.applications = applications;
        this.orgs = orgs;
        this.copiedTo = copiedTo;
    }

    @Override
    public String processKey() {
        return AdmissionProcess.KEY;
    }

    @Override
    public Map<String, TaskSubject> describe(Collection<String> businessKeys) {
        Set<Long> ids = new HashSet<>();
        businessKeys.forEach(k -> ids.add(Long.parseLong(k)));
        Map<Long, ApplicationRow> rows = new HashMap<>();
        if (!ids.isEmpty()) {
            applications.findByIds(ids).forEach(r -> rows.put(r.id, r));
        }
        Set<Long> orgIds = new HashSet<>();
        rows.values().forEach(r -> orgIds.add(r.applicantOrgId));
        Map<Long, OrgUnit> names = orgs.byIds(orgIds);
        Map<String, TaskSubject> result = new HashMap<>();
        rows.values()
                .forEach(r -> result.put(
                        String.valueOf(r.id),
                        new TaskSubject(
                                r.itemName,
                                r.applicantOrgId,
                                names.containsKey(r.applicantOrgId)
                                        ? names.get(r.applicantOrgId).name()
                                        : null)));
        return result;
    }

    /** Nobody reviews or approves an application they submitted themselves. */
    @Override
    public void checkMayAct(String businessKey, String taskKey, CurrentUser user) {
        applications
                .findById(Long.parseLong(businessKey))
                .ifPresent(row -> ApplicationAccess.checkMayDecide(row, taskKey, user));
    }

    @Override
    public String subjectType() {
        return AdmissionProcess.SUBJECT;
    }

    /** Every overdue step of an application goes to the burden-reduction office. */
    @Override
    public String escalatedTo(String activityId) {
        return "减负办";
    }

    @Override
    public String ownerType() {
        return AdmissionProcess.SUBJECT;
    }

    @Override
    public boolean canRead(long ownerId, CurrentUser user) {
        return applications
                .findById(ownerId)
                .map(r -> ApplicationAccess.canRead(r, user)
                        || (r.status != ApplicationStatus.DRAFT
                                && copiedTo.reads(AdmissionProcess.SUBJECT, r.id, user)))
                .orElse(false);
    }
}
