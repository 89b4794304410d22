package cn.jianfu.audit;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Insert and read only: the trail is append-only, so there is deliberately no update or delete. */
@Mapper
interface AuditMapper {

    void insert(AuditEntry entry);

    List<AuditEntry> findBySubject(@Param("subjectType") String subjectType, @Param("subjectId") long subjectId);
}
