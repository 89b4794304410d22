package cn.jianfu.workflow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The nudges (催办) given, one per case and day. */
@Mapper
interface NudgeMapper {

    void insert(
            @Param("processKey") String processKey,
            @Param("businessKey") String businessKey,
            @Param("day") LocalDate day,
            @Param("by") String by,
            @Param("at") LocalDateTime at,
            @Param("handlers") int handlers);

    boolean nudgedOn(
            @Param("processKey") String processKey,
            @Param("businessKey") String businessKey,
            @Param("day") LocalDate day);
}
