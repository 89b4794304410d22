package cn.jianfu.web;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface IdempotentRequestMapper {

    /** Claims the key; fails with a duplicate key when it was claimed before (by this node or another). */
    void claim(
            @Param("keyHash") String keyHash, @Param("fingerprint") String fingerprint, @Param("at") LocalDateTime at);

    IdempotentRequestRow find(@Param("keyHash") String keyHash);

    int answer(
            @Param("keyHash") String keyHash,
            @Param("status") int status,
            @Param("contentType") String contentType,
            @Param("body") byte[] body,
            @Param("at") LocalDateTime at);

    /** Gives the key back after a refused or failed request, so that a retry runs again. */
    int release(@Param("keyHash") String keyHash);

    int deleteBefore(@Param("before") LocalDateTime before);
}
