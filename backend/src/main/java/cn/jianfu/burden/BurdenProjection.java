package cn.jianfu.burden;

import cn.jianfu.common.Clock;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The burden meter for other features. The load a new item would put on the villages it reaches: each village's hours now (items in
 * force today) and with the item's hours added, against its capacity. The pre-check flags the
 * villages the item would push over; reviewers see the whole table before deciding.
 */
@Service
public class BurdenProjection {

    private final BurdenMapper burden;
    private final CountyCapacity capacity;

    BurdenProjection(BurdenMapper burden, CountyCapacity capacity) {
        this.burden = burden;
        this.capacity = capacity;
    }

    /**
     * @param everywhere the item applies to every village
     * @param orgIds otherwise, the townships (all their villages) and villages chosen
     * @param hoursPerVillage the item's hours per village per month
     * @return the villages reached, heaviest first
     */
    public List<ProjectedLoad> project(boolean everywhere, Collection<Long> orgIds, BigDecimal hoursPerVillage) {
        return project(everywhere, orgIds, hoursPerVillage, null);
    }

    /**
     * As {@link #project(boolean, Collection, BigDecimal)}, leaving out the item admitted from
     * {@code applicationId} (once admitted it is in the villages' load already and would count twice).
     */
    public List<ProjectedLoad> project(
            boolean everywhere, Collection<Long> orgIds, BigDecimal hoursPerVillage, Long applicationId) {
        return burden
                .loadsReached(everywhere, orgIds, applicationId, Clock.now().toLocalDate(), capacity.countyWide())
                .stream()
                .map(v -> v.with(hoursPerVillage))
                .toList();
    }

    /** Every village over its capacity today, the most loaded first (for the warning sweep). */
    public List<VillageLoad> overCapacityNow() {
        return burden.villageLoads(
                new BurdenFilter(null, null, true),
                Clock.now().toLocalDate(),
                capacity.countyWide(),
                0,
                Integer.MAX_VALUE);
    }
}
