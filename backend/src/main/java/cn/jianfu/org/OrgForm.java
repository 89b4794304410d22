package cn.jianfu.org;

import cn.jianfu.common.MaxChars;
import cn.jianfu.common.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

@Schema(description = "新增或修改机构")
public record OrgForm(
        @Schema(description = "机构编码，必填，2–40位字母、数字、下划线或短横线，不能与其他机构重复")
                @NotBlank(message = "请填写机构编码")
                @Pattern(regexp = "[A-Za-z0-9_-]{2,40}", message = "机构编码只能包含字母、数字、下划线和短横线，2至40位")
                String code,
        @Schema(description = "机构名称，必填，最多100个字")
                @NotBlank(message = "请填写机构名称")
                @MaxChars(value = TextLimits.ORG_NAME, message = "机构名称不能超过{value}个字")
                String name,
        @Schema(
                        description =
                                "机构类型：COUNTY_DEPT 县级部门，SOCIAL_WORK_DEPT 社会工作部，LEADERSHIP_OFFICE 县委县政府办公室，BURDEN_OFFICE 减负办，"
                                        + "DISCIPLINE 纪委监委，TOWNSHIP 乡镇/街道，VILLAGE 村/社区"
                                        + "；必填")
                @NotNull(message = "请选择机构类型")
                OrgType type,
        @Schema(description = "上级机构 id，可不填；须为已有机构，不能是自己") Long parentId) {}
