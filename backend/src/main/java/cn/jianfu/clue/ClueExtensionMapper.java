package cn.jianfu.clue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Requests for more time (延期申请) and the office's answers; free text stays here, not in the engine. */
@Mapper
interface ClueExtensionMapper {

    void insert(ClueExtensionRow row);

    Optional<ClueExtensionRow> findById(@Param("id") long id);

    /** The pending request on this task, if any. */
    Optional<ClueExtensionRow> findPendingByTask(@Param("taskId") String taskId);

    /** The office's answer; 0 when the request was no longer pending. */
    int decide(
            @Param("id") long id,
            @Param("status") ExtensionStatus status,
            @Param("grantedDue") LocalDateTime grantedDue,
            @Param("note") String note,
            @Param("by") String by,
            @Param("at") LocalDateTime at);

    List<ClueExtensionRow> findByClue(@Param("clueId") long clueId);

    int setPlanDeadline(@Param("unitId") long unitId, @Param("deadline") java.time.LocalDate deadline);
}
