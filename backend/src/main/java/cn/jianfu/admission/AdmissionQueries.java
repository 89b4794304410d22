package cn.jianfu.admission;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.OpenTasks;
import cn.jianfu.workflow.ProcessProgress;
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

    /** {@code scope=all} for reviewers, approvers, the office and admins; otherwise the user's department's. */
    PageResult<ApplicationSummary> search(
            String scope, ApplicationStatus status, String keyword, PageQuery page, CurrentUser user) {
        ApplicationSearch search;
        if ("all".equals(scope)) {
            if (!user.hasAny(Role.REVIEWER, Role.APPROVER, Role.OFFICE, Role.ADMIN)) {
                throw ApiException.forbidden("没有权限查看全部申请");
            }
            search = new ApplicationSearch(null, status, keyword);
        } else {
            search = new ApplicationSearch(user.orgId(), status, keyword);
        }
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
