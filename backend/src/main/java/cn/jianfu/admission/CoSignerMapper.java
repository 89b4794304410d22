package cn.jianfu.admission;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CoSignerMapper {

    void insert(CoSignerRow row);

    /** The co-signers of a round, in the order they were added. */
    List<CoSignerRow> findByRound(String roundTaskId);

    /** Every co-signer of the application, every round, in order. */
    List<CoSignerRow> findByApplication(long applicationId);

    Optional<CoSignerRow> findByTask(String taskId);

    int deleteUndecided(@Param("roundTaskId") String roundTaskId, @Param("signerUserId") long signerUserId);

    int attachTask(@Param("id") long id, @Param("taskId") String taskId);

    int decide(
            @Param("id") long id,
            @Param("decision") CoSignDecision decision,
            @Param("comment") String comment,
            @Param("at") LocalDateTime at);
}
