package cn.jianfu.admission;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AdmissionItemMapper {

    List<AdmissionItem> search(
            @Param("q") AdmissionItemSearch search, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("q") AdmissionItemSearch search);

    Optional<AdmissionItem> findById(long id);

    Optional<AdmissionItem> findByApplicationId(long applicationId);

    /** Every entry valid on the day, for duplicate detection (the list is small: hundreds at most). */
    List<AdmissionItem> findActive(@Param("on") java.time.LocalDate on);

    int countListNoPrefix(@Param("prefix") String prefix);

    void insert(AdmissionItemRow row);
}
