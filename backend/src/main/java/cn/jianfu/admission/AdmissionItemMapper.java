package cn.jianfu.admission;

import cn.jianfu.org.OrgType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AdmissionItemMapper {

    /** One page in list-number order, by the filters only (the keyword is the search index's). */
    List<AdmissionItem> search(
            @Param("q") AdmissionItemSearch search, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("q") AdmissionItemSearch search);

    /** The entries among {@code ids} that pass the filters, in no particular order. */
    List<AdmissionItem> findByIds(@Param("q") AdmissionItemSearch search, @Param("ids") Collection<Long> ids);

    Optional<AdmissionItem> findById(long id);

    Optional<AdmissionItem> findByApplicationId(long applicationId);

    /** Every entry, in force or not, for the search index (the list is small: thousands at most). */
    List<AdmissionItem> findAll();

    /** The townships and villages chosen for the given entries. */
    List<Target> findTargets(@Param("itemIds") Collection<Long> itemIds);

    void insertTarget(@Param("itemId") long itemId, @Param("orgId") long orgId);

    int countListNoPrefix(@Param("prefix") String prefix);

    void insert(AdmissionItemRow row);

    record Target(long itemId, String name, OrgType type) {}

    /** This year's last list number, locked until the transaction ends; {@code null} before the first. */
    Integer lockListCounter(int year);

    void insertListCounter(@Param("year") int year, @Param("lastNo") int lastNo);

    void updateListCounter(@Param("year") int year, @Param("lastNo") int lastNo);

    // ---------------------------------------------------------------- the two-year review (ItemRevisions)

    void extend(@Param("id") long id, @Param("until") LocalDate until);

    /** Copies the entry's current text into its history as its current version number. */
    void insertVersion(
            @Param("id") long id, @Param("replacedOn") LocalDate replacedOn, @Param("reviewId") long reviewId);

    @SuppressWarnings("checkstyle:ParameterNumber")
    void revise(
            @Param("id") long id,
            @Param("itemName") String itemName,
            @Param("content") String content,
            @Param("standard") String standard,
            @Param("hours") BigDecimal hours,
            @Param("from") LocalDate from,
            @Param("until") LocalDate until);

    void withdraw(@Param("id") long id, @Param("withdrawnOn") LocalDate withdrawnOn, @Param("expiry") LocalDate expiry);

    Optional<Integer> versionOf(@Param("id") long id);

    Optional<LocalDate> withdrawnOn(@Param("id") long id);

    List<ItemVersion> versions(@Param("id") long id);

    record Withdrawn(long id, LocalDate withdrawnOn) {}

    List<Withdrawn> withdrawnOnByIds(@Param("ids") Collection<Long> ids);
}
