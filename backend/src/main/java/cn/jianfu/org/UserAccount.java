package cn.jianfu.org;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDateTime;
import java.util.List;

/** A person who logs in: one organisation, one or more roles. */
public record UserAccount(
        Long id,
        String username,
        String displayName,
        @JsonIgnore String passwordHash,
        Long orgId,
        String orgCode,
        String orgName,
        OrgType orgType,
        boolean enabled,
        LocalDateTime createdAt,
        List<Role> roles,
        @JsonIgnore int sessionVersion) {}
