package cn.jianfu.clue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Supervision orders (督办) on clues and the units' answers; free text stays here, not in the engine. */
@Mapper
interface ClueSupervisionMapper {

    /** A new open order; a second open order for the same unit breaks the unique key of open_unit_id. */
    int insert(
            @Param("clueId") long clueId,
            @Param("unitId") long unitId,
            @Param("orgId") long orgId,
            @Param("request") String request,
            @Param("dueAt") LocalDateTime dueAt,
            @Param("by") String by,
            @Param("at") LocalDateTime at);

    /** The unit's answer; 0 when the order was already answered. */
    int answer(
            @Param("id") long id,
            @Param("answer") String answer,
            @Param("by") String by,
            @Param("at") LocalDateTime at);

    int countOpen(@Param("unitId") long unitId);

    Optional<ClueSupervisionRow> find(@Param("id") long id);

    List<ClueSupervisionRow> findByClue(@Param("clueId") long clueId);
}
