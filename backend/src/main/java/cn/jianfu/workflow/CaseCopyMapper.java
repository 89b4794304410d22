package cn.jianfu.workflow;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CaseCopyMapper {

    int insert(
            @Param("subjectType") String subjectType,
            @Param("subjectId") long subjectId,
            @Param("toUserId") Long toUserId,
            @Param("toOrgId") Long toOrgId,
            @Param("byUserId") long byUserId,
            @Param("at") LocalDateTime at);

    boolean isCopiedTo(
            @Param("subjectType") String subjectType,
            @Param("subjectId") long subjectId,
            @Param("userId") long userId,
            @Param("orgId") long orgId);

    /** What was copied to the user or their organisation, newest first, one row per case. */
    List<CopiedCase> findCopiedTo(
            @Param("userId") long userId,
            @Param("orgId") long orgId,
            @Param("offset") int offset,
            @Param("limit") int limit);

    long countCopiedTo(@Param("userId") long userId, @Param("orgId") long orgId);

    /** Who a case was copied to already: user ids and organisation ids. */
    List<Long> findUserIds(@Param("subjectType") String subjectType, @Param("subjectId") long subjectId);

    List<Long> findOrgIds(@Param("subjectType") String subjectType, @Param("subjectId") long subjectId);
}
