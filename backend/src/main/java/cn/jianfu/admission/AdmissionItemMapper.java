package cn.jianfu.admission;

import cn.jianfu.org.OrgType;
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
}
