package cn.jianfu.org;

import java.time.LocalDateTime;

/** Mutable row MyBatis reads into and writes from; {@link UserService} turns it into a {@link UserAccount}. */
class UserRow {
    Long id;
    String username;
    String displayName;
    String passwordHash;
    Long orgId;
    String orgCode;
    String orgName;
    OrgType orgType;
    boolean enabled;
    LocalDateTime createdAt;
    int sessionVersion;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String v) {
        username = v;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String v) {
        displayName = v;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String v) {
        passwordHash = v;
    }

    public Long getOrgId() {
        return orgId;
    }

    public void setOrgId(Long v) {
        orgId = v;
    }

    public void setOrgCode(String v) {
        orgCode = v;
    }

    public void setOrgName(String v) {
        orgName = v;
    }

    public void setOrgType(OrgType v) {
        orgType = v;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean v) {
        enabled = v;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime v) {
        createdAt = v;
    }

    public int getSessionVersion() {
        return sessionVersion;
    }

    public void setSessionVersion(int v) {
        sessionVersion = v;
    }
}
