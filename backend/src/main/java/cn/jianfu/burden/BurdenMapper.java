package cn.jianfu.burden;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The burden the admission list puts on villages, summed by the database. An item is in force on
 * {@code today} between its effective and expiry dates; it reaches every village, or the villages
 * of the townships chosen for it and the villages chosen for it. A village's capacity is its own,
 * else {@code defaultCapacity}.
 */
@Mapper
interface BurdenMapper {

    List<VillageLoad> villageLoads(
            @Param("filter") BurdenFilter filter,
            @Param("today") LocalDate today,
            @Param("defaultCapacity") BigDecimal defaultCapacity,
            @Param("offset") int offset,
            @Param("size") int size);

    long countVillageLoads(
            @Param("filter") BurdenFilter filter,
            @Param("today") LocalDate today,
            @Param("defaultCapacity") BigDecimal defaultCapacity);

    List<TownshipLoad> townshipLoads(
            @Param("filter") BurdenFilter filter,
            @Param("today") LocalDate today,
            @Param("defaultCapacity") BigDecimal defaultCapacity);

    /** {@code by} is {@code department} (key: lead department id) or {@code category} (key: category). */
    List<BurdenShare> shares(
            @Param("by") String by, @Param("filter") BurdenFilter filter, @Param("today") LocalDate today);

    List<VillageItem> villageItems(@Param("villageId") long villageId, @Param("today") LocalDate today);

    /** An entry that applied to the village and ended before {@code today}, not before {@code since}. */
    record Lapsed(
            long id, String listNo, String itemName, String leadOrgName, LocalDate expiryDate, LocalDate withdrawnOn) {}

    /** The village's entries that left the list between {@code since} and yesterday, the latest first. */
    List<Lapsed> villageLapsed(
            @Param("villageId") long villageId, @Param("today") LocalDate today, @Param("since") LocalDate since);

    /** The villages a scope reaches ({@code everywhere}, or the chosen townships' and villages'), with their load. */
    List<ProjectedLoad> loadsReached(
            @Param("everywhere") boolean everywhere,
            @Param("orgIds") Collection<Long> orgIds,
            @Param("excludeApplicationId") Long excludeApplicationId,
            @Param("today") LocalDate today,
            @Param("defaultCapacity") BigDecimal defaultCapacity);

    Optional<String> findSetting(@Param("name") String name);

    int updateSetting(@Param("name") String name, @Param("value") String value, @Param("now") LocalDateTime now);

    int updateVillageCapacity(@Param("villageId") long villageId, @Param("hours") BigDecimal hours);
}
