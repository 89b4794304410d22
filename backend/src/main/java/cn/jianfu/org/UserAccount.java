package cn.jianfu.org;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.List;

/** A person who logs in: one organisation, one or more roles. */
@Schema(description = "登录账号（不含密码）")
public record UserAccount(
        @Schema(description = "用户 id") Long id,
        @Schema(description = "用户名（登录名）") String username,
        @Schema(description = "姓名") String displayName,
        @JsonIgnore String passwordHash,
        @Schema(description = "所属机构 id") Long orgId,
        @Schema(description = "所属机构编码") String orgCode,
        @Schema(description = "所属机构名称") String orgName,
        @Schema(
                        description =
                                "机构类型：COUNTY_DEPT 县级部门，SOCIAL_WORK_DEPT 社会工作部，LEADERSHIP_OFFICE 县委县政府办公室，BURDEN_OFFICE 减负办，"
                                        + "DISCIPLINE 纪委监委，TOWNSHIP 乡镇/街道，VILLAGE 村/社区")
                OrgType orgType,
        @Schema(description = "是否启用；停用的账号不能登录") boolean enabled,
        @Schema(description = "创建时间，带时区偏移，如 2026-11-23T16:05:42.123+08:00") LocalDateTime createdAt,
        @Schema(
                        description = "角色：APPLICANT 部门经办人，REVIEWER 社会工作部审核人，APPROVER 县委县政府审批人，OFFICE 减负办，"
                                + "VERIFIER 核查人员，GRASSROOTS 乡镇/村社区干部，ADMIN 系统管理员")
                List<Role> roles,
        @JsonIgnore int sessionVersion) {}
