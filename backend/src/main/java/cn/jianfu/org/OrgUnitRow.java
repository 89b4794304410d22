package cn.jianfu.org;

import java.time.LocalDateTime;

/** Mutable row for inserts and updates (MyBatis fills the generated id back in). */
class OrgUnitRow {
    Long id;
    String code;
    String name;
    OrgType type;
    Long parentId;
    LocalDateTime createdAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrgType getType() {
        return type;
    }

    public Long getParentId() {
        return parentId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
