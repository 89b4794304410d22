package cn.jianfu.org;

import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A person who logs in: one organisation, one or more roles. */
public record UserAccount(Long id, String username, String displayName, @JsonIgnore String passwordHash,
                          Long orgId, String orgCode, String orgName, OrgType orgType,
                          boolean enabled, LocalDateTime createdAt, List<Role> roles) {
}
