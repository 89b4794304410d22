package cn.jianfu.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OrgMapper {

    List<OrgUnit> findAll();

    Optional<OrgUnit> findById(long id);

    Optional<OrgUnit> findByCode(String code);

    List<OrgUnit> findByIds(@Param("ids") Collection<Long> ids);

    List<Long> villageIdsUnder(@Param("townshipId") long townshipId);

    int countByType(OrgType type);

    void insert(OrgUnitRow row);

    int update(OrgUnitRow row);
}
