package cn.jianfu.org;

import cn.jianfu.common.MaxChars;
import cn.jianfu.common.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Create a user (password required) or change one (password optional: blank keeps the old one). */
@Schema(description = "新增或修改用户")
public record UserForm(
        @Schema(description = "用户名（登录名），3–50位字母、数字、下划线、点或短横线；新增时必填，修改时不会改变")
                @Pattern(regexp = "[A-Za-z0-9_.-]{3,50}", message = "用户名只能包含字母、数字、下划线、点和短横线，3至50位")
                String username,
        @Schema(description = "姓名，必填，最多50个字")
                @NotBlank(message = "请填写姓名")
                @MaxChars(value = TextLimits.DISPLAY_NAME, message = "姓名不能超过{value}个字")
                String displayName,
        @Schema(
                        description = "密码：新增时必填，修改时留空则不变。8–64位，至少含大写字母、小写字母、数字和符号中的三种；"
                                + "不能包含用户名或倒写的用户名，不能是常见密码，不能含6位以上的连续数字、字母或键盘序列，不能有空格")
                @Size(max = 72, message = "密码不能超过72位")
                String password,
        @Schema(description = "所属机构 id，必填") @NotNull(message = "请选择所属机构") Long orgId,
        @Schema(
                        description = "角色，至少一个：APPLICANT 部门经办人，REVIEWER 社会工作部审核人，APPROVER 县委县政府审批人，OFFICE 减负办，"
                                + "VERIFIER 核查人员，GRASSROOTS 乡镇/村社区干部，ADMIN 系统管理员")
                @NotEmpty(message = "请至少选择一个角色")
                Set<Role> roles,
        @Schema(description = "是否启用：新增时不填即启用，修改时不填则不变") Boolean enabled) {}
