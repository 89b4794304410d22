package cn.jianfu.evaluation;

import cn.jianfu.common.ApiException;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;

/**
 * Who may do what, by role and organisation together: the office (OFFICE in the burden-reduction
 * office) and administrators run the rounds and screen comments; they and the county leadership
 * (APPROVER in the leadership office) see every department's results; a department's staff
 * (APPLICANT in a county department) see their own department's; township and village cadres
 * (GRASSROOTS in a township or village) rate.
 */
final class EvaluationAccess {

    private EvaluationAccess() {}

    static boolean manager(CurrentUser user) {
        return user.has(Role.ADMIN) || user.has(Role.OFFICE) && user.orgType() == OrgType.BURDEN_OFFICE;
    }

    static boolean countyWide(CurrentUser user) {
        return manager(user) || user.has(Role.APPROVER) && user.orgType() == OrgType.LEADERSHIP_OFFICE;
    }

    static boolean department(CurrentUser user) {
        return user.orgType() == OrgType.COUNTY_DEPT && user.has(Role.APPLICANT);
    }

    static boolean rater(CurrentUser user) {
        return user.has(Role.GRASSROOTS) && (user.orgType() == OrgType.TOWNSHIP || user.orgType() == OrgType.VILLAGE);
    }

    static void requireManager(CurrentUser user) {
        if (!manager(user)) {
            throw ApiException.forbidden("只有减负办和系统管理员可以管理基层评价");
        }
    }

    static void requireRater(CurrentUser user) {
        if (!rater(user)) {
            throw ApiException.forbidden("只有乡镇(街道)和村(社区)干部可以评价县级部门");
        }
    }

    /** Anyone who may look at rounds and results: the county-wide viewers, departments and raters. */
    static void requireViewer(CurrentUser user) {
        if (!countyWide(user) && !department(user) && !rater(user)) {
            throw ApiException.forbidden("没有权限查看基层评价");
        }
    }
}
