package cn.jianfu.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record OrgForm(
        @NotBlank(message = "请填写机构编码") @Pattern(regexp = "[A-Za-z0-9_-]{2,40}", message = "机构编码只能包含字母、数字、下划线和短横线，2至40位")
                String code,
        @NotBlank(message = "请填写机构名称") @Size(max = 100, message = "机构名称不能超过100个字") String name,
        @NotNull(message = "请选择机构类型") OrgType type,
        Long parentId) {}
