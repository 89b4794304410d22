package cn.jianfu.clue;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Call-backs (回访) of reporters by the office; the note stays here, not in the engine. */
@Mapper
interface ClueCallbackMapper {

    int insert(
            @Param("clueId") long clueId,
            @Param("reached") boolean reached,
            @Param("satisfied") Boolean satisfied,
            @Param("note") String note,
            @Param("by") String by,
            @Param("at") LocalDateTime at);

    List<ClueCallbackRow> findByClue(@Param("clueId") long clueId);
}
