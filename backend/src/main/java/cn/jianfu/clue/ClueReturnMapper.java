package cn.jianfu.clue;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Returns (退单) of clues by their units and the office's answers; free text stays here, not in the engine. */
@Mapper
interface ClueReturnMapper {

    int insert(
            @Param("clueId") long clueId,
            @Param("unitId") long unitId,
            @Param("orgId") long orgId,
            @Param("reason") String reason,
            @Param("by") String by,
            @Param("at") LocalDateTime at);

    /** The office's answer; 0 when the return was already answered. */
    int decide(
            @Param("unitId") long unitId,
            @Param("decision") ReassignDecision decision,
            @Param("reassignedUnitId") Long reassignedUnitId,
            @Param("by") String by,
            @Param("at") LocalDateTime at);

    List<ClueReturnRow> findByClue(@Param("clueId") long clueId);

    /** A unit that returned its verification; 0 when it was no longer verifying. */
    int markUnitReturned(@Param("unitId") long unitId);
}
