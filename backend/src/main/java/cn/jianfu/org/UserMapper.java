package cn.jianfu.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface UserMapper {

    Optional<UserRow> findByUsername(String username);

    Optional<UserRow> findById(long id);

    /** The accounts with these user names (any that exist); {@code usernames} must not be empty. */
    List<UserRow> findByUsernames(@Param("usernames") Collection<String> usernames);

    List<UserRow> search(@Param("keyword") String keyword, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("keyword") String keyword);

    List<Role> findRoles(long userId);

    void insert(UserRow row);

    int update(UserRow row);

    void deleteRoles(long userId);

    void insertRole(@Param("userId") long userId, @Param("role") Role role);

    /** Ends every session opened before this call (they carry the old version). */
    int bumpSessionVersion(long id);

    /** Whether the account may still use its session: {@code null} when it no longer exists. */
    SessionState findSessionState(long id);

    /** The enabled administrators, locked until the end of the transaction. */
    List<Long> lockEnabledAdministrators();

    long countEnabledAdministrators();

    /**
     * Enabled users who hold one of {@code roles} or belong to an organisation with one of {@code
     * orgCodes}, whose user name, name or organisation contains {@code keyword}; by name.
     */
    List<UserRow> findHolders(
            @Param("roles") List<Role> roles,
            @Param("orgCodes") List<String> orgCodes,
            @Param("keyword") String keyword,
            @Param("limit") int limit);
}
