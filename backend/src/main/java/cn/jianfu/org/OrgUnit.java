package cn.jianfu.org;

import java.time.LocalDateTime;

public record OrgUnit(Long id, String code, String name, OrgType type, Long parentId, LocalDateTime createdAt) {}
