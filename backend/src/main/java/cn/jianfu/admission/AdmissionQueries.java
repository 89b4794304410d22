package cn.jianfu.admission;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.OpenTasks;
import cn.jianfu.workflow.ProcessProgress;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Reading applications: the application page, the lists, and where one stands in the diagram. */
@Service
class AdmissionQueries {

    private final ApplicationMapper applications;
    private final ApplicationAccess access;
    private final ApplicationDetails details;
    private final OrgService orgs;
    private final OpenTasks openTasks;
    private final ProcessProgress progress;

    AdmissionQueries(
            ApplicationMapper applications,
            ApplicationAccess access,
            ApplicationDetails details,
            OrgService orgs,
            OpenTasks openTasks,
            ProcessProgress progress) {
        this.applications = applications;
        this.access = access;
        this.details = details;
        this.orgs = orgs;
        this.openTasks = openTasks;
        this.progress = progress;
    }

    ApplicationDetail get(long id, CurrentUser user) {
        return details.of(access.readable(id, user), user);
    }

    /**
     * The dashboard's drill-downs into the list (see {@link ApplicationSearch}); dates are submission
     * days, both included.
     */
    record Drill(
            Long deptOrgId,
            LocalDate from,
            LocalDate to,
            Boolean returned,
            String step,
            Boolean late,
            Boolean overdue) {
        static final Drill NONE = new Drill(null, null, null, null, null, null, null);
    }

    /** The user tasks a list may be narrowed to (gone through the step). */
    static final Set<String> STEPS =
            Set.of(AdmissionProcess.TASK_REVIEW, AdmissionProcess.TASK_APPROVE, AdmissionProcess.TASK_REVISE);

    PageResult<ApplicationSummary> search(
            String scope, ApplicationStatus status, String keyword, PageQuery page, CurrentUser user) {
        return search(scope, status, keyword, Drill.NONE, page, user);
    }

    /** {@code scope=all} for reviewers, approvers, the office and admins; otherwise the user's department's. */
    PageResult<ApplicationSummary> search(
            String scope, ApplicationStatus status, String keyword, Drill d, PageQuery page, CurrentUser user) {
        if (d.from() != null && d.to() != null && d.from().isAfter(d.to())) {
            throw ApiException.invalid(Map.of("from", "开始日期不能晚于结束日期"));
        }
        if (d.step() != null && !STEPS.contains(d.step())) {
            throw ApiException.invalid(Map.of("step", "没有这个办理环节"));
        }
        Long own = null;
        if ("all".equals(scope)) {
            if (!user.hasAny(Role.REVIEWER, Role.APPROVER, Role.OFFICE, Role.ADMIN)) {
                throw ApiException.forbidden("没有权限查看全部申请");
            }
        } else {
            own = user.orgId();
        }
        ApplicationSearch search = new ApplicationSearch(
                own,
                status,
                keyword,
                d.deptOrgId(),
                d.from() == null ? null : d.from().atStartOfDay(),
                d.to() == null ? null : d.to().plusDays(1).atStartOfDay(),
                d.returned(),
                d.step(),
                Boolean.TRUE.equals(d.late()),
                Boolean.TRUE.equals(d.overdue()),
                Clock.now());
        List<ApplicationRow> rows = applications.search(search, page.offset(), page.size());
        Set<Long> orgIds = new HashSet<>();
        rows.forEach(r -> {
            orgIds.add(r.applicantOrgId);
            if (r.leadOrgId != null) {
                orgIds.add(r.leadOrgId);
            }
        });
        Map<Long, OrgUnit> names = orgs.byIds(orgIds);
        Map<String, String> steps = openTasks.stepNames(rows.stream()
                .map(r -> r.processInstanceId)
                .filter(Objects::nonNull)
                .toList());
        return page.result(
                rows.stream()
                        .map(r -> new ApplicationSummary(
                                r.id,
                                r.itemName,
                                r.category,
                                r.leadOrgId,
                                ApplicationDetails.name(names, r.leadOrgId),
                                r.applicantName,
                                ApplicationDetails.name(names, r.applicantOrgId),
                                r.status,
                                r.processInstanceId == null ? null : steps.get(r.processInstanceId),
                                r.submittedAt,
                                r.updatedAt))
                        .toList(),
                applications.count(search));
    }

    /** Activity ids for the diagram: where the application stands and where it has been. */
    Map<String, List<String>> progress(long id, CurrentUser user) {
        return progress.of(access.readable(id, user).processInstanceId);
    }
}
