package cn.jianfu.security;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TwoFactorMapper {

    /** The user's two-factor row, locked for the rest of the transaction; {@code null} when none. */
    TwoFactorRow lock(long userId);

    TwoFactorRow find(long userId);

    /** A new secret being set up; replaces one that was never enabled. */
    void saveSetup(@Param("userId") long userId, @Param("secretEnc") String secretEnc);

    void enable(@Param("userId") long userId, @Param("at") LocalDateTime at, @Param("step") long step);

    void useStep(@Param("userId") long userId, @Param("step") long step);

    void delete(long userId);

    void deleteRecoveryCodes(long userId);

    void insertRecoveryCode(@Param("userId") long userId, @Param("hash") String hash);

    List<RecoveryCodeRow> unusedRecoveryCodes(long userId);

    int useRecoveryCode(@Param("id") long id, @Param("at") LocalDateTime at);
}
