package cn.jianfu.clue;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The Idempotency-Key of each recent portal submission, as a keyed hash, with its answer. */
@Mapper
interface PortalSubmissionKeyMapper {

    /** Claims the key; a second claim of the same key waits for the first and then fails as a duplicate. */
    int claim(@Param("keyHash") String keyHash, @Param("at") LocalDateTime at);

    int answer(
            @Param("keyHash") String keyHash, @Param("clueId") long clueId, @Param("queryCodeEnc") String queryCodeEnc);

    PortalSubmissionKeyRow find(@Param("keyHash") String keyHash);

    int deleteBefore(@Param("before") LocalDateTime before);
}
