package cn.jianfu.burden;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.security.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The burden meter's figures, each narrowed to what the user may see. */
@Service
class BurdenQueries {

    /** How far back a village's page lists lapsed items: one review cycle of the list. */
    static final int LAPSED_YEARS = 2;

    private final BurdenMapper burden;
    private final CountyCapacity capacity;
    private final BurdenScope scope;

    BurdenQueries(BurdenMapper burden, CountyCapacity capacity, BurdenScope scope) {
        this.burden = burden;
        this.capacity = capacity;
        this.scope = scope;
    }

    PageResult<VillageLoad> villages(BurdenFilter asked, PageQuery page, CurrentUser user) {
        BurdenFilter filter = scope.narrow(asked, user);
        BigDecimal county = capacity.countyWide();
        LocalDate today = today();
        return page.result(
                burden.villageLoads(filter, today, county, page.offset(), page.size()),
                burden.countVillageLoads(filter, today, county));
    }

    List<TownshipLoad> townships(CurrentUser user) {
        return burden.townshipLoads(scope.narrow(BurdenFilter.county(), user), today(), capacity.countyWide());
    }

    /** By {@code department} or {@code category}: what the items in force add up to over their villages. */
    List<BurdenShare> shares(String by, BurdenFilter asked, CurrentUser user) {
        if (!"department".equals(by) && !"category".equals(by)) {
            throw ApiException.invalid(Map.of("by", "只能按 department（牵头部门）或 category（类别）汇总"));
        }
        return burden.shares(by, scope.narrow(asked, user), today());
    }

    VillagePage village(long villageId, CurrentUser user) {
        OrgUnit village = scope.village(villageId, user);
        LocalDate today = today();
        BurdenFilter one = new BurdenFilter(null, villageId, false);
        VillageLoad load =
                burden.villageLoads(one, today, capacity.countyWide(), 0, 1).get(0);
        return new VillagePage(
                load,
                village.parentId(),
                burden.villageItems(villageId, today),
                burden.shares("department", one, today),
                burden.shares("category", one, today),
                burden.villageLapsed(villageId, today, today.minusYears(LAPSED_YEARS)).stream()
                        .map(LapsedVillageItem::of)
                        .toList());
    }

    BigDecimal countyWideCapacity() {
        return capacity.countyWide();
    }

    private static LocalDate today() {
        return Clock.now().toLocalDate();
    }
}
