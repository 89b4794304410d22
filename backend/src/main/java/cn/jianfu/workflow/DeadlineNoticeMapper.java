package cn.jianfu.workflow;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DeadlineNoticeMapper {

    void insert(
            @Param("processInstanceId") String processInstanceId,
            @Param("activityId") String activityId,
            @Param("businessKey") String businessKey,
            @Param("kind") DeadlineKind kind,
            @Param("createdAt") LocalDateTime createdAt);

    List<DeadlineNotice> findByProcessInstances(@Param("ids") Collection<String> processInstanceIds);
}
