package cn.jianfu.monitor;

import cn.jianfu.org.OrgType;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Whose figures a user sees on the dashboard. The office, admins and the county leadership
 * (approvers of the leadership office) see the whole county; a township user its township and its
 * villages; everyone else their own unit, with its rank among the units of its kind.
 */
@Schema(description = "驾驶舱的统计范围")
public record DashboardScope(
        @Schema(description = "COUNTY 全县；TOWNSHIP 本乡镇及下属村(社区)；UNIT 本单位") Kind kind,
        @Schema(description = "本单位或本乡镇的机构 id；全县时为空") Long orgId,
        @Schema(description = "本单位或本乡镇的名称；全县时为空") String orgName,
        @Schema(description = "本单位的机构类型；全县时为空") OrgType orgType) {

    public enum Kind {
        COUNTY,
        TOWNSHIP,
        UNIT
    }

    static DashboardScope of(CurrentUser user) {
        if (user.hasAny(Role.OFFICE, Role.ADMIN)
                || (user.has(Role.APPROVER) && user.orgType() == OrgType.LEADERSHIP_OFFICE)) {
            return new DashboardScope(Kind.COUNTY, null, null, null);
        }
        Kind kind = user.orgType() == OrgType.TOWNSHIP ? Kind.TOWNSHIP : Kind.UNIT;
        return new DashboardScope(kind, user.orgId(), user.orgName(), user.orgType());
    }

    /** Read by the mapper XML: the township's villages count too. */
    public boolean township() {
        return kind == Kind.TOWNSHIP;
    }

    boolean county() {
        return kind == Kind.COUNTY;
    }

    /** A unit's row is shown: everything for the county, the unit itself, or the township's own and its villages'. */
    boolean shows(long unitOrgId, Long parentId) {
        return county() || unitOrgId == orgId || (township() && parentId != null && parentId.equals(orgId));
    }
}
