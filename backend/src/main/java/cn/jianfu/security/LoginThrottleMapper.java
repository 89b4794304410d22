package cn.jianfu.security;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface LoginThrottleMapper {

    /** Failures under this key since {@code windowStart}, and the last one; {@code null} when none. */
    LoginThrottleRow find(@Param("key") String key, @Param("windowStart") LocalDateTime windowStart);

    /** Counts one failure atomically; a window that started before {@code windowStart} begins anew. */
    void recordFailure(
            @Param("key") String key, @Param("now") LocalDateTime now, @Param("windowStart") LocalDateTime windowStart);

    void clear(@Param("key") String key);

    /** Forgets keys whose last failure is older than {@code before}. */
    int purge(@Param("before") LocalDateTime before);
}
