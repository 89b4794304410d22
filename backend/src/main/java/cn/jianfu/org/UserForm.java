package cn.jianfu.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Create a user (password required) or change one (password optional: blank keeps the old one). */
public record UserForm(
        @Pattern(regexp = "[A-Za-z0-9_.-]{3,50}", message = "用户名只能包含字母、数字、下划线、点和短横线，3至50位") String username,
        @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字") String displayName,
        @Size(max = 72, message = "密码不能超过72位") String password,
        @NotNull(message = "请选择所属机构") Long orgId,
        @NotEmpty(message = "请至少选择一个角色") Set<Role> roles,
        Boolean enabled) {}
