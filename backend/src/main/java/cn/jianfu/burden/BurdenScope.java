package cn.jianfu.burden;

import cn.jianfu.common.ApiException;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Which villages' burden a user may see: a village's cadres their own village, a township's people
 * its villages, everyone else in the county all of them (the items behind the figures are on the
 * public list anyway; the figures say how they add up).
 */
@Component
class BurdenScope {

    private final OrgService orgs;

    BurdenScope(OrgService orgs) {
        this.orgs = orgs;
    }

    /** The filter asked for, narrowed to what the user may see; 403 when they ask for another township's. */
    BurdenFilter narrow(BurdenFilter asked, CurrentUser user) {
        if (user.orgType() == OrgType.VILLAGE) {
            if (asked.villageId() != null && asked.villageId() != user.orgId()
                    || asked.townshipId() != null && !asked.townshipId().equals(townshipOf(user.orgId()))) {
                throw ApiException.forbidden("村(社区)只能查看本村(社区)的负担");
            }
            return new BurdenFilter(null, user.orgId(), asked.overCapacityOnly());
        }
        if (user.orgType() == OrgType.TOWNSHIP) {
            if (asked.townshipId() != null && asked.townshipId() != user.orgId()
                    || asked.villageId() != null && !Long.valueOf(user.orgId()).equals(townshipOf(asked.villageId()))) {
                throw ApiException.forbidden("乡镇/街道只能查看所辖村(社区)的负担");
            }
            return new BurdenFilter(user.orgId(), asked.villageId(), asked.overCapacityOnly());
        }
        return asked;
    }

    /** The village, if the user may see it. */
    OrgUnit village(long villageId, CurrentUser user) {
        OrgUnit village = orgs.get(villageId);
        if (village.type() != OrgType.VILLAGE) {
            throw ApiException.notFound("没有这个村(社区)");
        }
        narrow(new BurdenFilter(null, villageId, false), user);
        return village;
    }

    private Long townshipOf(long villageId) {
        return orgs.get(villageId).parentId();
    }
}
